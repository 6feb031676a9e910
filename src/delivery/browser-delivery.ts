import { createDelivery, DEFAULT_LEASE_MS, type Delivery, type DeliveryErrorEvent } from "./create-delivery";
import { createOutbox, outboxValidators } from "./create-outbox";
import { describeDeliveryProblem } from "./describe-delivery-problem";
import { idbTable } from "./idb-table";
import type { DeliveredRecord, OutboxEntry } from "./outbox-entry";
import { DEFAULT_TIMEOUT_MS, sendLead } from "./send-lead";
import type { EnumerableStorage } from "./storage-like";
import type { Table } from "./table";
import { webStorageTable } from "./web-storage-table";

export interface BrowserDeliveryOptions {
  /** Where leads are POSTed (config.endpoint or data-endpoint). */
  endpoint: string;
  /** The config id: one outbox per form. */
  formId: string;
  /** Per-request timeout (config.delivery.timeoutMs, default 10 s). */
  timeoutMs?: number;
  onDelivered?: (leadId: string) => void;
  onError?: (event: DeliveryErrorEvent) => void;
  /**
   * Kiosk mode: keep delivered leads whole on this device (the staff CSV is a full backup, no cap) and
   * ask the browser to make storage persistent. Default false: ids, tiers and times of the last 500.
   */
  keepDeliveredLeads?: boolean;
  /** The window to wire to (default: the global one); lets an iframe or a test pass its own. */
  window?: Window;
}

/** The IndexedDB databases of the outbox and the delivered log (one object store each, as idb-keyval wants). */
export const OUTBOX_DB = { entries: ["lead-qualifier-outbox", "entries"], delivered: ["lead-qualifier-delivered", "records"] } as const;
/** The localStorage key prefixes of the fallback (the outbox's is the one older versions used). */
export const OUTBOX_KEY_PREFIX = "lead-qualifier:outbox:v1:";
export const DELIVERED_KEY_PREFIX = "lead-qualifier:delivered:v2:";

/**
 * Starts lead delivery for one form in this page; the one delivery call the widget makes (in `mount()`),
 * and `stop()` it in `unmount()`. Returns at once: the outbox is read in the background, so a page with
 * thousands of queued leads shows its first screen without waiting for storage.
 *
 * - `submit(lead)` shows the lead in `entries()` at once, stores it (IndexedDB; localStorage when that
 *   cannot be opened or is full; memory as the last resort, retried at every write) and sends it.
 *   Leads an older version left in localStorage are moved into IndexedDB.
 * - Pending leads are (re)sent now (page load), on `online`, on a backoff timer, and on `pagehide`
 *   with `fetch(..., { keepalive: true })`; at most 4 requests in flight.
 * - 2xx → `onDelivered(leadId)`; retryable failures (network, timeout, 408, 409, 425, 429, 5xx) are retried
 *   forever with capped, jittered backoff honouring Retry-After; any other 4xx → kept as failed,
 *   `onError({ code: "delivery_failed", status, leadId, problem })` and one console.warn naming the likely
 *   cause; no answer at all three times in a row while online → `onError({ code: "endpoint_unreachable" })`
 *   and one console.warn (a refused CORS preflight looks like that). A lesser storage →
 *   `onError({ code: "storage_unavailable" })` once.
 * - Several tabs share the outbox; a lease per lead, taken in an IndexedDB transaction, stops two tabs
 *   from sending the same lead, and the Idempotency-Key header makes any double send harmless.
 *
 * @example
 * const delivery = startBrowserDelivery({ endpoint: config.endpoint, formId: config.id,
 *   timeoutMs: config.delivery.timeoutMs, onDelivered: (leadId) => emit("delivered", { leadId }),
 *   onError: (e) => emit("error", e) });
 * delivery.submit(lead);
 */
