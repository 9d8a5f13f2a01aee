import { Card, Col, Empty, Flex, List, Row, Segmented, Select, Skeleton, Statistic, Table, Tag, Typography } from "antd";
import type { TableColumnsType } from "antd";
import { Suspense, lazy, useMemo, useState } from "react";
import { useQuery } from "urql";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { Dimension, MeAttemptsQuery, MeScoreEventsQuery } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { meAttemptsQuery, meRecordPointsQuery, meScoreEventsQuery } from "../../services/me";
import { countyYear, formatDateTime } from "../home/time";
import { dayKey } from "../../lib/calendar";
import { DIMENSIONS, DIMENSION_LABELS, formatPoints, pointsByDimension, reasonText } from "./dimensions";
import { useAllPages } from "./useAllPages";

const Chart = lazy(() => import("../../components/Chart"));

type ScoreEvent = MeScoreEventsQuery["myScoreEvents"]["edges"][number]["node"];
type Attempt = MeAttemptsQuery["myAttempts"]["edges"][number]["node"];

const ATTEMPT_STATUS: Record<Attempt["status"], string> = {
  IN_PROGRESS: "答题中",
  SUBMITTED: "已交卷",
  EXPIRED: "超时交卷",
  GRADED: "已评分",
};

function EventPoints({ points }: { points: string }) {
  const value = Number(points);
  return (
    <Typography.Text strong type={value < 0 ? "danger" : undefined} style={value > 0 ? { color: "#389e0d" } : undefined}>
      {value > 0 ? "+" : ""}
      {formatPoints(points)}
    </Typography.Text>
  );
}

function AttemptResult({ attempt }: { attempt: Attempt }) {
  if (attempt.status === "IN_PROGRESS") return <Tag color="blue">答题中</Tag>;
  if (attempt.score == null) return <Tag>待公布</Tag>;
  return (
    <Flex gap={4} align="center" wrap>
      <Typography.Text strong>
        {formatPoints(attempt.score)} / {formatPoints(attempt.maxScore)}
      </Typography.Text>
      {attempt.passed ? <Tag color="green">通过</Tag> : attempt.passed === false ? <Tag color="red">未通过</Tag> : null}
    </Flex>
  );
}

