import { ClockCircleOutlined, EnvironmentOutlined } from "@ant-design/icons";
import { Button, Col, Flex, List, Progress, Row, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link, useNavigate } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import type { HomeOfficerQuery } from "../../gql/graphql";
import { homeOfficerQuery } from "../../services/home";
import { formatPoints, pointsByDimension } from "../me/dimensions";
import { ATTENDANCE_STATUS, HomeCard, SESSION_STATUS } from "./parts";
import { countyYear, dayStart, daysUntil, formatTime, formatWhen, todayAndWeek } from "./time";
import { addDays, dayKey } from "../../lib/calendar";

const COMMENTS_SHOWN = 5;

type Session = HomeOfficerQuery["mySchedule"][number];

function SessionItem({ session, today }: { session: Session; today: string }) {
  const [statusText, statusColor] = SESSION_STATUS[session.status];
  const mine = session.myAttendance ? ATTENDANCE_STATUS[session.myAttendance.status] : null;
  return (
    <List.Item data-testid="home-session">
      <Flex vertical gap={2} style={{ width: "100%", minWidth: 0 }}>
        <Typography.Text strong style={{ wordBreak: "break-all" }}>
          {session.title}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          <ClockCircleOutlined /> {formatWhen(session.startsAt, today)}–{formatTime(session.endsAt)}
          {session.venue ? (
            <>
              {"  "}
              <EnvironmentOutlined /> {session.venue}
            </>
          ) : null}
        </Typography.Text>
        <Flex gap={4} wrap>
          <Tag color={statusColor}>{statusText}</Tag>
          {mine && session.status !== "CANCELLED" ? <Tag color={mine[1]}>{mine[0]}</Tag> : null}
        </Flex>
      </Flex>
    </List.Item>
  );
}

