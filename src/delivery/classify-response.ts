/** What to do with a lead after the endpoint answered with a status. */
export type ResponseClass = "delivered" | "retry" | "failed";

/**
 * Statuses that mean "try again later" rather than "this lead is refused" (SPEC 5), plus 409:
 * our own handler (SPEC 8) answers 409 while the same leadId is still being handled, e.g. when two
 * tabs race; retrying then gets the 200 replay instead of a spurious "failed" lead.
 */
const RETRY_STATUSES = new Set([408, 409, 425, 429]);

/**
 * Maps an HTTP status to the outbox decision: 2xx delivered; 408, 409, 425, 429 and 5xx retried;
 * every other status (other 4xx, and 1xx/3xx which fetch should never surface) failed and kept.
 *
 * @example
 * classifyResponse(202); // "delivered"
 * classifyResponse(503); // "retry"
 * classifyResponse(400); // "failed"
 */
export function classifyResponse(status: number): ResponseClass {
  if (status >= 200 && status < 300) return "delivered";
  if (RETRY_STATUSES.has(status) || (status >= 500 && status < 600)) return "retry";
  return "failed";
}

/**
 * Whether a status is worth retrying with the same leadId.
 *
 * @example
 * isRetryableStatus(429); // true
 */
export function isRetryableStatus(status: number): boolean {
  return classifyResponse(status) === "retry";
}
