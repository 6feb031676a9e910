import type { Lead } from "../config/types";
import type { DeliveryError } from "./delivery-error";
import { readProblem, type Problem } from "./read-problem";
import { HttpError } from "./http-error";
import { NetworkError } from "./network-error";
import { TimeoutError } from "./timeout-error";

/** The outcome of one POST: delivered, or an error plus the server's Retry-After and problem body (if they could be read). */
export type SendResult =
  | { ok: true; status: number }
  | { ok: false; error: DeliveryError; retryAfter: string | null; problem?: Problem | null };

export interface SendLeadOptions {
  fetch: typeof fetch;
  /** Abort after this long (default 10 s, from config.delivery.timeoutMs). */
  timeoutMs?: number;
  /** Let the request outlive the page (pagehide); browsers cap keepalive bodies at 64 KiB. */
  keepalive?: boolean;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

/**
 * POSTs one lead as JSON with `Idempotency-Key: <leadId>` (SPEC 5) and turns every outcome into a value
 * (with the endpoint's problem+json body on a refusal): it never throws. Credentials are omitted on purpose: leads carry no cookies, which keeps CORS simple
 * (no `Access-Control-Allow-Credentials`) and keeps host-page sessions out of the lead endpoint.
 * `Retry-After` is only readable cross-origin when the server exposes it (the bundled handler does).
 *
 * @example
 * const result = await sendLead("https://api.example.com/leads", lead, { fetch });
 * if (!result.ok && result.error.retryable) retryLater(result.retryAfter);
 */
export async function sendLead(endpoint: string, lead: Lead, options: SendLeadOptions): Promise<SendResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    const response = await options.fetch(endpoint, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId },
      body: JSON.stringify(lead),
      credentials: "omit",
      keepalive: options.keepalive === true,
      signal: controller.signal,
    });
    if (response.status >= 200 && response.status < 300) {
      // The body is not needed; cancel it so the connection can be reused.
      response.body?.cancel().catch(() => {});
      return { ok: true, status: response.status };
    }
    // A refusal's problem+json says why (unknown form, origin not allowed): the site owner needs it.
    const problem = await readProblem(response);
    return { ok: false, error: new HttpError(response.status), retryAfter: response.headers.get("Retry-After"), problem };
  } catch (cause) {
    const error = timedOut ? new TimeoutError(timeoutMs) : new NetworkError(messageOf(cause), { cause });
    return { ok: false, error, retryAfter: null };
  } finally {
    clearTimeout(timer);
  }
}

function messageOf(cause: unknown): string {
  return cause instanceof Error && cause.message ? cause.message : "Network error";
}
