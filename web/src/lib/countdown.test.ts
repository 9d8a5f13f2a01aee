import { describe, expect, it } from "vitest";
import { createServerClock, formatRemaining, nextTickDelay, remaining, warningLevel } from "./countdown";
import { seeded } from "./testing";

/** A simulated world: true time, a device clock `skew` ms off it, and one request's timings. */
function world(start: number, skew: number) {
  let trueNow = start;
  const device = () => trueNow + skew;
  /** A request that takes `up` ms to reach the server and `down` ms back. */
  const request = (up: number, down: number) => {
    const sentAt = device();
    trueNow += up;
    const serverNow = new Date(trueNow).toISOString();
    trueNow += down;
    return { serverNow, sentAt, receivedAt: device() };
  };
  return { device, request, advance: (ms: number) => (trueNow += ms), trueNow: () => trueNow };
}

describe("createServerClock", () => {
  it("uses the device clock until the first sample", () => {
    const clock = createServerClock(() => 1_000_000);
    expect(clock.offset()).toBe(0);
    expect(clock.uncertainty()).toBeNull();
    expect(clock.now()).toBe(1_000_000);
  });

  it("takes the midpoint of the round trip", () => {
    const clock = createServerClock(() => 0);
    expect(clock.sample("2026-03-01T08:00:00.000Z", 1000, 1400)).toBe(true);
    expect(clock.offset()).toBe(Date.parse("2026-03-01T08:00:00.000Z") - 1200);
    expect(clock.uncertainty()).toBe(200);
  });

  it("keeps the sample with the smallest round trip", () => {
    const clock = createServerClock(() => 0);
    clock.sample(new Date(10_100).toISOString(), 10_000, 10_200); // rtt 200, offset 0
    clock.sample(new Date(20_050).toISOString(), 20_000, 20_600); // rtt 600, offset -250: consistent
    expect(clock.offset()).toBe(0);
    clock.sample(new Date(30_020).toISOString(), 30_000, 30_020); // rtt 20, offset 10
    expect(clock.offset()).toBe(10);
    expect(clock.uncertainty()).toBe(10);
  });

  it("starts over when a sample contradicts the best one (the device clock was changed)", () => {
    const clock = createServerClock(() => 0);
    clock.sample(new Date(10_010).toISOString(), 10_000, 10_020);
    expect(clock.offset()).toBe(0);
    // The user set the device clock an hour ahead: a slower sample now says offset -1 h.
    const hour = 3_600_000;
    clock.sample(new Date(20_000).toISOString(), 20_000 + hour - 200, 20_000 + hour + 200);
    expect(clock.offset()).toBe(-hour);
  });

  it("ignores unusable samples", () => {
    const clock = createServerClock(() => 0);
    expect(clock.sample("not a date", 0, 10)).toBe(false);
    expect(clock.sample(new Date(0).toISOString(), 10, 5)).toBe(false);
    expect(clock.sample(new Date(0).toISOString(), Number.NaN, 5)).toBe(false);
    expect(clock.uncertainty()).toBeNull();
  });

  it("gives the right time left on a device clock hours off, within half the best round trip", () => {
    for (let seed = 1; seed <= 500; seed += 1) {
      const rng = seeded(seed);
      const skew = rng.pick([-1, 1]) * rng.int(0, 12 * 3_600_000); // up to 12 h either way
      const w = world(Date.parse("2026-05-01T00:00:00Z") + rng.int(0, 1e9), skew);
      const clock = createServerClock(w.device);
      const deadline = new Date(w.trueNow() + rng.int(1, 3 * 3_600_000)).toISOString();
      let bestHalfTrip = Infinity;
      for (let i = rng.int(1, 8); i > 0; i -= 1) {
        const up = rng.int(5, 2000);
        const down = rng.int(5, 2000); // asymmetric links too
        const r = w.request(up, down);
        clock.sample(r.serverNow, r.sentAt, r.receivedAt);
        bestHalfTrip = Math.min(bestHalfTrip, (up + down) / 2);
        w.advance(rng.int(0, 60_000));
      }
      const truth = Math.max(0, Date.parse(deadline) - w.trueNow());
      const left = remaining(deadline, clock);
      expect(Math.abs(left - truth)).toBeLessThanOrEqual(bestHalfTrip);
      expect(clock.uncertainty()).toBe(bestHalfTrip);
    }
  });
});

