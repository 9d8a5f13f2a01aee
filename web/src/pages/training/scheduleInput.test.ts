import { describe, expect, it } from "vitest";
import { countyWeekday, toSeriesInput, toSessionInput, type ScheduleValues } from "./scheduleInput";

const at = (iso: string) => ({ toISOString: () => new Date(iso).toISOString() });

const base: ScheduleValues = {
  title: "  执法文书规范制作 ",
  kind: "PROFESSIONAL",
  startsAt: at("2026-12-10T01:30:00Z"),
  endsAt: at("2026-12-10T04:00:00Z"),
  organizerUnitId: "VW5pdDo4",
  venue: "  ",
  trainerId: null,
  capacity: null,
  description: "",
  audience: { unitIds: ["u1", "u1"], categories: ["ENFORCEMENT_OFFICER"], personIds: [] },
};

describe("schedule form -> input", () => {
  it("trims, drops empty optional fields and dedupes the audience", () => {
    expect(toSessionInput(base)).toEqual({
      title: "执法文书规范制作",
      kind: "PROFESSIONAL",
      startsAt: "2026-12-10T01:30:00.000Z",
      endsAt: "2026-12-10T04:00:00.000Z",
      organizerUnitId: "VW5pdDo4",
      audience: { unitIds: ["u1"], categories: ["ENFORCEMENT_OFFICER"], personIds: [] },
    });
  });

  it("keeps the optional fields given", () => {
    const input = toSessionInput({
      ...base,
      format: "LECTURE",
      venue: "二楼培训室",
      trainerId: "VXNlcjoy",
      capacity: 0,
      description: " 带笔记本 ",
    });
    expect(input).toMatchObject({
      format: "LECTURE",
      venue: "二楼培训室",
      trainerId: "VXNlcjoy",
      capacity: 0,
      description: "带笔记本",
    });
  });

  it("builds a weekly series ending after a count", () => {
    const input = toSeriesInput({
      ...base,
      repeat: "WEEKLY",
      recurrence: { interval: 2, weekdays: ["MONDAY", "THURSDAY"], end: "count", count: 6, until: "2027-01-01" },
    });
    expect(input.recurrence).toEqual({ frequency: "WEEKLY", interval: 2, weekdays: ["MONDAY", "THURSDAY"], count: 6 });
    expect(input.session.title).toBe("执法文书规范制作");
  });

  it("builds a monthly series ending on a date, without weekdays", () => {
    const input = toSeriesInput({
      ...base,
      repeat: "MONTHLY",
      recurrence: { weekdays: ["MONDAY"], end: "until", until: "2027-06-30", count: 3 },
    });
    expect(input.recurrence).toEqual({ frequency: "MONTHLY", interval: 1, until: "2027-06-30" });
  });

  it("leaves an unbounded series for the server to refuse", () => {
    expect(toSeriesInput({ ...base, repeat: "WEEKLY", recurrence: { end: "until" } }).recurrence).toEqual({
      frequency: "WEEKLY",
      interval: 1,
    });
  });

  it("names the county's weekday", () => {
    expect(countyWeekday("2026-12-06T17:00:00Z")).toBe("MONDAY"); // 01:00 Monday in Beijing
    expect(countyWeekday("2026-12-06T15:00:00Z")).toBe("SUNDAY");
    expect(countyWeekday("x")).toBeNull();
  });
});
