// 成绩分析: the score histogram, per-question facility and discrimination, results by unit.
import { Button, Card, Col, Empty, List, Row, Skeleton, Statistic, Table, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useNavigate, useParams } from "react-router";
import { useQuery } from "urql";
import { Chart, type ChartOption } from "../../components/Chart";
import { QueryError } from "../../components/FormErrors";
import { PageHeader } from "../../components/PageHeader";
import type { BankExamStatisticsQuery } from "../../gql/graphql";
import { useDesktop } from "../../layout/useDesktop";
import { bankExamStatisticsQuery, bankExamTitleQuery } from "../../services/bank";
import { useSession } from "../../services/session";
import { hasRole } from "../../access";
import { TYPE_LABELS, decimal, discriminationLevel, percent } from "./logic";

type Stats = BankExamStatisticsQuery["examStatistics"];
type ItemRow = Stats["items"][number];

const LEVEL_TAGS = {
  good: <Tag color="green">区分度良好</Tag>,
  fair: <Tag color="gold">区分度一般</Tag>,
  poor: <Tag color="red">区分度差，建议复核</Tag>,
  unknown: <Tag>数据不足</Tag>,
};

function histogramOption(stats: Stats): ChartOption {
  return {
    tooltip: { trigger: "axis" },
    grid: { left: 40, right: 16, top: 24, bottom: 40 },
    xAxis: { type: "category", name: "分数", data: stats.histogram.map((b) => `${decimal(b.lower)}–${decimal(b.upper)}`) },
    yAxis: { type: "value", name: "人次", minInterval: 1 },
    series: [{ type: "bar", name: "人次", data: stats.histogram.map((b) => b.count), itemStyle: { color: "#1677ff" } }],
  };
}

function itemsOption(stats: Stats): ChartOption {
  const items = stats.items;
  return {
    tooltip: { trigger: "axis" },
    legend: { data: ["难度系数（得分率）", "区分度"] },
    grid: { left: 40, right: 16, top: 40, bottom: 40 },
    dataZoom: items.length > 30 ? [{ type: "slider", start: 0, end: Math.min(100, (30 / items.length) * 100) }] : [],
    xAxis: { type: "category", name: "题号", data: items.map((i) => String(i.number)) },
    yAxis: { type: "value", min: -1, max: 1 },
    series: [
      { type: "bar", name: "难度系数（得分率）", data: items.map((i) => (i.facility == null ? null : Math.round(i.facility * 1000) / 1000)) },
      { type: "bar", name: "区分度", data: items.map((i) => (i.discrimination == null ? null : Math.round(i.discrimination * 1000) / 1000)) },
    ],
  };
}

export default function StatisticsPage() {
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const desktop = useDesktop();
  const [exam] = useQuery({ query: bankExamTitleQuery, variables: { id } });
  const { me } = useSession();
  const keeper = hasRole(me?.roles, "TRAINER", "ADMIN");
  const [result] = useQuery({ query: bankExamStatisticsQuery, variables: { examId: id } });
  const stats = result.data?.examStatistics;
  const title = exam.data?.node?.__typename === "Exam" ? exam.data.node.title : "";
  const hist = useMemo(() => (stats ? histogramOption(stats) : null), [stats]);
  const itemChart = useMemo(() => (stats ? itemsOption(stats) : null), [stats]);

  const itemColumns = [
    { title: "题号", dataIndex: "number", width: 64 },
    {
      title: "题目",
      render: (_: unknown, i: ItemRow) => (
        <div>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: i.question.stem }} style={{ marginBottom: 0 }}>
            {i.question.stem}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {TYPE_LABELS[i.question.type]} · {i.question.category}
          </Typography.Text>
        </div>
      ),
    },
    { title: "作答", dataIndex: "attempts", width: 70 },
    { title: "难度系数", width: 90, render: (_: unknown, i: ItemRow) => percent(i.facility, 0) },
    { title: "区分度", width: 80, render: (_: unknown, i: ItemRow) => decimal(i.discrimination) },
    { title: "评价", width: 150, render: (_: unknown, i: ItemRow) => LEVEL_TAGS[discriminationLevel(i.discrimination)] },
  ];

  return (
    <div data-testid="bank-statistics">
      <PageHeader
        title="成绩分析"
        subTitle={title}
        extra={keeper ? <Button onClick={() => navigate(`/bank/exams/${encodeURIComponent(id)}`)}>返回考试</Button> : null}
      />
      <QueryError error={result.error} />
      {result.fetching && !stats ? (
        <Skeleton active paragraph={{ rows: 10 }} />
      ) : !stats ? null : stats.attempts === 0 ? (
        <Card>
          <Empty description="还没有已评分的答卷" />
        </Card>
      ) : (
        <>
          <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="stats-summary">
            {[
              ["答卷数", String(stats.attempts)],
              ["平均分", decimal(stats.mean, 1)],
              ["中位数", decimal(stats.median, 1)],
              ["标准差", decimal(stats.stdDev, 1)],
              ["及格率", percent(stats.passRate)],
              ["信度 (α)", decimal(stats.reliability)],
            ].map(([label, value]) => (
              <Col key={label} xs={12} md={4}>
                <Card size="small">
                  <Statistic title={label} value={value} />
                </Card>
              </Col>
            ))}
          </Row>
          <Card size="small" title="分数分布" style={{ marginBottom: 16 }}>
            {hist ? <Chart option={hist} height={desktop ? 300 : 240} testId="score-histogram" /> : null}
          </Card>
          <Card
            size="small"
            title="试题分析"
            style={{ marginBottom: 16 }}
            extra={
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                难度系数 = 平均得分 / 满分；区分度 = 本题得分与其余题总分的相关
              </Typography.Text>
            }
          >
            {itemChart ? <Chart option={itemChart} height={desktop ? 320 : 260} testId="item-chart" /> : null}
            {desktop ? (
              <Table rowKey="number" size="small" columns={itemColumns} dataSource={stats.items} pagination={stats.items.length > 50 ? { pageSize: 50 } : false} data-testid="item-table" />
            ) : (
              <List
                size="small"
                dataSource={stats.items}
                data-testid="item-table"
                renderItem={(i) => (
                  <List.Item key={i.number} style={{ display: "block", paddingInline: 0 }}>
                    <Typography.Text strong>第 {i.number} 题</Typography.Text> <Typography.Text ellipsis>{i.question.stem}</Typography.Text>
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        难度系数 {percent(i.facility, 0)} · 区分度 {decimal(i.discrimination)} · {i.attempts} 份
                      </Typography.Text>{" "}
                      {LEVEL_TAGS[discriminationLevel(i.discrimination)]}
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
          <Card size="small" title="各单位成绩">
            <List
              size="small"
              dataSource={[...stats.byUnit].sort((a, b) => (b.mean ?? -1) - (a.mean ?? -1))}
              locale={{ emptyText: "暂无" }}
              data-testid="unit-stats"
              renderItem={(u) => (
                <List.Item key={u.unit.id} style={{ paddingInline: 0 }}>
                  <Typography.Text>{u.unit.name}</Typography.Text>
                  <Typography.Text type="secondary">
                    {u.attempts} 份 · 平均 {decimal(u.mean, 1)} · 及格率 {percent(u.passRate)}
                  </Typography.Text>
                </List.Item>
              )}
            />
          </Card>
        </>
      )}
    </div>
  );
}
