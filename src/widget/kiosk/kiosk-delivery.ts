import type { DeliveredRecord, OutboxEntry } from "../../delivery/outbox-entry";

/**
 * The part of the widget's `Delivery` the kiosk uses: the outbox (pending and failed leads,
 * with their data), the delivered log, and "send what is pending now". Any `Delivery` from
 * `startBrowserDelivery` fits; tests pass a small fake.
 */
export interface KioskDelivery {
  flush(): Promise<void>;
  entries(): OutboxEntry[];
  history(): DeliveredRecord[];
}
