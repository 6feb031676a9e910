import { DeliveryError } from "./delivery-error";
import { classifyResponse } from "./classify-response";

/**
 * The endpoint answered with a non-2xx status. Retryable for 408, 425, 429 and 5xx (SPEC 5);
 * any other 4xx means the lead itself was refused, so it is kept as failed, never resent automatically.
 *
 * @example
 * new HttpError(503).retryable; // true
 * new HttpError(400).retryable; // false
 */
export class HttpError extends DeliveryError {
  readonly status: number;

  constructor(status: number, message = `HTTP ${status}`) {
    super("http", message, classifyResponse(status) === "retry");
    this.name = "HttpError";
    this.status = status;
  }
}
