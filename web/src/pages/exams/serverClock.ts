/**
 * The server's clock for exam countdowns, shared by every page of the domain. The API has no
 * field with the server's time, so samples come from the `Date` header of `/healthz` (see
 * `dateHeaderSample`): a few at first, then one a minute, and one each time the network returns.
 */
import { useEffect, useState } from "react";
import { createServerClock, nextTickDelay, remaining, type ServerClock } from "../../lib/countdown";
import { dateHeaderSample } from "./paper";

export const serverClock: ServerClock = createServerClock();

/** One sample; false when the request failed or carried no usable `Date`. */
export async function sampleServerClock(
  clock: ServerClock = serverClock,
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  now: () => number = () => Date.now(),
): Promise<boolean> {
  const sentAt = now();
  let header: string | null;
  try {
    const response = await fetchImpl("/healthz", { cache: "no-store" });
    header = response.headers.get("date");
  } catch {
    return false;
  }
  const sample = dateHeaderSample(header, sentAt, now());
  return sample ? clock.sample(...sample) : false;
}

const FIRST_SAMPLES = 3;
const RESAMPLE_MS = 60_000;

/** Keeps `serverClock` sampled while mounted; the number changes after each new sample. */
export function useServerClockSync(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const run = async (count: number) => {
      for (let i = 0; i < count && !stopped; i++) {
        if (await sampleServerClock()) setVersion((v) => v + 1);
      }
      if (!stopped) timer = setTimeout(() => void run(1), RESAMPLE_MS);
    };
    void run(FIRST_SAMPLES);
    const onOnline = () => void sampleServerClock().then((ok) => ok && !stopped && setVersion((v) => v + 1));
    window.addEventListener("online", onOnline);
    return () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      window.removeEventListener("online", onOnline);
    };
  }, []);
  return version;
}

/**
 * Milliseconds left to `deadline` by the server's clock, computed at each render (never a value
 * from before the latest clock sample), re-rendering as the shown second changes.
 */
export function useRemaining(deadline: string | null, clockVersion: number, clock: ServerClock = serverClock): number {
  const [, setTick] = useState(0);
  const left = deadline ? remaining(deadline, clock) : 0;
  useEffect(() => {
    // Until a render has shown zero: the time may run out between the render and this effect,
    // and that render still needs its successor showing 00:00.
    if (!deadline || left <= 0) return;
    const now = remaining(deadline, clock);
    const timer = setTimeout(() => setTick((t) => t + 1), now <= 0 ? 0 : nextTickDelay(now));
    return () => clearTimeout(timer);
  });
  void clockVersion; // a new sample re-renders through the caller's state
  return left;
}
