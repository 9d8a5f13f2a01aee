import { describe, expect, it } from "vitest";
import { countyYearOf, historyStats, newestFirst, type HistoryRow } from "./attendance";

const row = (id: string, status: HistoryRow["status"], startsAt: string, sessionStatus = "COMPLETED"): HistoryRow => ({
  id,
  status,
  session: { startsAt, status: sessionStatus },
});

describe("attendance history", () => {
  it("lists the newest first", () => {
    const rows = [row("a", "PRESENT", "2026-01-02T11:00:00Z"), row("b", "LATE", "2026-03-02T11:00:00Z")];
    expect(newestFirst(rows).map((r) => r.id)).toEqual(["b", "a"]);
  });

  it("takes the year in the county", () => {
    expect(countyYearOf("2026-12-31T17:00:00Z")).toBe(2027);
    expect(countyYearOf("2026-12-31T15:00:00Z")).toBe(2026);
  });

  it("counts attended over marked sessions, leaving out excused, unmarked and cancelled", () => {
    const stats = historyStats([
      row("1", "PRESENT", "2026-01-01T00:00:00Z"),
      row("2", "LATE", "2026-01-02T00:00:00Z"),
      row("3", "ABSENT", "2026-01-03T00:00:00Z"),
      row("4", "EXCUSED", "2026-01-04T00:00:00Z"),
      row("5", "UNMARKED", "2026-01-05T00:00:00Z", "SCHEDULED"),
      row("6", "ABSENT", "2026-01-06T00:00:00Z", "CANCELLED"),
    ]);
    expect(stats).toEqual({ sessions: 5, present: 1, late: 1, excused: 1, absent: 1, rate: 2 / 3 });
    expect(historyStats([]).rate).toBeNull();
  });
});
