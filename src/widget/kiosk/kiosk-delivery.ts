import type { DeliveryProgress } from "../../delivery/create-delivery";
import type { OutboxStorageState } from "../../delivery/create-outbox";
import type { DeliveredRecord, OutboxEntry } from "../../delivery/outbox-entry";

/**
 * The part of the widget's `Delivery` the kiosk uses: the outbox (pending and failed leads, with their
 * data), the delivered log, "send what is pending now" with its progress, and where leads are kept.
 * Any `Delivery` from `startBrowserDelivery` fits; tests pass a small fake.
 */
export interface KioskDelivery {
  flush(): Promise<void>;
  entries(): OutboxEntry[];
  history(): DeliveredRecord[];
  progress?(): DeliveryProgress;
  storage?(): OutboxStorageState & { loaded: boolean };
  subscribe?(listener: () => void): () => void;
}
