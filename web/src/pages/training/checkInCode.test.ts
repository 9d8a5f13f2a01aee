import { describe, expect, it } from "vitest";
import { createServerClock } from "../../lib/countdown";
import { groupDigits, issuedAt, MIN_ROTATION_MS, normalizeCode, rotationDelay } from "./checkInCode";

describe("check-in code rotation", () => {
  it("reads the server's issue time off expiresAt", () => {
    expect(issuedAt("2026-12-04T18:53:51.809Z", 60)).toBe("2026-12-04T18:52:51.809Z");
    expect(issuedAt("nonsense", 60)).toBeNull();
  });

  it("gives a server clock that ignores a device clock hours off", () => {
    const deviceNow = Date.parse("2026-12-04T10:00:00Z"); // device 8h 52m behind
    const clock = createServerClock(() => deviceNow + 1000);
    const issued = issuedAt("2026-12-04T18:53:51Z", 60)!;
    expect(clock.sample(issued, deviceNow, deviceNow + 200)).toBe(true);
    const delay = rotationDelay("2026-12-04T18:53:51Z", clock.now(), 60);
    // Server time now = issue time + 0.9 s (1 s on the device minus half the round trip).
    expect(delay).toBe(60_000 - 5_000 - 900);
  });

  it("rotates a few seconds before expiry, never sooner than the minimum", () => {
    const expires = "2026-12-04T18:01:00Z";
    const now = Date.parse("2026-12-04T18:00:00Z");
    expect(rotationDelay(expires, now, 60)).toBe(55_000);
    expect(rotationDelay(expires, now + 58_000, 60)).toBe(MIN_ROTATION_MS);
    expect(rotationDelay("2026-12-04T18:00:10Z", now, 10)).toBe(5_000); // half of a 10 s code
    expect(rotationDelay("bad", now, 60)).toBe(MIN_ROTATION_MS);
  });

  it("groups and normalizes codes", () => {
    expect(groupDigits("560837")).toBe("560 837");
    expect(groupDigits("12")).toBe("12");
    expect(normalizeCode(" 560 837 ")).toBe("560837");
    expect(normalizeCode("５６0837")).toBe("560837"); // full-width digits from a Chinese IME
  });
});
