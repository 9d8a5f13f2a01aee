// Quota compliance: the chart's option and the table's order.
import type { ChartOption } from "../../components/Chart";
import type { ComplianceStatus } from "../../gql/graphql";
import { COMPLIANCE_LABELS } from "./format";

export type UnitRow = {
  unit: { id: string; name: string };
  people: number;
  compliant: number;
  onTrack: number;
  atRisk: number;
  nonCompliant: number;
  rate: number;
};

export const STATUS_ORDER: ComplianceStatus[] = ["COMPLIANT", "ON_TRACK", "AT_RISK", "NON_COMPLIANT"];
const FIELD: Record<ComplianceStatus, keyof Pick<UnitRow, "compliant" | "onTrack" | "atRisk" | "nonCompliant">> = {
  COMPLIANT: "compliant",
  ON_TRACK: "onTrack",
  AT_RISK: "atRisk",
  NON_COMPLIANT: "nonCompliant",
};
export const STATUS_HEX: Record<ComplianceStatus, string> = {
  COMPLIANT: "#52c41a",
  ON_TRACK: "#1677ff",
  AT_RISK: "#fa8c16",
  NON_COMPLIANT: "#f5222d",
};

/** Units with people, the ones needing attention first: most at risk or non-compliant, then lowest rate. */
export function sortUnits<R extends UnitRow>(rows: readonly R[]): R[] {
  return rows
    .filter((r) => r.people > 0)
    .sort(
      (a, b) =>
        b.atRisk + b.nonCompliant - (a.atRisk + a.nonCompliant) ||
        a.rate - b.rate ||
        (a.unit.name < b.unit.name ? -1 : a.unit.name > b.unit.name ? 1 : 0),
    );
}

export type Totals = Omit<UnitRow, "unit">;

export function totals(rows: readonly UnitRow[]): Totals {
  const t = { people: 0, compliant: 0, onTrack: 0, atRisk: 0, nonCompliant: 0, rate: 0 };
  for (const r of rows) {
    t.people += r.people;
    t.compliant += r.compliant;
    t.onTrack += r.onTrack;
    t.atRisk += r.atRisk;
    t.nonCompliant += r.nonCompliant;
  }
  t.rate = t.people > 0 ? t.compliant / t.people : 0;
  return t;
}

/** A horizontal stacked bar per unit (people by status), the first unit of `rows` on top. */
export function chartOption(rows: readonly UnitRow[]): ChartOption {
  const names = rows.map((r) => r.unit.name).reverse();
  return {
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: "value", minInterval: 1, name: "人" },
    yAxis: {
      type: "category",
      data: names,
      axisLabel: { width: 130, overflow: "truncate" },
    },
    series: STATUS_ORDER.map((status) => ({
      name: COMPLIANCE_LABELS[status],
      type: "bar",
      stack: "people",
      itemStyle: { color: STATUS_HEX[status] },
      emphasis: { focus: "series" },
      data: [...rows].reverse().map((r) => r[FIELD[status]]),
    })),
  };
}

/** Height in px that gives each unit's bar room. */
export function chartHeight(units: number): number {
  return Math.max(200, 56 + units * 26);
}

/** The drill-down's first list: the people at risk, else those behind, else everyone. */
export function firstFilter(row: Pick<UnitRow, "atRisk" | "nonCompliant">): ComplianceStatus | "ALL" {
  if (row.atRisk > 0) return "AT_RISK";
  if (row.nonCompliant > 0) return "NON_COMPLIANT";
  return "ALL";
}
