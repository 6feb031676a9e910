/**
 * The base of the delivery error hierarchy: every failed attempt to POST a lead is one of
 * `NetworkError`, `TimeoutError` or `HttpError`, so callers branch on `retryable` (or `instanceof`)
 * instead of parsing messages. Messages are for logs; user-facing text lives in the i18n catalogue.
 *
 * @example
 * if (error instanceof DeliveryError && error.retryable) scheduleRetry();
 */
export class DeliveryError extends Error {
  /** A stable machine code: "network", "timeout" or "http". */
  readonly code: string;
  /** Whether sending the same lead again later can succeed (SPEC 5). */
  readonly retryable: boolean;

  constructor(code: string, message: string, retryable: boolean, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "DeliveryError";
    this.code = code;
    this.retryable = retryable;
  }
}
