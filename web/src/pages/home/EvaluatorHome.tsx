import { Col, Flex, List, Row, Tag, Typography } from "antd";
import { useMemo } from "react";
import { Link } from "react-router";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { homeEvaluatorQuery } from "../../services/home";
import { HomeCard } from "./parts";
import { formatWhen, todayAndWeek } from "./time";

/** The evaluator's home: drills to rate now (in progress, completed but not yet final) and the ones coming. */
export function EvaluatorHome() {
  const range = useMemo(() => todayAndWeek(), []);
  const [{ data, fetching, error }] = useQuery({ query: homeEvaluatorQuery, requestPolicy: "cache-and-network" });
  const loading = fetching && !data;
  const toRate = [
    ...(data?.inProgress.edges ?? []).map((e) => ({ ...e.node, state: "进行中", when: e.node.scheduledAt })),
    ...(data?.completed.edges ?? []).map((e) => ({ ...e.node, state: "已结束，待定档", when: e.node.completedAt })),
  ];
  const planned = (data?.planned.edges ?? []).map((e) => e.node).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));

  return (
    <>
      <QueryError error={error} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`待评分的演练（${toRate.length}）`}
            testId="home-evaluator-rate"
            more={["全部演练", "/drills"]}
            loading={loading}
            empty={toRate.length === 0 && "没有需要评分的演练"}
          >
            <List
              dataSource={toRate}
              renderItem={(drill) => (
                <List.Item key={drill.id} data-testid="home-evaluator-drill">
                  <Flex vertical gap={2} style={{ width: "100%", minWidth: 0 }}>
                    <Link to={`/drills/${drill.id}`}>
                      <Typography.Text strong style={{ wordBreak: "break-all" }}>
                        {drill.title}
                      </Typography.Text>
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      <Tag color={drill.state === "进行中" ? "green" : "gold"}>{drill.state}</Tag>
                      {drill.organizer.name}
                      {drill.when ? ` · ${formatWhen(drill.when, range.today)}` : ""}
                    </Typography.Text>
                    <Typography.Text style={{ fontSize: 13 }}>
                      {drill.myRatings.length > 0 ? `我已评 ${drill.myRatings.length} 项` : "我尚未评分"}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </HomeCard>
        </Col>
        <Col xs={24} lg={12}>
          <HomeCard
            title={`即将开展（${planned.length}）`}
            testId="home-evaluator-planned"
            loading={loading}
            empty={planned.length === 0 && "没有计划中的演练"}
          >
            <List
              dataSource={planned}
              renderItem={(drill) => (
                <List.Item key={drill.id}>
                  <Flex vertical gap={2} style={{ width: "100%", minWidth: 0 }}>
                    <Link to={`/drills/${drill.id}`}>
                      <Typography.Text strong style={{ wordBreak: "break-all" }}>
                        {drill.title}
                      </Typography.Text>
                    </Link>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {formatWhen(drill.scheduledAt, range.today)}
                      {drill.location ? ` · ${drill.location}` : ""} · {drill.organizer.name}
                    </Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </HomeCard>
        </Col>
      </Row>
    </>
  );
}
