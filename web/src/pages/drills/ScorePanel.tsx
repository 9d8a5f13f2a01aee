import { Empty, Flex, Progress, Skeleton, Statistic, Typography } from "antd";
import { lazy, Suspense, useMemo } from "react";
import { formatScore, hasAnyScore, percent, scoreChart, type UnitScoreLike } from "./scores";

// The chart (and echarts with it) loads only when there are scores to draw.
const Chart = lazy(() => import("../../components/Chart"));

type Props = {
  score?: string | null;
  maxScore?: string | null;
  units: readonly UnitScoreLike[];
  coordination?: UnitScoreLike | null;
  loading?: boolean;
};

/** Scores by unit and section: totals, and a chart of each section's share of its maximum. */
export function ScorePanel({ score, maxScore, units, coordination, loading }: Props) {
  const chart = useMemo(() => scoreChart(units, coordination), [units, coordination]);
  if (loading) return <Skeleton active paragraph={{ rows: 4 }} />;
  const scored = hasAnyScore(units) || (coordination ? hasAnyScore([coordination]) : false);
  if (!scored) return <Empty description="暂无已提交的评分" data-testid="scores-empty" />;
  return (
    <Flex vertical gap={16} data-testid="scores">
      <Flex wrap gap={24}>
        <Statistic title="综合得分" value={formatScore(score, maxScore)} />
        {units.map((u) => (
          <Flex key={u.unit?.id ?? "joint"} vertical gap={2} style={{ minWidth: 140 }} data-testid="unit-score">
            <Typography.Text type="secondary">{u.unit?.name}</Typography.Text>
            <Typography.Text strong>{formatScore(u.score, u.maxScore)}</Typography.Text>
            <Progress percent={percent(u.score, u.maxScore) ?? 0} size="small" showInfo={false} />
          </Flex>
        ))}
      </Flex>
      <Suspense fallback={<Skeleton.Node active style={{ width: "100%", height: chart.height }} />}>
        <Chart option={chart.option} height={chart.height} testId="score-chart" />
      </Suspense>
    </Flex>
  );
}
