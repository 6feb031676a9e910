import { createRateLimiter, type RateDecision, type RateLimit } from "./create-rate-limiter";

/** The handler's `rateLimit` option: `false` turns limiting off, as does `false` for one of the two. */
export type RateLimitOption = false | { perIp?: RateLimit | false; perForm?: RateLimit | false };

/**
 * Rejected requests (4xx other than 409 and 429) one IP may send per window before every request from
 * it answers 429. Valid leads never count, so a booth sending thousands of queued leads from one IP
 * never hits it, while a flood of junk is cut off after 60 bodies.
 */
export const DEFAULT_REJECTED_PER_IP: RateLimit = { limit: 60, windowMs: 60_000 };
/**
 * New leads one form may accept per window: a guard for the system behind `onLead`, sized above any
 * trade show (five kiosks syncing 2,000 queued leads each at once stay under it).
 */
export const DEFAULT_LEADS_PER_FORM: RateLimit = { limit: 10_000, windowMs: 60_000 };

const OK: RateDecision = { ok: true };

/** The two limits the receiver applies, keyed by client IP and by formId. */
export interface LeadRateLimits {
  /** Before anything is read: refuse an IP that has sent too many rejected requests in this window. */
  blocked(ip: string | null | undefined, now: number): RateDecision;
  /** After a request was rejected (400, 403, 405, 408, 413, 415, 422): count it against its IP. */
  rejected(ip: string | null | undefined, now: number): void;
  /** Before a new lead goes to `onLead`: count it against its form. */
  newLead(formId: string, now: number): RateDecision;
}

/**
 * Builds the limits from the `rateLimit` option (defaults above; no IP, no per-IP limit).
 *
 * @example
 * const limits = createLeadRateLimits(undefined);
 * if (!limits.blocked(ip, now).ok) return 429;
 */
export function createLeadRateLimits(option: RateLimitOption | undefined): LeadRateLimits {
  const given = option === false ? { perIp: false as const, perForm: false as const } : (option ?? {});
  const perIp = given.perIp === false ? null : createRateLimiter(given.perIp ?? DEFAULT_REJECTED_PER_IP);
  const perForm = given.perForm === false ? null : createRateLimiter(given.perForm ?? DEFAULT_LEADS_PER_FORM);
  return {
    blocked: (ip, now) => (ip && perIp ? perIp.peek(ip, now) : OK),
    rejected: (ip, now) => void (ip && perIp?.hit(ip, now)),
    newLead: (formId, now) => (perForm ? perForm.hit(formId, now) : OK),
  };
}
