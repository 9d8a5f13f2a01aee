import { describe, expect, it } from "vitest";
import { daysLeft, dueText, nextMoves, sortActions } from "./actions";

describe("nextMoves", () => {
  it("follows the server's transitions", () => {
    expect(nextMoves("OPEN", false).map((m) => m.target)).toEqual(["IN_PROGRESS", "DONE"]);
    expect(nextMoves("IN_PROGRESS", false).map((m) => m.target)).toEqual(["DONE", "OPEN"]);
    expect(nextMoves("VERIFIED", true)).toEqual([]);
  });
  it("leaves verifying to verifiers", () => {
    expect(nextMoves("DONE", false)).toEqual([]);
    expect(nextMoves("DONE", true).map((m) => m.target)).toEqual(["VERIFIED", "OPEN"]);
  });
  it("asks for evidence when marking done", () => {
    expect(nextMoves("OPEN", false).find((m) => m.target === "DONE")?.needsEvidence).toBe(true);
  });
});

describe("sortActions", () => {
  it("puts overdue items first, then the soonest due", () => {
    const items = [
      { id: "1", dueDate: "2026-03-01", overdue: false },
      { id: "2", dueDate: "2026-02-01", overdue: true },
      { id: "3", dueDate: "2026-01-15", overdue: false },
      { id: "4", dueDate: "2026-01-10", overdue: true },
      { id: "5", dueDate: "2026-01-15", overdue: false },
    ];
    expect(sortActions(items).map((i) => i.id)).toEqual(["4", "2", "3", "5", "1"]);
    expect(sortActions([...items, items[1]]).map((i) => i.id)).toEqual(["4", "2", "3", "5", "1"]);
  });
});

describe("due dates", () => {
  it("counts whole days across months", () => {
    expect(daysLeft("2026-03-01", "2026-02-27")).toBe(2);
    expect(dueText("2026-02-25", "2026-03-01")).toBe("逾期 4 天");
    expect(dueText("2026-03-01", "2026-03-01")).toBe("今天到期");
    expect(dueText("2026-03-04", "2026-03-01")).toBe("剩 3 天");
  });
});
