// The check-in screen's code rotation: a new code is opened shortly before the shown one expires
// (openCheckIn replaces the last code at once, so rotating early would void a code people are
// still typing; rotating late would show an expired one).

/** Seconds each code is valid for, to choose from on the check-in screen. */
export const VALIDITY_CHOICES = [60, 120, 300] as const;
export const DEFAULT_VALIDITY = 60;
/** How long before expiry the next code is opened. */
export const ROTATE_LEAD_MS = 5_000;
/** The shortest wait between two codes, so a clock glitch cannot make the screen spin. */
export const MIN_ROTATION_MS = 2_000;

/**
 * The server's clock reading when it issued a code: openCheckIn gives `expiresAt` =
 * now + validSeconds by the server's clock, so this is a sample of the server's time (for
 * createServerClock) without a separate field.
 */
export function issuedAt(expiresAt: string, validSeconds: number): string | null {
  const ms = Date.parse(expiresAt);
  if (!Number.isFinite(ms)) return null;
  return new Date(ms - validSeconds * 1000).toISOString();
}

/** Milliseconds from `serverNow` until the next code should be opened. */
export function rotationDelay(
  expiresAt: string,
  serverNow: number,
  validSeconds: number,
  lead: number = ROTATE_LEAD_MS,
): number {
  const expires = Date.parse(expiresAt);
  if (!Number.isFinite(expires)) return MIN_ROTATION_MS;
  // Never lead by more than half the validity: a 10 s code is shown for at least 5 s.
  const effectiveLead = Math.min(lead, (validSeconds * 1000) / 2);
  return Math.max(MIN_ROTATION_MS, expires - effectiveLead - serverNow);
}

/** "560 837": six digits in two groups, easier to read off a projector. */
export function groupDigits(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}

/** What an officer typed, as the code to send: digits only ("560 837" -> "560837"), full-width
 * digits (a Chinese input method's) as ASCII ones. */
export function normalizeCode(typed: string): string {
  return typed
    .replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/\D/g, "");
}
