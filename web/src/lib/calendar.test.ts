import { describe, expect, it } from "vitest";
import {
  addDays,
  calendarDay,
  dayKey,
  groupSessionsByDay,
  monthGrid,
  weekDays,
  type SessionLike,
  type Weekday,
} from "./calendar";
import { seeded } from "./testing";

describe("monthGrid", () => {
  it("lays out March 2026 from Monday", () => {
    const grid = monthGrid(2026, 3);
    expect(grid).toHaveLength(6);
    expect(grid.every((w) => w.length === 7)).toBe(true);
    // 2026-03-01 is a Sunday: the first row starts on Monday 23 February.
    expect(grid[0][0].key).toBe("2026-02-23");
    expect(grid[0][6]).toMatchObject({ key: "2026-03-01", inMonth: true, weekday: 0 });
    expect(grid[0][5].inMonth).toBe(false);
    expect(grid[5][6].key).toBe("2026-04-05");
  });

  it("starts on Sunday when asked", () => {
    expect(monthGrid(2026, 3, 0)[0][0].key).toBe("2026-03-01");
    expect(monthGrid(2024, 2, 0)[4][4]).toMatchObject({ key: "2024-02-29", inMonth: true });
  });

  it("rejects a month out of range", () => {
    expect(() => monthGrid(2026, 0)).toThrow(RangeError);
    expect(() => monthGrid(2026, 13)).toThrow(RangeError);
  });

  it("holds 42 consecutive days with the whole month in order, for generated months", () => {
    const rng = seeded(11);
    for (let i = 0; i < 600; i += 1) {
      const year = rng.int(1990, 2100);
      const month = rng.int(1, 12);
      const weekStartsOn = rng.int(0, 6) as Weekday;
      const days = monthGrid(year, month, weekStartsOn).flat();
      expect(days).toHaveLength(42);
      expect(days[0].weekday).toBe(weekStartsOn);
      for (let d = 1; d < days.length; d += 1) {
        expect(days[d].key).toBe(addDays(days[d - 1].key, 1));
        expect(days[d].weekday).toBe((days[d - 1].weekday + 1) % 7);
      }
      const inMonth = days.filter((d) => d.inMonth);
      const length = new Date(Date.UTC(year, month, 0)).getUTCDate();
      expect(inMonth.map((d) => d.day)).toEqual(Array.from({ length }, (_, k) => k + 1));
      expect(inMonth.every((d) => d.year === year && d.month === month)).toBe(true);
      // The 1st is in the first row; the rows before and after the month are its neighbours'.
      expect(days.findIndex((d) => d.inMonth)).toBeLessThan(7);
      for (const d of days) {
        expect(new Date(`${d.key}T12:00:00Z`).getUTCDay()).toBe(d.weekday);
      }
    }
  });
});

describe("weekDays", () => {
  it("gives the Monday-to-Sunday week of a date, across a month end", () => {
    expect(weekDays("2026-04-01").map((d) => d.key)).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
    ]);
    expect(weekDays("2026-04-05", 0)[0].key).toBe("2026-04-05");
  });

  it("contains the date and starts on the chosen weekday, for generated dates", () => {
    const rng = seeded(5);
    for (let i = 0; i < 500; i += 1) {
      const key = addDays("2000-01-01", rng.int(0, 40_000));
      const start = rng.int(0, 6) as Weekday;
      const week = weekDays(key, start);
      expect(week.map((d) => d.key)).toContain(key);
      expect(week[0].weekday).toBe(start);
      expect(week[6].key).toBe(addDays(week[0].key, 6));
    }
  });

  it("rejects what is not a date", () => {
    expect(() => weekDays("2026-02-30")).toThrow(RangeError);
    expect(() => calendarDay("yesterday")).toThrow(RangeError);
  });
});

describe("dayKey", () => {
  it("reads the date in the given zone, not the device zone", () => {
    expect(dayKey("2026-03-01T16:30:00Z")).toBe("2026-03-02"); // 00:30 in Shanghai
    expect(dayKey("2026-03-01T15:59:59.999Z")).toBe("2026-03-01");
    expect(dayKey("2026-03-01T16:30:00Z", "UTC")).toBe("2026-03-01");
    expect(dayKey("2026-03-01T03:00:00Z", "America/New_York")).toBe("2026-02-28");
    expect(dayKey("nonsense")).toBeNull();
  });
});

const session = (id: string, startsAt: string, endsAt: string): SessionLike => ({ id, startsAt, endsAt });
const ids = (map: Map<string, SessionLike[]>) =>
  Object.fromEntries([...map].map(([k, v]) => [k, v.map((s) => s.id)]));

