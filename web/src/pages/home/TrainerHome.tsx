import { QrcodeOutlined } from "@ant-design/icons";
import { Button, Col, Flex, List, Progress, Row, Statistic, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { homeTrainerQuery } from "../../services/home";
import { HomeCard, SESSION_STATUS } from "./parts";
import { complianceTotals } from "./compliance";
import { countyYear, daysUntil, formatTime, formatWhen, todayAndWeek } from "./time";

/** The trainer's home: today's sessions with their check-in codes, exams open now, people at risk of missing their quota. */
export function TrainerHome() {
  const navigate = useNavigate();
  const range = useMemo(() => todayAndWeek(), []);
  const year = useMemo(() => countyYear(), []);
  const [{ data, fetching, error }] = useQuery({
    query: homeTrainerQuery,
    variables: { from: range.todayFrom, to: range.todayTo, year },
    requestPolicy: "cache-and-network",
  });
  const loading = fetching && !data;
  const sessions = (data?.trainingSessions.edges ?? [])
    .map((e) => e.node)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const exams = (data?.exams.edges ?? []).map((e) => e.node).filter((e) => !e.practice);
  const totals = complianceTotals(data?.trainingCompliance.units ?? []);

  return (
    <>
      <QueryError error={error} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`今日培训（${sessions.length}）`}
            testId="home-trainer-today"
            more={["培训日历", "/training"]}
            loading={loading}
            empty={sessions.length === 0 && "今天没有培训安排"}
          >
            <List
              dataSource={sessions}
              renderItem={(session) => {
                const [text, color] = SESSION_STATUS[session.status];
                const s = session.attendanceSummary;
                const open = session.status === "SCHEDULED" || session.status === "ONGOING";
                return (
                  <List.Item key={session.id} data-testid="home-trainer-session">
                    <Flex vertical gap={4} style={{ width: "100%", minWidth: 0 }}>
                      <Link to={`/training/sessions/${session.id}`}>
                        <Typography.Text strong style={{ wordBreak: "break-all" }}>
                          {session.title}
                        </Typography.Text>
                      </Link>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {formatTime(session.startsAt)}–{formatTime(session.endsAt)}
                        {session.venue ? ` · ${session.venue}` : ""} · {session.organizer.name}
                      </Typography.Text>
                      <Flex align="center" gap={8} wrap>
                        <Tag color={color}>{text}</Tag>
                        <Typography.Text style={{ fontSize: 13 }}>
                          已签到 {s.present + s.late} / {s.expected}
                        </Typography.Text>
                        <span style={{ flex: 1 }} />
                        {open ? (
                          <Button
                            size="small"
                            type="primary"
                            icon={<QrcodeOutlined />}
                            onClick={() => navigate(`/training/sessions/${session.id}/check-in`)}
                            aria-label={`签到码：${session.title}`}
                          >
                            签到码
                          </Button>
                        ) : null}
                      </Flex>
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </HomeCard>
        </Col>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`进行中的考试（${exams.length}）`}
            testId="home-trainer-exams"
            more={["考试管理", "/bank/exams"]}
            loading={loading}
            empty={exams.length === 0 && "目前没有开放的考试"}
          >
            <List
              dataSource={exams}
              renderItem={(exam) => {
                const p = exam.progress;
                const days = daysUntil(exam.closesAt, range.today);
                return (
                  <List.Item key={exam.id} data-testid="home-trainer-exam">
                    <Flex vertical gap={2} style={{ width: "100%", minWidth: 0 }}>
                      <Typography.Text strong style={{ wordBreak: "break-all" }}>
                        {exam.title}
                      </Typography.Text>
                      <Typography.Text type={days <= 2 ? "danger" : "secondary"} style={{ fontSize: 13 }}>
                        截止 {formatWhen(exam.closesAt, range.today)}
                      </Typography.Text>
                      {p ? (
                        <Flex align="center" gap={8}>
                          <Progress
                            percent={p.audience ? (p.submitted / p.audience) * 100 : 0}
                            success={{ percent: p.audience ? (p.submitted / p.audience) * 100 : 0 }}
                            showInfo={false}
                            style={{ flex: 1, margin: 0 }}
                          />
                          <Typography.Text style={{ fontSize: 13, flex: "none" }}>
                            交卷 {p.submitted} / 开考 {p.started} / 应考 {p.audience}
                          </Typography.Text>
                        </Flex>
                      ) : null}
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </HomeCard>
        </Col>
        <Col xs={24}>
          <HomeCard title={`${year} 年学时达标`} testId="home-trainer-compliance" more={["达标情况", "/training/compliance"]} loading={loading}>
            <Row gutter={[12, 12]}>
              <Col xs={12} md={6}>
                <Statistic title="有风险" value={totals.atRisk} suffix="人" valueStyle={{ color: "#fa8c16" }} data-testid="home-at-risk" />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="未达标" value={totals.nonCompliant} suffix="人" valueStyle={{ color: "#f5222d" }} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="已达标" value={totals.compliant} suffix={`/ ${totals.people} 人`} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="达标率" value={Math.round(totals.rate * 1000) / 10} precision={1} suffix="%" />
              </Col>
            </Row>
          </HomeCard>
        </Col>
      </Row>
    </>
  );
}
