import { describe, expect, it } from "vitest";
import { formatScore, hasAnyScore, percent, scoreChart, toNumber } from "./scores";

const unit = (name: string, scores: (string | null)[]) => ({
  unit: { id: name, name },
  score: scores.every((s) => s === null) ? null : "50",
  maxScore: "100",
  sections: [
    { key: "a", title: "报警", score: scores[0], maxScore: "20.00" },
    { key: "b", title: "处置", score: scores[1], maxScore: "80.00" },
  ],
});

describe("numbers", () => {
  it("reads decimals and percentages", () => {
    expect(toNumber("12.50")).toBe(12.5);
    expect(toNumber(null)).toBeNull();
    expect(toNumber("x")).toBeNull();
    expect(percent("15", "20")).toBe(75);
    expect(percent("1", "3")).toBe(33.3);
    expect(percent(null, "20")).toBeNull();
    expect(percent("1", "0")).toBeNull();
    expect(formatScore("82.50", "100.00")).toBe("82.5 / 100");
    expect(formatScore(null, "100")).toBe("未评分");
  });
  it("knows when nothing is scored", () => {
    expect(hasAnyScore([unit("甲", [null, null])])).toBe(false);
    expect(hasAnyScore([unit("甲", [null, "3"])])).toBe(true);
  });
});

describe("scoreChart", () => {
  it("has a bar per unit and a row per section, top-down in rubric order", () => {
    const { option, height } = scoreChart([unit("甲", ["10", "40"]), unit("乙", [null, "60"])]);
    const o = option as { yAxis: { data: string[] }; series: { name: string; data: { value: number | null; raw: string }[] }[] };
    expect(o.yAxis.data).toEqual(["处置", "报警"]);
    expect(o.series.map((s) => s.name)).toEqual(["甲", "乙"]);
    expect(o.series[0].data.map((d) => d.value)).toEqual([50, 50]);
    expect(o.series[1].data.map((d) => d.value)).toEqual([75, null]);
    expect(o.series[1].data[1].raw).toBe("未评分");
    expect(height).toBeGreaterThanOrEqual(240);
  });
  it("adds the drill-wide coordination rows as their own series", () => {
    const coordination = {
      unit: null,
      score: "8",
      maxScore: "10",
      sections: [{ key: "c", title: "协同", score: "8", maxScore: "10" }],
    };
    const { option } = scoreChart([unit("甲", ["10", "40"])], coordination);
    const o = option as { yAxis: { data: string[] }; series: { name: string; data: { value: number | null }[] }[] };
    expect(o.yAxis.data[0]).toBe("协同（联合）");
    expect(o.series.map((s) => s.name)).toEqual(["甲", "联合协调"]);
    expect(o.series[1].data.map((d) => d.value)).toEqual([80, null, null]);
    expect(o.series[0].data[0].value).toBeNull();
  });
});
