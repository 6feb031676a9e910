/** Whether a hit is allowed, and if not, how many seconds until the window resets. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimiter {
  hit(key: string, now: number): RateDecision;
}

/**
 * A fixed-window counter per key (IP address or formId). Memory is bounded: counters are dropped when
 * the window turns over, and beyond `maxKeys` distinct keys in one window new keys are let through
 * uncounted. Failing open there is deliberate: a lead lost to a limiter under a botnet is worse than a
 * few unthrottled requests, and the dedupe store and schema still apply.
 *
 * @example
 * const limiter = createRateLimiter({ limit: 60, windowMs: 60_000 });
 * limiter.hit("203.0.113.7", Date.now()); // { ok: true }
 */
export function createRateLimiter(rate: RateLimit, maxKeys = 10_000): RateLimiter {
  const counts = new Map<string, number>();
  let windowStart = -Infinity;
  return {
    hit(key, now) {
      const start = Math.floor(now / rate.windowMs) * rate.windowMs;
      if (start !== windowStart) {
        windowStart = start;
        counts.clear();
      }
      const count = counts.get(key);
      if (count === undefined && counts.size >= maxKeys) return { ok: true };
      const next = (count ?? 0) + 1;
      counts.set(key, next);
      if (next <= rate.limit) return { ok: true };
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((start + rate.windowMs - now) / 1000)) };
    },
  };
}
