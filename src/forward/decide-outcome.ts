import { classifyResponse } from "../delivery/classify-response";
import { retryDelay } from "../delivery/retry-delay";

/** What one attempt got: an HTTP answer, or no answer at all. */
export type AttemptResult =
  | { kind: "response"; status: number; retryAfter: string | null; text: string }
  | { kind: "timeout" | "network"; message: string };

export type Outcome =
  | { status: "delivered"; httpStatus: number; note: string }
  | { status: "pending"; nextAt: number; httpStatus: number | null; error: string }
  | { status: "dead"; httpStatus: number | null; error: string };

export interface OutcomeOptions {
  /** Attempts made so far, this one included. */
  attempts: number;
  maxAttempts: number;
  now: number;
  random: () => number;
  /** Backoff: first window and ceiling (default 10 s and 1 h). */
  baseMs?: number;
  capMs?: number;
}

/**
 * What the queue does after an attempt: 2xx delivered; network errors, timeouts, 408/409/425/429 and 5xx
 * retried with exponential backoff and jitter, never sooner than a Retry-After; dead after `maxAttempts`,
 * or at once for any other answer (a 400 from a wrong field mapping does not heal by retrying). Pure; the
 * rules are the widget's own (src/delivery), so a lead is retried the same way at every hop.
 *
 * @example decideOutcome({ kind: "response", status: 429, retryAfter: "30", text: "" }, { attempts: 1, maxAttempts: 12, now: 0, random: () => 0 })
 * // { status: "pending", nextAt: 30000, httpStatus: 429, error: "429 (Retry-After 30)" }
 */
export function decideOutcome(result: AttemptResult, options: OutcomeOptions): Outcome {
  const httpStatus = result.kind === "response" ? result.status : null;
  const error = describeAttempt(result);
  if (result.kind === "response") {
    const verdict = classifyResponse(result.status);
    if (verdict === "delivered") return { status: "delivered", httpStatus: result.status, note: error };
    if (verdict === "failed") return { status: "dead", httpStatus, error };
  }
  if (options.attempts >= options.maxAttempts) return { status: "dead", httpStatus, error: `${error}; gave up after ${options.attempts} attempts` };
  const delay = retryDelay(options.attempts, {
    baseMs: options.baseMs ?? 10_000,
    capMs: options.capMs ?? 3_600_000,
    random: options.random,
    retryAfter: result.kind === "response" ? result.retryAfter : null,
    now: options.now,
  });
  return { status: "pending", nextAt: options.now + delay, httpStatus, error };
}

/**
 * One line about an attempt for the desk: `503 Service Unavailable: <first 200 characters of the body>`.
 *
 * @example describeAttempt({ kind: "timeout", message: "no answer within 10 s" }) // "timeout: no answer within 10 s"
 */
export function describeAttempt(result: AttemptResult): string {
  if (result.kind !== "response") return `${result.kind}: ${result.message}`;
  const text = result.text.replace(/\s+/g, " ").trim().slice(0, 200);
  const after = result.status === 429 || result.status === 503 ? (result.retryAfter ? ` (Retry-After ${result.retryAfter})` : "") : "";
  return `${result.status}${after}${text ? `: ${text}` : ""}`;
}
