import { describe, expect, it } from "vitest";
import { countyYear, dayStart, daysUntil, formatDateTime, formatTime, formatWhen, todayAndWeek } from "./time";

describe("county day ranges", () => {
  it("starts a day at midnight in Shanghai", () => {
    expect(dayStart("2026-12-05")).toBe("2026-12-04T16:00:00.000Z");
  });

  it("takes today by the county's clock, not UTC's", () => {
    // 18:30 UTC on Friday 4 December is 02:30 on Saturday 5 December in the county.
    const range = todayAndWeek(new Date("2026-12-04T18:30:00Z"));
    expect(range.today).toBe("2026-12-05");
    expect(range.todayFrom).toBe("2026-12-04T16:00:00.000Z");
    expect(range.todayTo).toBe("2026-12-05T16:00:00.000Z");
    // The week is Monday 30 November to Sunday 6 December.
    expect(range.weekFrom).toBe("2026-11-29T16:00:00.000Z");
    expect(range.weekTo).toBe("2026-12-06T16:00:00.000Z");
  });

  it("gives a Sunday the week that ends on it", () => {
    const range = todayAndWeek(new Date("2026-12-06T03:00:00Z"));
    expect(range.weekFrom).toBe("2026-11-29T16:00:00.000Z");
    expect(range.weekTo).toBe("2026-12-06T16:00:00.000Z");
  });

  it("reads the year in the county", () => {
    expect(countyYear(new Date("2026-12-31T17:00:00Z"))).toBe(2027);
    expect(countyYear(new Date("2026-12-31T15:00:00Z"))).toBe(2026);
  });
});

describe("formatting", () => {
  it("prints county times", () => {
    expect(formatDateTime("2026-12-04T19:05:00+00:00")).toBe("2026-12-05 03:05");
    expect(formatTime("2026-12-04T06:30:00Z")).toBe("14:30");
  });

  it("says today and tomorrow, else the date and weekday", () => {
    expect(formatWhen("2026-12-05T06:30:00Z", "2026-12-05")).toBe("今天 14:30");
    expect(formatWhen("2026-12-06T06:30:00Z", "2026-12-05")).toBe("明天 14:30");
    expect(formatWhen("2026-12-11T06:30:00Z", "2026-12-05")).toBe("12月11日 周五 14:30");
    expect(formatWhen("2027-10-06T10:00:00Z", "2026-12-05")).toBe("2027年10月6日 周三 18:00");
  });

  it("counts days to a deadline", () => {
    expect(daysUntil("2026-12-16T10:00:00Z", "2026-12-05")).toBe(11);
    expect(daysUntil("2026-12-05T15:59:00Z", "2026-12-05")).toBe(0);
    expect(daysUntil("2026-12-05T16:00:00Z", "2026-12-05")).toBe(1);
  });
});

describe("midnight", () => {
  it("prints 00, not 24", () => {
    expect(formatTime("2026-12-04T16:00:00Z")).toBe("00:00");
    expect(formatDateTime("2026-12-04T16:05:00Z")).toBe("2026-12-05 00:05");
  });
});
