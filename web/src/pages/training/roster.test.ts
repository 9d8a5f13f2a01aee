import { describe, expect, it } from "vitest";
import { MAX_MARKS_PER_CALL, buildMarks, countByStatus, describeMarkError, filterRoster, type RosterRow } from "./roster";

const row = (id: string, name: string, status: RosterRow["status"], unit = "高村镇综合行政执法大队", badge = `B${id}`): RosterRow => ({
  id: `a${id}`,
  status,
  person: { id: `p${id}`, name, badgeNumber: badge, unit: { id: "u", name: unit } },
});

const rows = [row("1", "李莹", "PRESENT"), row("2", "王伟", "UNMARKED"), row("3", "张敏", "UNMARKED", "县应急管理局"), row("4", "李强", "EXCUSED")];

describe("roster", () => {
  it("filters by status and by name, badge or unit", () => {
    expect(filterRoster(rows, "UNMARKED", "").map((r) => r.person.name)).toEqual(["王伟", "张敏"]);
    expect(filterRoster(rows, "ALL", "李").map((r) => r.person.name)).toEqual(["李莹", "李强"]);
    expect(filterRoster(rows, "ALL", "b3").map((r) => r.person.name)).toEqual(["张敏"]);
    expect(filterRoster(rows, "UNMARKED", "应急").map((r) => r.person.name)).toEqual(["张敏"]);
  });

  it("counts each status", () => {
    expect(countByStatus(rows)).toEqual({ ALL: 4, UNMARKED: 2, PRESENT: 1, LATE: 0, EXCUSED: 1, ABSENT: 0 });
  });

  it("builds each person's mark once, with the note when there is one, in calls of at most 500", () => {
    expect(buildMarks(["p1", "p2", "p1"], "ABSENT", "  ")).toEqual([[{ personId: "p1", status: "ABSENT" }, { personId: "p2", status: "ABSENT" }]]);
    expect(buildMarks(["p1"], "EXCUSED", " 病假 ")).toEqual([[{ personId: "p1", status: "EXCUSED", note: "病假" }]]);
    const many = Array.from({ length: 1201 }, (_, i) => `p${i}`);
    const calls = buildMarks(many, "PRESENT", null);
    expect(calls.map((c) => c.length)).toEqual([MAX_MARKS_PER_CALL, MAX_MARKS_PER_CALL, 201]);
    expect(calls.flat().map((m) => m.personId)).toEqual(many);
    expect(buildMarks([], "PRESENT", null)).toEqual([]);
  });

  it("names the person a mark's error is about", () => {
    const batch = [{ personId: "p1", status: "PRESENT" as const }, { personId: "p2", status: "PRESENT" as const }];
    const names: Record<string, string> = { p2: "王伟" };
    const nameOf = (id: string) => names[id];
    expect(describeMarkError(["marks", "1", "status"], "尚未开始", batch, nameOf)).toBe("王伟：尚未开始");
    expect(describeMarkError(["input", "marks", "1"], "x", batch, nameOf)).toBe("王伟：x");
    expect(describeMarkError(["marks", "0", "status"], "x", batch, nameOf)).toBe("x");
    expect(describeMarkError(["sessionId"], "已取消", batch, nameOf)).toBe("已取消");
    expect(describeMarkError(null, "y", batch, nameOf)).toBe("y");
  });
});
