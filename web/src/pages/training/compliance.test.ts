import { describe, expect, it } from "vitest";
import { chartHeight, chartOption, firstFilter, sortUnits, totals, type UnitRow } from "./compliance";

const row = (name: string, people: number, compliant: number, atRisk: number, nonCompliant = 0): UnitRow => ({
  unit: { id: name, name },
  people,
  compliant,
  onTrack: people - compliant - atRisk - nonCompliant,
  atRisk,
  nonCompliant,
  rate: people ? compliant / people : 0,
});

describe("compliance", () => {
  const rows = [row("甲", 10, 9, 1), row("乙", 4, 1, 2, 1), row("丙", 0, 0, 0), row("丁", 5, 2, 1)];

  it("puts the units needing attention first and drops empty ones", () => {
    expect(sortUnits(rows).map((r) => r.unit.name)).toEqual(["乙", "丁", "甲"]);
  });

  it("adds up the county", () => {
    expect(totals(rows)).toEqual({ people: 19, compliant: 12, onTrack: 2, atRisk: 4, nonCompliant: 1, rate: 12 / 19 });
    expect(totals([]).rate).toBe(0);
  });

  it("stacks each status per unit with the first unit on top", () => {
    const option = chartOption(sortUnits(rows)) as {
      yAxis: { data: string[] };
      series: { name: string; data: number[] }[];
    };
    expect(option.yAxis.data).toEqual(["甲", "丁", "乙"]);
    expect(option.series.map((s) => s.name)).toEqual(["达标", "按计划可达标", "有风险", "未达标"]);
    expect(option.series[2].data).toEqual([1, 1, 2]);
    const sums = option.yAxis.data.map((_, i) => option.series.reduce((n, s) => n + s.data[i], 0));
    expect(sums).toEqual([10, 5, 4]);
  });

  it("grows with the units", () => {
    expect(chartHeight(1)).toBe(200);
    expect(chartHeight(30)).toBe(56 + 30 * 26);
  });
});

describe("the drill-down's first list", () => {
  it("shows those at risk, else those behind, else everyone", () => {
    expect(firstFilter({ atRisk: 2, nonCompliant: 1 })).toBe("AT_RISK");
    expect(firstFilter({ atRisk: 0, nonCompliant: 2 })).toBe("NON_COMPLIANT");
    expect(firstFilter({ atRisk: 0, nonCompliant: 0 })).toBe("ALL");
  });
});
