/** Options of {@link retryDelay}; `random` is passed in so the function stays pure. */
export interface RetryDelayOptions {
  /** First backoff step (default 1 s). */
  baseMs?: number;
  /** Ceiling of the exponential backoff (default 5 min). */
  capMs?: number;
  /** Ceiling applied to a server's Retry-After (default 1 h), so a bad header cannot park a lead for days. */
  retryAfterCapMs?: number;
  /** A source of numbers in [0, 1), e.g. Math.random. */
  random: () => number;
  /** The raw Retry-After header: delta-seconds or an HTTP date; garbage is ignored. */
  retryAfter?: string | null;
  /** The current time in ms, needed to turn an HTTP-date Retry-After into a delay. */
  now?: number;
}

export const DEFAULT_BASE_MS = 1_000;
export const DEFAULT_CAP_MS = 5 * 60_000;
export const DEFAULT_RETRY_AFTER_CAP_MS = 60 * 60_000;

/**
 * How long to wait before attempt number `attempt + 1`, given `attempt` failures so far (1-based).
 *
 * Exponential backoff with *equal jitter*: the window is `min(cap, base * 2^(attempt-1))`, and the delay is
 * half the window plus a random share of the other half. Equal rather than full jitter because a
 * trade-show booth of tablets coming back online together should still spread out, while a single
 * device never retries immediately (full jitter can return ~0 ms).
 * A Retry-After header is a floor: the delay is never below it (capped at `retryAfterCapMs`).
 *
 * @example
 * retryDelay(1, { random: () => 0 });            // 500
 * retryDelay(3, { random: () => 0.999 });        // ~4000
 * retryDelay(1, { random: Math.random, retryAfter: "120" }); // 120000
 */
export function retryDelay(attempt: number, opts: RetryDelayOptions): number {
  const base = opts.baseMs ?? DEFAULT_BASE_MS;
  const cap = opts.capMs ?? DEFAULT_CAP_MS;
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  // 2 ** 1024 is Infinity; min() keeps the window finite.
  const window = Math.min(cap, base * 2 ** Math.min(exponent, 60));
  const r = Math.min(Math.max(opts.random(), 0), 1);
  const backoff = Math.round(window / 2 + (window / 2) * r);
  const floor = parseRetryAfter(opts.retryAfter, opts.now ?? 0);
  if (floor === null) return backoff;
  return Math.max(backoff, Math.min(floor, opts.retryAfterCapMs ?? DEFAULT_RETRY_AFTER_CAP_MS));
}

/**
 * Parses a Retry-After header (RFC 9110 10.2.3) into milliseconds from `now`; null when absent or garbage.
 * A date in the past gives 0.
 *
 * @example
 * parseRetryAfter("30", 0); // 30000
 * parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", Date.parse("2015-10-21T07:27:00Z")); // 60000
 * parseRetryAfter("soon", 0); // null
 */
export function parseRetryAfter(header: string | null | undefined, now: number): number | null {
  if (header == null) return null;
  const value = header.trim();
  if (value === "") return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // Only accept things that look like an HTTP date; Date.parse alone accepts "1" or "2020".
  if (!/^[A-Za-z]{3},? /.test(value)) return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}
