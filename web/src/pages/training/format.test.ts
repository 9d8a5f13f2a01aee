import { describe, expect, it } from "vitest";
import { dayStartIso, formatDateTime, formatDay, formatRange, formatTime, percent } from "./format";

describe("training times in the county's time zone", () => {
  it("formats an instant as Beijing time whatever the offset it comes with", () => {
    expect(formatTime("2026-12-04T19:05:00+00:00")).toBe("03:05");
    expect(formatDay("2026-12-04T19:05:00+00:00")).toBe("12月5日 周六");
    expect(formatDateTime("2026-12-05T03:05:00+08:00")).toBe("2026-12-05 03:05");
    expect(formatDateTime(null)).toBe("");
  });

  it("shows one day for a session within a day, both days for one past midnight", () => {
    expect(formatRange("2026-12-05T01:30:00Z", "2026-12-05T04:30:00Z")).toBe("12月5日 周六 09:30–12:30");
    expect(formatRange("2026-12-05T14:00:00Z", "2026-12-05T18:00:00Z")).toBe(
      "12月5日 周六 22:00 – 12月6日 周日 02:00",
    );
  });

  it("formats in another zone when asked", () => {
    expect(formatTime("2026-12-05T01:30:00Z", "UTC")).toBe("01:30");
  });

  it("starts a calendar day at the county's midnight", () => {
    expect(dayStartIso("2026-12-01")).toBe("2026-12-01T00:00:00+08:00");
    expect(Date.parse(dayStartIso("2026-12-01"))).toBe(Date.parse("2026-11-30T16:00:00Z"));
  });

  it("rounds rates to whole percents", () => {
    expect(percent(0.856)).toBe("86%");
    expect(percent(1)).toBe("100%");
    expect(percent(Number.NaN)).toBe("—");
    expect(percent(null)).toBe("—");
  });
});
