import { describe, expect, it } from "vitest";
import { DIMENSIONS, formatPoints, pointsByDimension, reasonText } from "./dimensions";

describe("pointsByDimension", () => {
  it("lists all seven dimensions in order, 0 where none are given", () => {
    const { rows, total } = pointsByDimension([
      { dimension: "EXAM", points: "12.18" },
      { dimension: "TRAINING", points: "60.50" },
      { dimension: "RECTIFICATION", points: "-1.25" },
    ]);
    expect(rows.map((r) => r.dimension)).toEqual(DIMENSIONS);
    expect(rows.map((r) => r.label)).toEqual(["培训", "考试", "演练", "比武", "表彰", "案卷评查", "整改"]);
    expect(rows[0].points).toBe(60.5);
    expect(rows[2].points).toBe(0);
    expect(total).toBe(71.43);
  });

  it("reads nothing as zeros", () => {
    expect(pointsByDimension(null).total).toBe(0);
    expect(pointsByDimension([{ dimension: "DRILL", points: "abc" }]).rows[2].points).toBe(0);
  });
});

describe("formatting", () => {
  it("drops trailing zeros", () => {
    expect(formatPoints("3.00")).toBe("3");
    expect(formatPoints("-2.50")).toBe("-2.5");
    expect(formatPoints(12.184)).toBe("12.18");
  });

  it("puts attendance statuses in Chinese", () => {
    expect(reasonText("交通安全周周讲（第4期） · LATE")).toBe("交通安全周周讲（第4期） · 迟到");
    expect(reasonText("某次考试 · PASSED_WELL")).toBe("某次考试 · PASSED_WELL");
    expect(reasonText("演练 A · 评分")).toBe("演练 A · 评分");
  });
});
