// The ledger's seven dimensions in the county's words, and how a ledger event reads.
import type { Dimension } from "../../gql/graphql";

export const DIMENSIONS: Dimension[] = [
  "TRAINING",
  "EXAM",
  "DRILL",
  "COMPETITION",
  "COMMENDATION",
  "CASE_REVIEW",
  "RECTIFICATION",
];

export const DIMENSION_LABELS: Record<Dimension, string> = {
  TRAINING: "培训",
  EXAM: "考试",
  DRILL: "演练",
  COMPETITION: "比武",
  COMMENDATION: "表彰",
  CASE_REVIEW: "案卷评查",
  RECTIFICATION: "整改",
};

export type DimensionPoints = { dimension: Dimension; points: string };

/** Every dimension in order with its points as a number (0 where the API lists none), and the total. */
export function pointsByDimension(rows: readonly DimensionPoints[] | null | undefined): {
  rows: { dimension: Dimension; label: string; points: number }[];
  total: number;
} {
  const given = new Map((rows ?? []).map((row) => [row.dimension, Number(row.points)]));
  const out = DIMENSIONS.map((dimension) => {
    const points = given.get(dimension);
    return { dimension, label: DIMENSION_LABELS[dimension], points: Number.isFinite(points) ? points! : 0 };
  });
  const total = Math.round(out.reduce((sum, row) => sum + row.points, 0) * 100) / 100;
  return { rows: out, total };
}

/** "12.5" -> "12.5", "3.00" -> "3", "-2.50" -> "-2.5": points as people write them. */
export function formatPoints(points: number | string): string {
  const value = typeof points === "string" ? Number(points) : points;
  if (!Number.isFinite(value)) return String(points);
  return String(Math.round(value * 100) / 100);
}

const STATUS_WORDS: Record<string, string> = {
  PRESENT: "出勤",
  LATE: "迟到",
  EXCUSED: "请假",
  ABSENT: "缺勤",
  UNMARKED: "未登记",
};

/**
 * A ledger event's reason as the officer reads it: the API writes the attendance status in
 * English after the session's title ("… · PRESENT"), which becomes "… · 出勤".
 */
export function reasonText(reason: string): string {
  return reason.replace(/ · ([A-Z_]+)$/, (whole, word: string) =>
    STATUS_WORDS[word] ? ` · ${STATUS_WORDS[word]}` : whole,
  );
}
