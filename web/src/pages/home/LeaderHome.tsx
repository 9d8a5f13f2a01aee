import { Badge, Col, Flex, List, Progress, Row, Statistic, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { homeLeaderQuery } from "../../services/home";
import { HomeCard } from "./parts";
import { countyYear, daysUntil, formatWhen, todayAndWeek } from "./time";
import { complianceTotals } from "./compliance";

const ACTION_STATUS: Record<string, [string, string]> = {
  OPEN: ["待整改", "red"],
  IN_PROGRESS: ["整改中", "orange"],
  DONE: ["已完成", "blue"],
  VERIFIED: ["已核验", "green"],
};

/** The leader's home: drills in progress and waiting for review, overdue action items, compliance at a glance. */
export function LeaderHome() {
  const range = useMemo(() => todayAndWeek(), []);
  const year = useMemo(() => countyYear(), []);
  const [{ data, fetching, error }] = useQuery({
    query: homeLeaderQuery,
    variables: { year },
    requestPolicy: "cache-and-network",
  });
  const loading = fetching && !data;
  const inProgress = (data?.inProgress.edges ?? []).map((e) => e.node);
  const toReview = (data?.toReview.edges ?? []).map((e) => e.node);
  const overdue = (data?.overdue.edges ?? []).map((e) => e.node).sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const overdueMore = !!data?.overdue.pageInfo.hasNextPage;
  const units = data?.trainingCompliance.units ?? [];
  const totals = complianceTotals(units);
  const lowest = [...units]
    .filter((u) => u.people > 0)
    .sort((a, b) => a.rate - b.rate || b.atRisk + b.nonCompliant - (a.atRisk + a.nonCompliant))
    .slice(0, 5);

  const drills = [
    ...inProgress.map((d) => ({ ...d, state: "进行中", color: "green", when: d.startedAt ?? d.scheduledAt })),
    ...toReview.map((d) => ({ ...d, state: "待点评定档", color: "gold", when: d.completedAt })),
  ];

  return (
    <>
      <QueryError error={error} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`演练（进行中 ${inProgress.length} · 待点评 ${toReview.length}）`}
            testId="home-leader-drills"
            more={["全部演练", "/drills"]}
            loading={loading}
            empty={drills.length === 0 && "没有进行中或待点评的演练"}
          >
            <List
              dataSource={drills}
              renderItem={(drill) => (
                <List.Item key={drill.id} data-testid="home-leader-drill">
                  <Flex vertical gap={2} style={{ width: "100%", minWidth: 0 }}>
                    <Flex gap={8} align="center" justify="space-between">
                      <Link to={`/drills/${drill.id}`} style={{ minWidth: 0 }}>
                        <Typography.Text strong style={{ wordBreak: "break-all" }}>
                          {drill.title}
                        </Typography.Text>
                      </Link>
                      {drill.unreadCommentCount > 0 ? (
                        <Badge count={drill.unreadCommentCount} title="未读评论" />
                      ) : null}
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      <Tag color={drill.color}>{drill.state}</Tag>
                      {drill.organizer.name}
                      {drill.when ? ` · ${formatWhen(drill.when, range.today)}` : ""}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </HomeCard>
        </Col>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`逾期整改（${overdue.length}${overdueMore ? "+" : ""}）`}
            testId="home-leader-actions"
            more={["整改事项", "/drills/actions"]}
            loading={loading}
            empty={overdue.length === 0 && "没有逾期的整改事项"}
          >
            <List
              dataSource={overdue}
              renderItem={(item) => {
                const [text, color] = ACTION_STATUS[item.status] ?? [item.status, "default"];
                const late = -daysUntil(`${item.dueDate}T12:00:00+08:00`, range.today);
                return (
                  <List.Item key={item.id} data-testid="home-leader-action">
                    <Flex vertical gap={2} style={{ width: "100%", minWidth: 0 }}>
                      <Typography.Text strong style={{ wordBreak: "break-all" }}>
                        {item.title}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        <Tag color={color}>{text}</Tag>
                        {item.ownerUnit.name} · 期限 {item.dueDate}
                        <Typography.Text type="danger">（已逾期 {late} 天）</Typography.Text>
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </HomeCard>
        </Col>
        <Col xs={24}>
          <HomeCard title={`${year} 年学时达标`} testId="home-leader-compliance" more={["达标详情", "/training/compliance"]} loading={loading}>
            <Row gutter={[12, 12]}>
              <Col xs={12} md={6}>
                <Statistic title="全县达标率" value={Math.round(totals.rate * 1000) / 10} precision={1} suffix="%" data-testid="home-compliance-rate" />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="已达标" value={totals.compliant} suffix={`/ ${totals.people} 人`} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="有风险" value={totals.atRisk} suffix="人" valueStyle={{ color: "#fa8c16" }} />
              </Col>
              <Col xs={12} md={6}>
                <Statistic title="未达标" value={totals.nonCompliant} suffix="人" valueStyle={{ color: "#f5222d" }} />
              </Col>
            </Row>
            {lowest.length > 0 ? (
              <>
                <Typography.Text type="secondary" style={{ display: "block", marginTop: 12 }}>
                  达标率最低的单位
                </Typography.Text>
                {lowest.map((u) => (
                  <Flex key={u.unit.id} align="center" gap={8} data-testid="home-compliance-unit">
                    <Typography.Text ellipsis style={{ width: 150, flex: "none" }} title={u.unit.name}>
                      {u.unit.name}
                    </Typography.Text>
                    <Progress
                      percent={Math.round(u.rate * 1000) / 10}
                      size="small"
                      strokeColor={u.rate < 0.6 ? "#f5222d" : undefined}
                      format={(percent) => `${percent}%`}
                      style={{ flex: 1, margin: 0 }}
                    />
                  </Flex>
                ))}
              </>
            ) : null}
          </HomeCard>
        </Col>
      </Row>
    </>
  );
}
