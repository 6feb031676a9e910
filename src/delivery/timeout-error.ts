import { DeliveryError } from "./delivery-error";

/**
 * No answer within `delivery.timeoutMs`; the request was aborted. Retryable: the server may still
 * have stored the lead, which is harmless because the retry carries the same Idempotency-Key.
 *
 * @example
 * new TimeoutError(10_000).message; // "No response within 10000 ms"
 */
export class TimeoutError extends DeliveryError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super("timeout", `No response within ${timeoutMs} ms`, true);
    this.name = "TimeoutError";
    this.timeoutMs = timeoutMs;
  }
}