describe("remaining", () => {
  it("counts down to the deadline and never goes negative", () => {
    const deadline = "2026-03-01T08:30:00+08:00";
    const at = (iso: string) => ({ now: () => Date.parse(iso) });
    expect(remaining(deadline, at("2026-03-01T00:00:00Z"))).toBe(30 * 60_000);
    expect(remaining(deadline, at("2026-03-01T00:30:00Z"))).toBe(0);
    expect(remaining(deadline, at("2026-03-01T05:00:00Z"))).toBe(0);
    expect(remaining("garbage", at("2026-03-01T00:00:00Z"))).toBe(0);
  });
});

describe("formatRemaining", () => {
  it("shows mm:ss under an hour and h:mm:ss from an hour on, rounding up", () => {
    expect(formatRemaining(0)).toBe("00:00");
    expect(formatRemaining(-5)).toBe("00:00");
    expect(formatRemaining(Number.NaN)).toBe("00:00");
    expect(formatRemaining(1)).toBe("00:01");
    expect(formatRemaining(59_001)).toBe("01:00");
    expect(formatRemaining(5 * 60_000)).toBe("05:00");
    expect(formatRemaining(3_599_000)).toBe("59:59");
    expect(formatRemaining(3_600_000)).toBe("1:00:00");
    expect(formatRemaining(2 * 3_600_000 + 5 * 60_000 + 7_000)).toBe("2:05:07");
    expect(formatRemaining(100 * 3_600_000)).toBe("100:00:00");
  });

  it("reads back as the seconds left, rounded up, for any duration", () => {
    const rng = seeded(7);
    for (let i = 0; i < 2000; i += 1) {
      const ms = rng.int(0, 30 * 3_600_000);
      const text = formatRemaining(ms);
      expect(text).toMatch(/^(\d+:[0-5]\d:[0-5]\d|[0-5]\d:[0-5]\d)$/);
      const parts = text.split(":").map(Number);
      const seconds = parts.reduce((acc, n) => acc * 60 + n, 0);
      expect(seconds).toBe(Math.ceil(ms / 1000));
      expect(parts.length === 3).toBe(ms > 3_599_000);
    }
  });
});

describe("warningLevel", () => {
  it("warns under 5 minutes and alarms under 1 minute, as shown", () => {
    expect(warningLevel(60 * 60_000)).toBe("normal");
    expect(warningLevel(5 * 60_000)).toBe("normal"); // shows 05:00
    expect(warningLevel(5 * 60_000 - 1000)).toBe("warning"); // shows 04:59
    expect(warningLevel(4 * 60_000 + 59_001)).toBe("normal"); // still shows 05:00
    expect(warningLevel(60_000)).toBe("warning");
    expect(warningLevel(59_000)).toBe("danger");
    expect(warningLevel(0)).toBe("danger");
  });

  it("never gets calmer as time runs out", () => {
    const rank = { normal: 0, warning: 1, danger: 2 };
    let previous = 0;
    for (let ms = 10 * 60_000; ms >= 0; ms -= 250) {
      const level = rank[warningLevel(ms)];
      expect(level).toBeGreaterThanOrEqual(previous);
      previous = level;
    }
  });
});

describe("nextTickDelay", () => {
  it("waits until the shown value changes", () => {
    expect(nextTickDelay(5_300)).toBe(300); // 00:06 -> 00:05 at 5000 ms left
    expect(nextTickDelay(5_000)).toBe(1000);
    expect(nextTickDelay(0)).toBe(1000);
    const rng = seeded(3);
    for (let i = 0; i < 1000; i += 1) {
      const ms = rng.int(1, 10_000_000);
      const delay = nextTickDelay(ms);
      expect(formatRemaining(ms - delay)).not.toBe(formatRemaining(ms));
      expect(formatRemaining(ms - delay + 1)).toBe(formatRemaining(ms));
    }
  });
});