export function startBrowserDelivery(options: BrowserDeliveryOptions): Delivery {
  const win = options.window ?? window;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const local = localStorageOf(win);
  const warned = new Set<string>();
  const once = (key: string, report: () => void) => {
    if (warned.has(key)) return;
    warned.add(key);
    report();
  };
  const context = { endpoint: options.endpoint, formId: options.formId, origin: win.location?.origin ?? "" };

  const entries: Array<Table<OutboxEntry>> = [];
  const delivered: Array<Table<DeliveredRecord>> = [];
  if (hasIndexedDb(win)) {
    entries.push(idbTable(...OUTBOX_DB.entries));
    delivered.push(idbTable(...OUTBOX_DB.delivered));
  }
  if (local) {
    entries.push(webStorageTable(local, { keyPrefix: OUTBOX_KEY_PREFIX, isValid: outboxValidators.isEntry }));
    delivered.push(webStorageTable(local, { keyPrefix: DELIVERED_KEY_PREFIX, isValid: outboxValidators.isRecord }));
  }
  const outbox = createOutbox({
    formId: options.formId,
    now: () => Date.now(),
    entries,
    delivered,
    ...(local ? { legacy: local } : {}),
    keepDeliveredLeads: options.keepDeliveredLeads === true,
    onFallback: (kind, error) =>
      once(`storage:${kind}`, () => {
        const where = kind === "memory" ? "in memory only (lost on reload until storage has room again)" : `in ${kind}`;
        console.warn(`lead-qualifier: the outbox could not write to its storage; leads are kept ${where}.`, error);
        options.onError?.({ code: "storage_unavailable", message: `Storage is full or unavailable: leads are kept ${where}.` });
      }),
  });
  if (entries.length === 0) {
    console.warn("lead-qualifier: no storage is available (IndexedDB and localStorage are blocked); leads are kept in memory only for this page.");
    options.onError?.({ code: "storage_unavailable", message: "Storage is unavailable: leads are kept in memory until sent." });
  }
  const owner = tabId(win);
  const locks = win.navigator?.locks;
  // This tab's lock lives as long as the tab: other tabs (and this page after a reload) see whose leases are stale.
  void locks?.request(`lead-qualifier:tab:${owner}`, () => new Promise<void>(() => {})).catch(() => {});
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
    lock: { owner, leaseMs: Math.max(DEFAULT_LEASE_MS, timeoutMs + 5_000) },
    ...(locks ? { liveOwners: () => liveTabs(locks) } : {}),
    online: () => win.navigator?.onLine !== false,
    ...(options.onDelivered ? { onDelivered: options.onDelivered } : {}),
    onError(event) {
      // The site owner's console: once per cause and page, naming what to fix.
      if (event.code === "delivery_failed") {
        once(`refused:${event.status}:${event.problem?.error ?? ""}`, () => console.warn(describeDeliveryProblem(context, event.status, event.problem)));
      } else if (event.code === "endpoint_unreachable") {
        once("unreachable", () => console.warn(describeDeliveryProblem(context, undefined)));
      }
      options.onError?.(event);
    },
  });

  if (options.keepDeliveredLeads) {
    // A kiosk holds leads for days: ask the browser not to evict its storage under pressure.
    void win.navigator?.storage?.persist?.().catch(() => false);
  }
  const onOnline = () => void engine.flush();
  const onPageHide = () => void engine.flushKeepalive();
  win.addEventListener("online", onOnline);
  win.addEventListener("pagehide", onPageHide);
  void engine.start();

  return {
    submit: engine.submit,
    flush: engine.flush,
    entries: engine.entries,
    entry: engine.entry,
    history: engine.history,
    progress: engine.progress,
    storage: engine.storage,
    subscribe: engine.subscribe,
    stop() {
      win.removeEventListener("online", onOnline);
      win.removeEventListener("pagehide", onPageHide);
      engine.stop();
    },
  };
}

/** localStorage, or null where touching it throws (sandboxed iframes, some private modes). */
function localStorageOf(win: Window): EnumerableStorage | null {
  try {
    const storage = win.localStorage;
    storage.getItem("lead-qualifier:probe");
    return storage;
  } catch {
    return null;
  }
}

function hasIndexedDb(win: Window): boolean {
  try {
    return typeof win.indexedDB?.open === "function";
  } catch {
    return false;
  }
}

/** Owners of the tab locks held right now (every open tab of the origin holds one). */
async function liveTabs(locks: LockManager): Promise<ReadonlySet<string>> {
  const { held = [] } = await locks.query();
  const prefix = "lead-qualifier:tab:";
  return new Set(held.flatMap((lock) => (lock.name?.startsWith(prefix) ? [lock.name.slice(prefix.length)] : [])));
}

function tabId(win: Window): string {
  const uuid = win.crypto?.randomUUID?.();
  return uuid ?? `tab-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}