describe("groupSessionsByDay", () => {
  it("groups by the Shanghai date and lists a session past midnight on both days", () => {
    const grouped = groupSessionsByDay([
      session("night", "2026-03-02T12:00:00Z", "2026-03-02T18:00:00Z"), // 20:00-02:00 Shanghai
      session("morning", "2026-03-02T01:00:00Z", "2026-03-02T03:00:00Z"),
      session("early", "2026-03-02T00:00:00Z", "2026-03-02T01:00:00Z"),
      session("next", "2026-03-03T02:00:00Z", "2026-03-03T04:00:00Z"),
    ]);
    expect(ids(grouped)).toEqual({
      "2026-03-02": ["early", "morning", "night"],
      "2026-03-03": ["night", "next"],
    });
    expect([...grouped.keys()]).toEqual(["2026-03-02", "2026-03-03"]);
  });

  it("treats the end as exclusive and keeps a zero-length session on its day", () => {
    const grouped = groupSessionsByDay([
      session("toMidnight", "2026-03-02T10:00:00Z", "2026-03-02T16:00:00Z"), // 18:00-24:00
      session("instant", "2026-03-02T16:00:00Z", "2026-03-02T16:00:00Z"),
      session("broken", "soon", "2026-03-02T16:00:00Z"),
    ]);
    expect(ids(grouped)).toEqual({ "2026-03-02": ["toMidnight"], "2026-03-03": ["instant"] });
  });

  it("spans several days, and keeps only the range asked for", () => {
    const camp = session("camp", "2026-03-30T00:00:00Z", "2026-04-02T09:00:00Z");
    expect([...groupSessionsByDay([camp]).keys()]).toEqual([
      "2026-03-30",
      "2026-03-31",
      "2026-04-01",
      "2026-04-02",
    ]);
    expect([
      ...groupSessionsByDay([camp], "Asia/Shanghai", { from: "2026-04-01", to: "2026-04-30" }).keys(),
    ]).toEqual(["2026-04-01", "2026-04-02"]);
  });

  it("follows daylight-saving days in zones that have them", () => {
    // New York springs forward on 2026-03-08: that day has 23 hours.
    const grouped = groupSessionsByDay(
      [session("s", "2026-03-08T04:30:00Z", "2026-03-09T04:30:00Z")], // 23:30 on the 7th to 00:30 on the 9th
      "America/New_York",
    );
    expect([...grouped.keys()]).toEqual(["2026-03-07", "2026-03-08", "2026-03-09"]);
  });

  it("lists each session on exactly the days its time covers, for generated sessions and zones", () => {
    const zones = [
      "Asia/Shanghai",
      "UTC",
      "America/New_York",
      "Europe/London",
      "Asia/Kolkata",
      "Australia/Adelaide",
      "Pacific/Chatham",
    ];
    const rng = seeded(42);
    for (let round = 0; round < 150; round += 1) {
      const zone = rng.pick(zones);
      const base = Date.parse("2026-01-01T00:00:00Z") + rng.int(0, 365) * 86_400_000;
      const sessions: SessionLike[] = Array.from({ length: rng.int(1, 8) }, (_, i) => {
        const start = base + rng.int(0, 7 * 96) * 900_000 + rng.pick([0, 0, rng.int(0, 899_999)]);
        const end = start + rng.pick([0, rng.int(1, 96) * 900_000, rng.int(0, 72 * 3_600_000)]);
        return session(`s${i}`, new Date(start).toISOString(), new Date(end).toISOString());
      });
      const grouped = groupSessionsByDay(sessions, zone);
      // Independent reading of the local date: the sv-SE form is "YYYY-MM-DD hh:mm:ss".
      const local = (ms: number) => new Date(ms).toLocaleString("sv-SE", { timeZone: zone }).slice(0, 10);
      for (const s of sessions) {
        const start = Date.parse(s.startsAt);
        const end = Date.parse(s.endsAt);
        const expected = new Set([local(start)]);
        // Every zone's offset is a multiple of 15 minutes, so a day boundary falls on this grid.
        for (let t = Math.ceil(start / 900_000) * 900_000; t < end; t += 900_000) expected.add(local(t));
        if (end > start) expected.add(local(end - 1));
        const shown = [...grouped].filter(([, list]) => list.includes(s)).map(([k]) => k);
        expect(new Set(shown)).toEqual(expected);
      }
      const keys = [...grouped.keys()];
      expect(keys).toEqual([...keys].sort());
      for (const list of grouped.values()) {
        expect(new Set(list).size).toBe(list.length);
        for (let i = 1; i < list.length; i += 1) {
          expect(Date.parse(list[i - 1].startsAt)).toBeLessThanOrEqual(Date.parse(list[i].startsAt));
        }
      }
    }
  });
});
