// The county's quota compliance at a glance, from the report's per-unit counts.

/** Sums of the compliance report's per-unit counts (each person is counted in their own unit only). */
export function complianceTotals(
  units: readonly { people: number; compliant: number; atRisk: number; nonCompliant: number }[],
) {
  const sum = (key: "people" | "compliant" | "atRisk" | "nonCompliant") => units.reduce((t, u) => t + u[key], 0);
  const people = sum("people");
  const compliant = sum("compliant");
  return {
    people,
    compliant,
    atRisk: sum("atRisk"),
    nonCompliant: sum("nonCompliant"),
    rate: people > 0 ? compliant / people : 0,
  };
}
