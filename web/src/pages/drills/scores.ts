// Scores by unit and section as a chart: each section's score as a share of its maximum, one
// bar per unit, so sections of different weights compare.
import type { ChartOption } from "../../components/Chart";

export type SectionScoreLike = { key: string; title: string; score?: string | null; maxScore: string };
export type UnitScoreLike = {
  unit?: { id: string; name: string } | null;
  score?: string | null;
  maxScore: string;
  sections: readonly SectionScoreLike[];
};

/** A Decimal string as a number; null for no score (nobody has submitted a rating yet). */
export function toNumber(value: string | null | undefined): number | null {
  if (value == null || value === "") return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** score / max as a percentage with one decimal, or null. */
export function percent(score: string | null | undefined, max: string | null | undefined): number | null {
  const s = toNumber(score);
  const m = toNumber(max);
  if (s === null || m === null || m === 0) return null;
  return Math.round((s / m) * 1000) / 10;
}

/** "82.5 / 100" or "未评分". */
export function formatScore(score: string | null | undefined, max: string | null | undefined): string {
  const s = toNumber(score);
  const m = toNumber(max);
  if (s === null) return "未评分";
  return m === null ? `${s}` : `${s} / ${m}`;
}

export function hasAnyScore(units: readonly UnitScoreLike[]): boolean {
  return units.some((u) => toNumber(u.score) !== null || u.sections.some((s) => toNumber(s.score) !== null));
}

export type ScoreChart = { option: ChartOption; height: number };

/**
 * Horizontal grouped bars: a row per section (in rubric order, from the first unit that has
 * them), a bar per unit; the tooltip gives the points. `coordinationLabel` names the
 * drill-wide coordination row, when the drill has one.
 */
export function scoreChart(units: readonly UnitScoreLike[], coordination?: UnitScoreLike | null): ScoreChart {
  const sections: { key: string; title: string }[] = [];
  const seen = new Set<string>();
  for (const unit of units) {
    for (const s of unit.sections) {
      if (!seen.has(s.key)) {
        seen.add(s.key);
        sections.push({ key: s.key, title: s.title });
      }
    }
  }
  const rows = [...sections];
  if (coordination) {
    for (const s of coordination.sections) rows.push({ key: `coordination:${s.key}`, title: `${s.title}（联合）` });
  }
  // ECharts draws the first category at the bottom of a y axis: reverse to read top-down.
  const categories = rows.map((r) => r.title).reverse();
  type Point = { value: number | null; raw: string };
  const series = units.map((unit) => {
    const byKey = new Map(unit.sections.map((s) => [s.key, s]));
    const data: Point[] = rows.map((row) => {
      const s = byKey.get(row.key);
      return { value: s ? percent(s.score, s.maxScore) : null, raw: s ? formatScore(s.score, s.maxScore) : "—" };
    });
    return { name: unit.unit?.name ?? "联合", type: "bar" as const, data: data.reverse(), barMaxWidth: 18 };
  });
  if (coordination) {
    const byKey = new Map(coordination.sections.map((s) => [`coordination:${s.key}`, s]));
    const data: Point[] = rows.map((row) => {
      const s = byKey.get(row.key);
      return { value: s ? percent(s.score, s.maxScore) : null, raw: s ? formatScore(s.score, s.maxScore) : "—" };
    });
    series.push({ name: "联合协调", type: "bar" as const, data: data.reverse(), barMaxWidth: 18 });
  }
  const bars = Math.max(1, series.length);
  const height = Math.max(240, rows.length * (bars * 16 + 20) + 90);
  const option: ChartOption = {
    animation: false, // drawn at once: a chart in a printout or a screenshot is never half grown
    tooltip: {
      trigger: "axis",
      axisPointer: { type: "shadow" },
      valueFormatter: (value: unknown) => (value == null ? "未评分" : `${value}%`),
    },
    legend: { top: 0, type: "scroll" },
    grid: { left: 8, right: 72, top: 36, bottom: 8, containLabel: true }, // room for the "11.25 / 14" labels
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value}%" } },
    yAxis: { type: "category", data: categories, axisLabel: { width: 96, overflow: "break" } },
    series: series.map((s) => ({
      ...s,
      label: { show: true, position: "right", formatter: (p: { data: Point }) => p.data.raw },
    })),
  };
  return { option, height };
}
