/**
 * Exam countdowns from the server's clock, not the device's: a phone whose clock is hours off (or
 * set by hand) still shows the right time left.
 *
 * Each response that carries the server's time gives a sample: the server read its clock somewhere
 * between `clientSentAt` and `clientReceivedAt` (device time), so taking the midpoint the offset is
 * known to within half the round trip. The sample with the smallest round trip wins, unless a new
 * sample contradicts it (their error bands do not overlap: the device clock was changed), in
 * which case the new sample replaces it.
 */

export interface ServerClock {
  /** Adds a sample; returns false (and ignores it) when it is unusable. */
  sample(serverNow: string, clientSentAt: number, clientReceivedAt: number): boolean;
  /** Estimated server time minus device time, in ms (0 before any sample). */
  offset(): number;
  /** Half the best sample's round trip: the offset's error bound (null before any sample). */
  uncertainty(): number | null;
  /** Estimated server time now, epoch ms. */
  now(): number;
}

export interface Clock {
  now(): number;
}

/** Slack when comparing error bands: the server's clock reading itself is rounded. */
const TOLERANCE_MS = 50;

export function createServerClock(deviceNow: () => number = () => Date.now()): ServerClock {
  let best: { offset: number; roundTrip: number } | null = null;
  return {
    sample(serverNow, clientSentAt, clientReceivedAt) {
      const server = Date.parse(serverNow);
      const roundTrip = clientReceivedAt - clientSentAt;
      if (!Number.isFinite(server) || !Number.isFinite(roundTrip) || roundTrip < 0) return false;
      const offset = server - (clientSentAt + roundTrip / 2);
      if (best === null || roundTrip <= best.roundTrip) {
        best = { offset, roundTrip };
      } else if (Math.abs(offset - best.offset) > (roundTrip + best.roundTrip) / 2 + TOLERANCE_MS) {
        best = { offset, roundTrip };
      }
      return true;
    },
    offset: () => best?.offset ?? 0,
    uncertainty: () => (best ? best.roundTrip / 2 : null),
    now: () => deviceNow() + (best?.offset ?? 0),
  };
}

/** Milliseconds left until the deadline by the given (server) clock; never negative. */
export function remaining(deadlineISO: string, clock: Clock): number {
  const deadline = Date.parse(deadlineISO);
  if (!Number.isFinite(deadline)) return 0;
  return Math.max(0, deadline - clock.now());
}

/** Whole seconds shown for `ms` left: rounded up, so "00:00" means the time is really up. */
const shownSeconds = (ms: number): number => (Number.isFinite(ms) && ms > 0 ? Math.ceil(ms / 1000) : 0);

const two = (n: number): string => String(n).padStart(2, "0");

/** `"mm:ss"` under an hour, `"h:mm:ss"` from an hour on. */
export function formatRemaining(ms: number): string {
  const total = shownSeconds(ms);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${two(minutes)}:${two(seconds)}`;
}

export type WarningLevel = "normal" | "warning" | "danger";

/** 'warning' under 5 minutes, 'danger' under 1 minute, judged on the time shown. */
export function warningLevel(ms: number): WarningLevel {
  const seconds = shownSeconds(ms);
  if (seconds < 60) return "danger";
  if (seconds < 300) return "warning";
  return "normal";
}

/** Milliseconds until the shown value next changes (for a timer that ticks on the second). */
export function nextTickDelay(ms: number): number {
  if (!Number.isFinite(ms) || ms <= 0) return 1000;
  return ms % 1000 || 1000;
}
