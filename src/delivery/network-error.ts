import { DeliveryError } from "./delivery-error";

/**
 * The request never got an HTTP answer: offline, DNS, CORS refusal, connection reset.
 * Always retryable: the browser cannot tell "offline" from "CORS refused", and a lead is never dropped.
 *
 * @example
 * new NetworkError("Failed to fetch", { cause: typeError });
 */
export class NetworkError extends DeliveryError {
  constructor(message = "Network error", options?: { cause?: unknown }) {
    super("network", message, true, options);
    this.name = "NetworkError";
  }
}
