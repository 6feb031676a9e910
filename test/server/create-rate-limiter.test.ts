import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createRateLimiter } from "../../src/server/create-rate-limiter";

describe("createRateLimiter", () => {
  it("allows exactly `limit` hits per key and window, whatever the order", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 80 }), (limit, keys) => {
        const limiter = createRateLimiter({ limit, windowMs: 1000 });
        const allowed: Record<string, number> = {};
        for (const key of keys) if (limiter.hit(key, 500).ok) allowed[key] = (allowed[key] ?? 0) + 1;
        return Object.entries(allowed).every(([key, n]) => n === Math.min(limit, keys.filter((k) => k === key).length));
      }),
    );
  });

  it("says how many seconds remain in the window", () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    limiter.hit("ip", 1_000);
    expect(limiter.hit("ip", 1_000)).toEqual({ ok: false, retryAfterSeconds: 59 });
    expect(limiter.hit("ip", 60_000)).toEqual({ ok: true });
  });

  it("lets new keys through uncounted beyond its key bound", () => {
    const limiter = createRateLimiter({ limit: 0, windowMs: 1000 }, 2);
    expect(limiter.hit("a", 0).ok).toBe(false);
    expect(limiter.hit("b", 0).ok).toBe(false);
    expect(limiter.hit("c", 0).ok).toBe(true);
  });

  it("peeks without counting: a key is refused only once it has used its whole limit", () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
    expect(limiter.peek("ip", 0)).toEqual({ ok: true });
    limiter.hit("ip", 0);
    expect(limiter.peek("ip", 0)).toEqual({ ok: true });
    limiter.hit("ip", 0);
    expect(limiter.peek("ip", 30_000)).toEqual({ ok: false, retryAfterSeconds: 30 });
    expect(limiter.peek("ip", 60_000)).toEqual({ ok: true });
  });
});
