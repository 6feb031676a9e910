import type { Lead } from "../config/types";
import type { Outbox } from "./create-outbox";
import type { DeliveredRecord, OutboxEntry } from "./outbox-entry";
import { NetworkError } from "./network-error";
import { retryDelay } from "./retry-delay";
import type { SendResult } from "./send-lead";

/** What the widget turns into its `error` event. */
export interface DeliveryErrorEvent {
  /** "delivery_failed": the endpoint refused the lead (non-retryable 4xx); "storage_unavailable": a warning. */
  code: "delivery_failed" | "storage_unavailable";
  message: string;
  leadId?: string;
  status?: number;
}

/** The handle the widget holds (SPEC 5): submit never blocks, everything else is for staff panels and tests. */
export interface Delivery {
  /** Writes the lead to the outbox synchronously, then attempts to send it in the background. */
  submit(lead: Lead): void;
  /** Sends every pending lead now, ignoring backoff (the `online` event, "Sync now"); resolves when all attempts settle. */
  flush(): Promise<void>;
  /** Every undelivered lead of this form on this device (pending, sending, failed). */
  entries(): OutboxEntry[];
  /** Delivered leads of this form on this device (summary only). */
  history(): DeliveredRecord[];
  /** Stops timers and listeners; sends already in flight still update the outbox. */
  stop(): void;
}

/** The engine under {@link Delivery}, with the hooks the browser wiring calls. */
export interface DeliveryEngine extends Delivery {
  /**
   * Call once at page load: attempts every pending lead now (SPEC 5: "sent again on the next page load"),
   * even one whose backoff has not run out, since a new page is often a new network; then arms the timer.
   */
  start(): Promise<void>;
  /** Sends every pending lead with `keepalive: true` (pagehide); also re-sends this tab's in-flight ones. */
  flushKeepalive(): Promise<void>;
}

export interface CreateDeliveryOptions {
  outbox: Outbox;
  send: (lead: Lead, options: { keepalive: boolean }) => Promise<SendResult>;
  now: () => number;
  random: () => number;
  /** Runs `fn` after `ms`; returns a cancel function. */
  schedule: (fn: () => void, ms: number) => () => void;
  /** This tab's identity and how long its claim on a lead lasts (must exceed the request timeout). */
  lock: { owner: string; leaseMs?: number };
  backoff?: { baseMs?: number; capMs?: number };
  onDelivered?: (leadId: string) => void;
  onError?: (event: DeliveryErrorEvent) => void;
}

export const DEFAULT_LEASE_MS = 30_000;
/** setTimeout overflows past 2^31-1 ms and would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;

/**
 * The delivery loop: outbox first, then attempts with backoff, one lease per lead so that two tabs never
 * send the same lead at once (and if they ever do, the Idempotency-Key makes it harmless). Retryable
 * failures are retried forever with capped backoff: a lead is never dropped. All I/O is passed in.
 *
 * @example
 * const delivery = createDelivery({ outbox, send, now: Date.now, random: Math.random,
 *   schedule: (fn, ms) => { const t = setTimeout(fn, ms); return () => clearTimeout(t); },
 *   lock: { owner: crypto.randomUUID() } });
 * delivery.submit(lead);
 */
export function createDelivery(options: CreateDeliveryOptions): DeliveryEngine {
  const { outbox, send, now, random, schedule, onDelivered, onError } = options;
  const owner = options.lock.owner;
  const leaseMs = options.lock.leaseMs ?? DEFAULT_LEASE_MS;
  const inFlight = new Set<string>();
  let cancelTimer: (() => void) | null = null;
  let stopped = false;

  const attempt = async (leadId: string, keepalive: boolean): Promise<void> => {
    if (stopped && !keepalive) return;
    // A keepalive send may duplicate one in flight on purpose: the page is going away and would cancel it.
    if (!keepalive && inFlight.has(leadId)) return;
    // Keepalive sends take no lease: the page is going away and could never release it, which would
    // block the next page load until the lease expired. A duplicate is harmless (Idempotency-Key).
    const entry = keepalive ? outbox.get(leadId) : outbox.claim(leadId, owner, leaseMs);
    if (!entry || entry.status === "failed") return;
    if (!keepalive) inFlight.add(leadId);
    let result: SendResult;
    try {
      result = await send(entry.lead, { keepalive });
    } catch (cause) {
      result = { ok: false, error: new NetworkError("send threw", { cause }), retryAfter: null };
    } finally {
      if (!keepalive) inFlight.delete(leadId);
    }
    settle(leadId, result);
  };

  const settle = (leadId: string, result: SendResult) => {
    if (result.ok) {
      // null when a parallel (keepalive) send already delivered it: report once.
      if (outbox.markDelivered(leadId) && !stopped) onDelivered?.(leadId);
    } else if (result.error.retryable) {
      const attempts = (outbox.get(leadId)?.attempts ?? 0) + 1;
      const delay = retryDelay(attempts, { ...options.backoff, random, retryAfter: result.retryAfter, now: now() });
      const error = { code: result.error.code, message: result.error.message, ...statusOf(result.error) };
      outbox.markRetry(leadId, error, now() + delay);
    } else {
      const error = { code: result.error.code, message: result.error.message, ...statusOf(result.error) };
      if (outbox.markFailed(leadId, error) && !stopped) {
        onError?.({ code: "delivery_failed", message: `The endpoint refused lead ${leadId} (${result.error.message}); it is kept on this device.`, leadId, ...statusOf(result.error) });
      }
    }
    rearm();
  };

  /** One timer for the whole queue: the earliest retry, or the expiry of another tab's lease. */
  const rearm = () => {
    cancelTimer?.();
    cancelTimer = null;
    if (stopped) return;
    let next = Infinity;
    for (const e of outbox.entries()) {
      if (e.status === "pending" && !inFlight.has(e.lead.leadId)) next = Math.min(next, e.nextAttemptAt);
      if (e.status === "sending" && e.lease && !inFlight.has(e.lead.leadId)) next = Math.min(next, e.lease.until);
    }
    if (next === Infinity) return;
    const ms = Math.min(MAX_TIMER_MS, Math.max(0, next - now()));
    cancelTimer = schedule(() => {
      cancelTimer = null;
      void runDue(false);
    }, ms);
  };

  const runDue = async (ignoreBackoff: boolean) => {
    const due = outbox.due(now(), { ignoreBackoff });
    await Promise.all(due.map((e) => attempt(e.lead.leadId, false)));
    rearm();
  };

  return {
    submit(lead) {
      outbox.put(lead);
      void attempt(lead.leadId, false);
    },
    flush: () => runDue(true),
    start: () => runDue(true),
    async flushKeepalive() {
      const mine = (e: OutboxEntry) => e.status === "pending" || (e.status === "sending" && (e.lease?.owner === owner || (e.lease?.until ?? 0) <= now()));
      const sends = outbox.entries().filter(mine).map((e) => attempt(e.lead.leadId, true));
      // This tab may never run again: hand its leases back so the next page load sends at once.
      for (const e of outbox.entries()) if (e.lease?.owner === owner) outbox.release(e.lead.leadId, owner);
      await Promise.all(sends);
    },
    entries: () => outbox.entries(),
    history: () => outbox.history(),
    stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = null;
    },
  };
}

function statusOf(error: unknown): { status?: number } {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? { status } : {};
}
