import { describe, expect, it } from "vitest";
import { complianceTotals } from "./compliance";

describe("complianceTotals", () => {
  it("adds the units up and takes the rate over everyone", () => {
    const totals = complianceTotals([
      { people: 10, compliant: 4, atRisk: 3, nonCompliant: 1 },
      { people: 2, compliant: 2, atRisk: 0, nonCompliant: 0 },
      { people: 0, compliant: 0, atRisk: 0, nonCompliant: 0 },
    ]);
    expect(totals).toEqual({ people: 12, compliant: 6, atRisk: 3, nonCompliant: 1, rate: 0.5 });
  });

  it("gives a rate of 0 for nobody", () => {
    expect(complianceTotals([]).rate).toBe(0);
  });
});
