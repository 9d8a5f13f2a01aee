import { renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createServerClock } from "../../lib/countdown";
import { useRemaining } from "./serverClock";

describe("useRemaining", () => {
  it("follows a new clock sample on the very render it causes (no stale zero to auto-submit on)", () => {
    const server = Date.parse("2026-12-04T18:00:00Z");
    const device = server + 3 * 3600_000; // three hours fast
    const clock = createServerClock(() => device);
    const deadline = new Date(server + 30 * 60_000).toISOString();
    const seen: number[] = [];
    const { rerender } = renderHook(({ version }) => {
      const left = useRemaining(deadline, version, clock);
      seen.push(left);
      return left;
    }, { initialProps: { version: 0 } });
    expect(seen.at(-1)).toBe(0); // by the device's clock the time is up
    clock.sample(new Date(server).toISOString(), device - 10, device + 10);
    const before = seen.length;
    rerender({ version: 1 });
    expect(seen.length).toBeGreaterThan(before);
    expect(seen.slice(before)).toEqual(seen.slice(before).map(() => 30 * 60_000));
  });

  it("is zero without a deadline", () => {
    const { result } = renderHook(() => useRemaining(null, 0, createServerClock(() => 0)));
    expect(result.current).toBe(0);
  });
});

describe("useRemaining at the deadline", () => {
  it("renders zero even when the time runs out between a render and its effect", async () => {
    let device = 1_000_000;
    const clock = createServerClock(() => device);
    const deadline = new Date(1_000_500).toISOString();
    const { result } = renderHook(() => {
      const left = useRemaining(deadline, 0, clock);
      device += 600; // each render reads the clock, then time passes before the effect
      return left;
    });
    await waitFor(() => expect(result.current).toBe(0));
  });
});