export default function RecordPage() {
  const desktop = useDesktop();
  const thisYear = useMemo(() => countyYear(), []);
  const [year, setYear] = useState(thisYear);
  const [dimension, setDimension] = useState<Dimension | "ALL">("ALL");

  const [{ data: pointsData, fetching: pointsFetching, error: pointsError }] = useQuery({
    query: meRecordPointsQuery,
    variables: { year },
    requestPolicy: "cache-and-network",
  });
  const points = pointsByDimension(pointsData?.myPoints);

  const events = useAllPages(
    meScoreEventsQuery,
    { year, dimension: dimension === "ALL" ? null : dimension },
    (data) => ({
      nodes: data.myScoreEvents.edges.map((e) => e.node),
      hasNextPage: data.myScoreEvents.pageInfo.hasNextPage,
      endCursor: data.myScoreEvents.pageInfo.endCursor,
    }),
    `${year}:${dimension}`,
  );
  // Newest first, as a record is read.
  const eventRows = useMemo(
    () => [...events.nodes].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt) || b.id.localeCompare(a.id)),
    [events.nodes],
  );

  const attempts = useAllPages(
    meAttemptsQuery,
    {},
    (data) => ({
      nodes: data.myAttempts.edges.map((e) => e.node),
      hasNextPage: data.myAttempts.pageInfo.hasNextPage,
      endCursor: data.myAttempts.pageInfo.endCursor,
    }),
    "attempts",
  );
  const yearAttempts = useMemo(
    () =>
      attempts.nodes
        .filter((a) => dayKey(a.startedAt)?.startsWith(String(year)))
        .sort((a, b) => b.startedAt.localeCompare(a.startedAt)),
    [attempts.nodes, year],
  );
  const passedExams = new Set(yearAttempts.filter((a) => a.passed && !a.exam.practice).map((a) => a.exam.id));
  const formalExams = new Set(yearAttempts.filter((a) => !a.exam.practice).map((a) => a.exam.id));

  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);

  const chartOption = {
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    tooltip: { trigger: "axis" },
    xAxis: { type: "category", data: points.rows.map((r) => r.label), axisLabel: { interval: 0 } },
    yAxis: { type: "value" },
    series: [
      {
        type: "bar",
        data: points.rows.map((r) => r.points),
        barMaxWidth: 36,
        label: { show: true, position: "top" },
        itemStyle: { color: "#1677ff" },
      },
    ],
  };

  const eventColumns: TableColumnsType<ScoreEvent> = [
    { title: "时间", dataIndex: "occurredAt", width: 150, render: (v: string) => formatDateTime(v) },
    { title: "维度", dataIndex: "dimension", width: 90, render: (d: Dimension) => DIMENSION_LABELS[d] },
    {
      title: "事由",
      dataIndex: "reason",
      render: (reason: string, e) => (
        <span>
          {reasonText(reason)} {e.reverses ? <Tag color="orange">冲正</Tag> : null}
        </span>
      ),
    },
    { title: "积分", dataIndex: "points", width: 90, align: "right", render: (p: string) => <EventPoints points={p} /> },
  ];

  const attemptColumns: TableColumnsType<Attempt> = [
    {
      title: "考试",
      render: (_, a) => (
        <span>
          {a.exam.title} {a.exam.practice ? <Tag color="cyan">练习</Tag> : null}
          {a.number > 1 ? <Typography.Text type="secondary">（第 {a.number} 次）</Typography.Text> : null}
        </span>
      ),
    },
    { title: "交卷时间", width: 150, render: (_, a) => (a.submittedAt ? formatDateTime(a.submittedAt) : ATTEMPT_STATUS[a.status]) },
    { title: "成绩", width: 200, render: (_, a) => <AttemptResult attempt={a} /> },
  ];

  return (
    <>
      <PageHeader
        title="我的积分档案"
        subTitle="积分台账中记录的培训、考试、演练等积分"
        extra={
          <Select
            value={year}
            onChange={setYear}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            aria-label="年度"
            style={{ width: 110 }}
          />
        }
      />
      <QueryError error={pointsError ?? events.error ?? attempts.error} />
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={10}>
          <Card title={`${year} 年积分`} size="small" data-testid="record-points">
            {pointsFetching && !pointsData ? (
              <Skeleton active />
            ) : (
              <>
                <Statistic title="合计" value={formatPoints(points.total)} suffix="分" data-testid="record-total" />
                <List
                  size="small"
                  dataSource={points.rows}
                  renderItem={(row) => (
                    <List.Item key={row.dimension} data-testid={`record-points-${row.dimension}`}>
                      <Typography.Text>{row.label}</Typography.Text>
                      <Typography.Text strong>{formatPoints(row.points)}</Typography.Text>
                    </List.Item>
                  )}
                />
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title="积分构成" size="small" style={{ height: "100%" }}>
            <Suspense fallback={<Skeleton active />}>
              <Chart option={chartOption} height={desktop ? 300 : 240} loading={pointsFetching && !pointsData} testId="record-chart" />
            </Suspense>
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={`积分明细（${events.loading ? "…" : eventRows.length} 条）`}
            size="small"
            data-testid="record-events"
          >
            <Segmented
              value={dimension}
              onChange={(value) => setDimension(value as Dimension | "ALL")}
              options={[{ value: "ALL", label: "全部" }, ...DIMENSIONS.map((d) => ({ value: d, label: DIMENSION_LABELS[d] }))]}
              style={{ marginBottom: 12, maxWidth: "100%", overflowX: "auto" }}
            />
            {events.truncated ? (
              <Typography.Paragraph type="warning">记录过多，仅显示最早的 3000 条。</Typography.Paragraph>
            ) : null}
            {desktop ? (
              <Table<ScoreEvent>
                rowKey="id"
                size="small"
                columns={eventColumns}
                dataSource={eventRows}
                loading={events.loading}
                pagination={{ pageSize: 20, showSizeChanger: false, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description="本年度暂无积分记录" /> }}
              />
            ) : events.loading ? (
              <Skeleton active />
            ) : (
              <List<ScoreEvent>
                dataSource={eventRows}
                pagination={eventRows.length > 20 ? { pageSize: 20, size: "small", simple: true, align: "center" } : false}
                locale={{ emptyText: <Empty description="本年度暂无积分记录" /> }}
                renderItem={(e) => (
                  <List.Item key={e.id} data-testid="record-event">
                    <Flex vertical gap={2} style={{ minWidth: 0, flex: 1 }}>
                      <Typography.Text style={{ wordBreak: "break-all" }}>
                        {reasonText(e.reason)} {e.reverses ? <Tag color="orange">冲正</Tag> : null}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {formatDateTime(e.occurredAt)} · {DIMENSION_LABELS[e.dimension]}
                      </Typography.Text>
                    </Flex>
                    <EventPoints points={e.points} />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card
            title={`${year} 年考试（已通过 ${passedExams.size} / ${formalExams.size} 场）`}
            size="small"
            data-testid="record-exams"
          >
            {desktop ? (
              <Table<Attempt>
                rowKey="id"
                size="small"
                columns={attemptColumns}
                dataSource={yearAttempts}
                loading={attempts.loading}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: <Empty description="本年度还没有参加考试" /> }}
              />
            ) : attempts.loading ? (
              <Skeleton active />
            ) : (
              <List<Attempt>
                dataSource={yearAttempts}
                locale={{ emptyText: <Empty description="本年度还没有参加考试" /> }}
                renderItem={(a) => (
                  <List.Item key={a.id} data-testid="record-attempt">
                    <Flex vertical gap={4} style={{ minWidth: 0, width: "100%" }}>
                      <Typography.Text strong style={{ wordBreak: "break-all" }}>
                        {a.exam.title} {a.exam.practice ? <Tag color="cyan">练习</Tag> : null}
                      </Typography.Text>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {a.submittedAt ? `交卷 ${formatDateTime(a.submittedAt)}` : ATTEMPT_STATUS[a.status]}
                        {a.number > 1 ? ` · 第 ${a.number} 次` : ""}
                      </Typography.Text>
                      <AttemptResult attempt={a} />
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
