/** Whether a hit is allowed, and if not, how many seconds until the window resets. */
export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export interface RateLimit {
  limit: number;
  windowMs: number;
}

export interface RateLimiter {
  /** Counts one hit for `key`; not ok once the key is over its limit in this window. */
  hit(key: string, now: number): RateDecision;
  /** Whether `key` has already used its whole limit in this window, without counting a hit. */
  peek(key: string, now: number): RateDecision;
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
  const turn = (now: number) => {
    const start = Math.floor(now / rate.windowMs) * rate.windowMs;
    if (start !== windowStart) {
      windowStart = start;
      counts.clear();
    }
    return start;
  };
  const refuse = (start: number, now: number): RateDecision => ({
    ok: false,
    retryAfterSeconds: Math.max(1, Math.ceil((start + rate.windowMs - now) / 1000)),
  });
  return {
    hit(key, now) {
      const start = turn(now);
      const count = counts.get(key);
      if (count === undefined && counts.size >= maxKeys) return { ok: true };
      const next = (count ?? 0) + 1;
      counts.set(key, next);
      return next <= rate.limit ? { ok: true } : refuse(start, now);
    },
    peek(key, now) {
      const start = turn(now);
      return (counts.get(key) ?? 0) < rate.limit ? { ok: true } : refuse(start, now);
    },
  };
}
