import { signal, type ReadonlySignal, type Signal } from "@preact/signals";
import type { Delivery } from "../delivery/create-delivery";

/** What the outcome screen must admit about the visitor's lead: refused by the endpoint, or not getting through. */
export type DeliveryNotice = "refused" | "unreachable";

/** Failed attempts without any answer (network, CORS, timeout) before the visitor is told. */
export const UNREACHABLE_NOTICE_AFTER = 2;

export interface DeliveryNoticeWatch {
  notice: ReadonlySignal<DeliveryNotice | null>;
  /** The lead just submitted: its fate decides the notice. */
  track(leadId: string): void;
  /** A new visit: no notice. */
  clear(): void;
  stop(): void;
}

/**
 * Watches the delivery of the lead the visitor just submitted, so the outcome screen never promises
 * "a specialist will get in touch within minutes" for a lead the endpoint refused (kept as failed on
 * the device) or that keeps failing without an answer (kept and retried). Kiosks only show refusals:
 * a booth is offline by design, and its staff panel tracks the queue.
 *
 * `notice` may be a signal the form already renders (it exists before this code is loaded).
 *
 * @example const watch = watchDeliveryNotice(delivery, false); watch.track(lead.leadId); watch.notice.value // null | "refused" | "unreachable"
 */
export function watchDeliveryNotice(
  delivery: Pick<Delivery, "entry" | "subscribe">,
  kiosk: boolean,
  notice: Signal<DeliveryNotice | null> = signal(null),
): DeliveryNoticeWatch {
  let current: string | null = null;
  const check = () => {
    if (current === null) return;
    const entry = delivery.entry(current);
    if (!entry) return; // delivered, or not stored yet: nothing to admit
    const unanswered = entry.lastError?.code === "network" || entry.lastError?.code === "timeout";
    if (entry.status === "failed") notice.value = "refused";
    else if (!kiosk && unanswered && entry.attempts >= UNREACHABLE_NOTICE_AFTER) notice.value = "unreachable";
  };
  const unsubscribe = delivery.subscribe?.(check);
  return {
    notice,
    track(leadId) {
      current = leadId;
      notice.value = null;
      check();
    },
    clear() {
      current = null;
      notice.value = null;
    },
    stop: () => unsubscribe?.(),
  };
}
