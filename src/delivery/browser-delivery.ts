import { createDelivery, DEFAULT_LEASE_MS, type Delivery, type DeliveryErrorEvent } from "./create-delivery";
import { createOutbox } from "./create-outbox";
import { safeStorage } from "./safe-storage";
import { DEFAULT_TIMEOUT_MS, sendLead } from "./send-lead";

export interface BrowserDeliveryOptions {
  /** Where leads are POSTed (config.endpoint or data-endpoint). */
  endpoint: string;
  /** The config id: one outbox per form. */
  formId: string;
  /** Per-request timeout (config.delivery.timeoutMs, default 10 s). */
  timeoutMs?: number;
  onDelivered?: (leadId: string) => void;
  onError?: (event: DeliveryErrorEvent) => void;
  /** Keep delivered leads whole on this device (kiosk staff export); default false: ids, tier and times only. */
  keepDeliveredLeads?: boolean;
  /** The window to wire to (default: the global one); lets an iframe or a test pass its own. */
  window?: Window;
}

/**
 * Starts lead delivery for one form in this page; the one delivery call the widget makes (in `mount()`),
 * and `stop()` it in `unmount()`.
 *
 * - `submit(lead)` writes the lead to the localStorage outbox synchronously and returns at once;
 *   the visitor is never blocked by the network.
 * - Pending leads are (re)sent now (page load), on `online`, on a backoff timer, and on `pagehide`
 *   with `fetch(..., { keepalive: true })`.
 * - 2xx → `onDelivered(leadId)`; retryable failures (network, timeout, 408, 425, 429, 5xx) are retried
 *   forever with capped, jittered backoff honouring Retry-After; any other 4xx → kept as failed and
 *   `onError({ code: "delivery_failed", status, leadId })`. Blocked storage → one
 *   `onError({ code: "storage_unavailable" })` warning; leads are then kept in memory and still sent.
 * - Several tabs share the outbox; a 30 s lease per lead (owner = a random id per call) stops two tabs
 *   from sending the same lead, and the Idempotency-Key header makes any double send harmless.
 *
 * @example
 * const delivery = startBrowserDelivery({ endpoint: config.endpoint, formId: config.id,
 *   timeoutMs: config.delivery.timeoutMs, onDelivered: (leadId) => emit("delivered", { leadId }),
 *   onError: (e) => emit("error", e) });
 * delivery.submit(lead);
 * // kiosk staff panel: delivery.entries().filter((e) => e.status === "failed"), delivery.history()
 */
export function startBrowserDelivery(options: BrowserDeliveryOptions): Delivery {
  const win = options.window ?? window;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const storage = safeStorage(() => win.localStorage, {
    onUnavailable: () =>
      options.onError?.({ code: "storage_unavailable", message: "Storage is unavailable: leads are kept in memory until sent." }),
  });
  const outbox = createOutbox({
    storage,
    formId: options.formId,
    now: () => Date.now(),
    keepDeliveredLeads: options.keepDeliveredLeads === true,
  });
  const fetchFn: typeof fetch = (input, init) => win.fetch(input, init);
  const engine = createDelivery({
    outbox,
    send: (lead, { keepalive }) => sendLead(options.endpoint, lead, { fetch: fetchFn, timeoutMs, keepalive }),
    now: () => Date.now(),
    random: () => Math.random(),
    schedule: (fn, ms) => {
      const id = win.setTimeout(fn, ms);
      return () => win.clearTimeout(id);
    },
    // The lease must outlive a request, or a second tab could take over a lead still in flight.
    lock: { owner: tabId(win), leaseMs: Math.max(DEFAULT_LEASE_MS, timeoutMs + 5_000) },
    ...(options.onDelivered ? { onDelivered: options.onDelivered } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });

  const onOnline = () => void engine.flush();
  const onPageHide = () => void engine.flushKeepalive();
  win.addEventListener("online", onOnline);
  win.addEventListener("pagehide", onPageHide);
  void engine.start();

  return {
    submit: engine.submit,
    flush: engine.flush,
    entries: engine.entries,
    history: engine.history,
    stop() {
      win.removeEventListener("online", onOnline);
      win.removeEventListener("pagehide", onPageHide);
      engine.stop();
    },
  };
}

function tabId(win: Window): string {
  const uuid = win.crypto?.randomUUID?.();
  return uuid ?? `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
