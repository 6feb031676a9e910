import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseRetryAfter, retryDelay } from "../../src/delivery/retry-delay";

describe("retryDelay", () => {
  it("doubles the window each attempt from a one-second base", () => {
    const top = (attempt: number) => retryDelay(attempt, { random: () => 1 });
    expect([1, 2, 3, 4, 5].map(top)).toEqual([1000, 2000, 4000, 8000, 16000]);
  });

  it("never waits less than half the window (equal jitter)", () => {
    expect(retryDelay(1, { random: () => 0 })).toBe(500);
    expect(retryDelay(4, { random: () => 0 })).toBe(4000);
  });

  it("caps the backoff at five minutes by default", () => {
    expect(retryDelay(30, { random: () => 1 })).toBe(300_000);
    expect(retryDelay(10_000, { random: () => 1 })).toBe(300_000);
  });

  it("stays within [window/2, window] for every attempt and random value", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const window = Math.min(300_000, 1000 * 2 ** (attempt - 1));
        const delay = retryDelay(attempt, { random: () => r });
        return Number.isFinite(delay) && delay >= Math.floor(window / 2) && delay <= window;
      }),
    );
  });

  it("never goes below a Retry-After in seconds", () => {
    expect(retryDelay(1, { random: () => 0.5, retryAfter: "120" })).toBe(120_000);
  });

  it("honours a Retry-After HTTP date relative to now", () => {
    const now = Date.parse("2026-11-23T12:00:00Z");
    expect(retryDelay(1, { random: () => 0, retryAfter: "Mon, 23 Nov 2026 12:10:00 GMT", now })).toBe(600_000);
  });

  it("keeps the backoff when Retry-After is shorter", () => {
    expect(retryDelay(5, { random: () => 1, retryAfter: "1" })).toBe(16_000);
  });

  it("caps Retry-After at one hour", () => {
    expect(retryDelay(1, { random: () => 0, retryAfter: "999999" })).toBe(3_600_000);
  });

  it("ignores a garbage Retry-After", () => {
    for (const garbage of ["soon", "-5", "1.5", "", "   ", "12abc"]) {
      expect(retryDelay(1, { random: () => 0, retryAfter: garbage })).toBe(500);
    }
  });

  it("is never below any valid Retry-After (up to the cap)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 10_000 }), (attempt, seconds) => {
        const delay = retryDelay(attempt, { random: Math.random, retryAfter: String(seconds) });
        return delay >= Math.min(seconds * 1000, 3_600_000) && delay <= Math.max(300_000, 3_600_000);
      }),
    );
  });
});

describe("parseRetryAfter", () => {
  it("reads delta-seconds", () => {
    expect(parseRetryAfter("30", 0)).toBe(30_000);
  });

  it("reads an HTTP date in the past as zero", () => {
    expect(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("2020-01-01T00:00:00Z"))).toBe(0);
  });

  it("returns null for a missing or unreadable header", () => {
    expect(parseRetryAfter(null, 0)).toBeNull();
    expect(parseRetryAfter("Friday", 0)).toBeNull();
    expect(parseRetryAfter("Fri, not a date", 0)).toBeNull();
  });
});