/** The officer's home, phone first: today's and the coming week's sessions, open exams, new drill comments, points. */
export function OfficerHome() {
  const navigate = useNavigate();
  const range = useMemo(() => todayAndWeek(), []);
  const year = useMemo(() => countyYear(), []);
  const to = useMemo(() => dayStart(addDays(range.today, 8)), [range.today]);
  const [{ data, fetching, error }] = useQuery({
    query: homeOfficerQuery,
    variables: { from: range.todayFrom, to, year },
    requestPolicy: "cache-and-network",
  });
  const loading = fetching && !data;
  const sessions = data?.mySchedule ?? [];
  const todays = sessions.filter((s) => dayKey(s.startsAt) === range.today);
  const later = sessions.filter((s) => dayKey(s.startsAt) !== range.today);
  const exams = (data?.exams.edges ?? []).map((e) => e.node).sort((a, b) => a.closesAt.localeCompare(b.closesAt));
  // One more than shown, to tell "5" from "5+".
  const comments = (data?.unreadDrillComments ?? []).slice(0, COMMENTS_SHOWN);
  const moreComments = (data?.unreadDrillComments.length ?? 0) > COMMENTS_SHOWN;
  const points = pointsByDimension(data?.myPoints);
  const maxPoints = Math.max(1, ...points.rows.map((r) => Math.abs(r.points)));
  const canCheckIn = todays.some((s) => s.status !== "CANCELLED" && s.myAttendance?.status === "UNMARKED");

  return (
    <>
      <QueryError error={error} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`今日培训（${todays.length}）`}
            testId="home-officer-today"
            loading={loading}
            empty={todays.length === 0 && "今天没有培训安排"}
          >
            <List dataSource={todays} renderItem={(s) => <SessionItem key={s.id} session={s} today={range.today} />} />
            <Button
              type={canCheckIn ? "primary" : "default"}
              block
              size="large"
              onClick={() => navigate("/training/my")}
              style={{ marginTop: 8 }}
            >
              去签到 / 请假
            </Button>
          </HomeCard>
        </Col>
        <Col xs={24} lg={12}>
          <HomeCard
            title="未来一周"
            testId="home-officer-week"
            more={["我的培训", "/training/my"]}
            loading={loading}
            empty={later.length === 0 && "未来一周没有培训安排"}
          >
            <List dataSource={later} renderItem={(s) => <SessionItem key={s.id} session={s} today={range.today} />} />
          </HomeCard>
        </Col>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`待参加的考试（${exams.length}）`}
            testId="home-officer-exams"
            more={["全部考试", "/exams"]}
            loading={loading}
            empty={exams.length === 0 && "目前没有开放的考试"}
          >
            <List
              dataSource={exams}
              renderItem={(exam) => {
                const days = daysUntil(exam.closesAt, range.today);
                return (
                  <List.Item
                    key={exam.id}
                    data-testid="home-exam"
                    actions={[
                      <Link key="go" to="/exams">
                        去考试
                      </Link>,
                    ]}
                  >
                    <Flex vertical gap={2} style={{ minWidth: 0 }}>
                      <Typography.Text strong style={{ wordBreak: "break-all" }}>
                        {exam.title} {exam.practice ? <Tag color="cyan">练习</Tag> : null}
                      </Typography.Text>
                      <Typography.Text type={days <= 2 ? "danger" : "secondary"} style={{ fontSize: 13 }}>
                        截止 {formatWhen(exam.closesAt, range.today)}
                        {days >= 0 ? `（还剩 ${days} 天）` : ""} · 限时 {exam.durationMinutes} 分钟
                      </Typography.Text>
                      {exam.myResult != null ? (
                        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                          我的成绩 {formatPoints(exam.myResult)}
                        </Typography.Text>
                      ) : null}
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </HomeCard>
        </Col>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`演练新评论（${comments.length}${moreComments ? "+" : ""}）`}
            testId="home-officer-comments"
            more={["我的演练", "/drills"]}
            loading={loading}
            empty={comments.length === 0 && "没有未读的演练评论"}
          >
            <List
              dataSource={comments}
              renderItem={(comment) => (
                <List.Item key={comment.id} data-testid="home-comment">
                  <Flex vertical gap={2} style={{ minWidth: 0, width: "100%" }}>
                    <Typography.Text style={{ fontSize: 13 }}>
                      <Typography.Text strong>{comment.author.person?.name ?? comment.author.username}</Typography.Text>
                      {comment.isReview ? <Tag color="gold" style={{ marginInlineStart: 6 }}>点评</Tag> : null}
                      <Typography.Text type="secondary"> {formatWhen(comment.createdAt, range.today)}</Typography.Text>
                    </Typography.Text>
                    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
                      {comment.body}
                    </Typography.Paragraph>
                    <Link to={`/drills/${comment.drill.id}`} style={{ fontSize: 13 }}>
                      {comment.drill.title}
                    </Link>
                  </Flex>
                </List.Item>
              )}
            />
          </HomeCard>
        </Col>
        <Col xs={24}>
          <HomeCard
            title={`${year} 年积分`}
            testId="home-officer-points"
            more={["积分档案", "/me/record"]}
            loading={loading}
          >
            <Typography.Paragraph style={{ marginBlock: 4 }}>
              合计 <Typography.Text strong style={{ fontSize: 20 }} data-testid="home-points-total">
                {formatPoints(points.total)}
              </Typography.Text>{" "}
              分
            </Typography.Paragraph>
            <Row gutter={[16, 0]}>
              {points.rows.map((row) => (
                <Col key={row.dimension} xs={24} md={12} data-testid={`home-points-${row.dimension}`}>
                  <Flex align="center" gap={8}>
                    <Typography.Text style={{ width: 64, flex: "none" }}>{row.label}</Typography.Text>
                    <Progress
                      percent={(Math.abs(row.points) / maxPoints) * 100}
                      showInfo={false}
                      status={row.points < 0 ? "exception" : "normal"}
                      style={{ flex: 1, margin: 0 }}
                    />
                    <Typography.Text style={{ width: 48, textAlign: "right", flex: "none" }}>
                      {formatPoints(row.points)}
                    </Typography.Text>
                  </Flex>
                </Col>
              ))}
            </Row>
          </HomeCard>
        </Col>
      </Row>
    </>
  );
}
