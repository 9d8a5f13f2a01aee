import { describe, expect, it } from "vitest";
import { canCheckIn, canRequestLeave, groupSchedule, type ScheduleItem } from "./mySchedule";

const now = Date.parse("2026-12-05T02:00:00Z"); // 10:00 in the county
const item = (id: string, start: string, end: string, extra: Partial<ScheduleItem> = {}): ScheduleItem => ({
  id,
  startsAt: start,
  endsAt: end,
  status: "SCHEDULED",
  myAttendance: { status: "UNMARKED" },
  ...extra,
});

describe("the officer's schedule", () => {
  it("takes a code from 30 minutes before the start to the end, once", () => {
    const s = item("a", "2026-12-05T02:20:00Z", "2026-12-05T04:00:00Z");
    expect(canCheckIn(s, now)).toBe(true);
    expect(canCheckIn(s, Date.parse("2026-12-05T01:49:00Z"))).toBe(false);
    expect(canCheckIn(s, Date.parse("2026-12-05T04:00:00Z"))).toBe(false);
    expect(canCheckIn({ ...s, myAttendance: { status: "PRESENT" } }, now)).toBe(false);
    expect(canCheckIn({ ...s, myAttendance: { status: "EXCUSED" } }, now)).toBe(true);
    expect(canCheckIn({ ...s, status: "CANCELLED" }, now)).toBe(false);
  });

  it("takes leave requests until the start", () => {
    const s = item("a", "2026-12-05T02:20:00Z", "2026-12-05T04:00:00Z");
    expect(canRequestLeave(s, now)).toBe(true);
    expect(canRequestLeave(s, Date.parse("2026-12-05T02:20:00Z"))).toBe(false);
    expect(canRequestLeave({ ...s, myAttendance: { status: "EXCUSED" } }, now)).toBe(false);
    expect(canRequestLeave({ ...s, myAttendance: { status: "LATE" } }, now)).toBe(false);
    expect(canRequestLeave({ ...s, status: "CANCELLED" }, now)).toBe(false);
  });

  it("groups by open now, today, the week, later and past", () => {
    const groups = groupSchedule(
      [
        item("later", "2026-12-20T01:00:00Z", "2026-12-20T02:00:00Z"),
        item("open", "2026-12-05T02:20:00Z", "2026-12-05T04:00:00Z"),
        item("tonight", "2026-12-05T12:00:00Z", "2026-12-05T13:00:00Z"),
        item("week", "2026-12-11T15:30:00Z", "2026-12-11T16:00:00Z"), // 23:30 on the 11th, in the county
        item("after-week", "2026-12-11T16:30:00Z", "2026-12-11T17:00:00Z"), // 00:30 on the 12th
        item("done", "2026-12-04T01:00:00Z", "2026-12-04T02:00:00Z"),
        item("done2", "2026-12-04T05:00:00Z", "2026-12-04T06:00:00Z"),
      ],
      now,
    );
    expect(groups.map((g) => [g.key, g.items.map((i) => i.id)])).toEqual([
      ["now", ["open"]],
      ["today", ["tonight"]],
      ["week", ["week"]],
      ["later", ["after-week", "later"]],
      ["past", ["done2", "done"]],
    ]);
  });
});
