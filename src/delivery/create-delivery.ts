import type { Lead } from "../config/types";
import type { Outbox, OutboxStorageState } from "./create-outbox";
import type { DeliveredRecord, OutboxEntry, OutboxError } from "./outbox-entry";
import { NetworkError } from "./network-error";
import type { Problem } from "./read-problem";
import { retryDelay } from "./retry-delay";
import type { SendResult } from "./send-lead";

/** What the widget turns into its `error` event. */
export interface DeliveryErrorEvent {
  /**
   * "delivery_failed": the endpoint refused the lead (non-retryable 4xx), kept on the device;
   * "endpoint_unreachable": repeated network/CORS failures while online, still retried;
   * "storage_unavailable": a warning, leads are kept in a lesser storage (or memory).
   */
  code: "delivery_failed" | "endpoint_unreachable" | "storage_unavailable";
  message: string;
  leadId?: string;
  status?: number;
  /** The endpoint's problem+json answer (`error`, `issues`: paths and messages, never submitted values). */
  problem?: Problem;
}

/** How far the current round of sending got ("Sync now" shows it). */
export interface DeliveryProgress {
  /** True while leads are queued or in flight. */
  active: boolean;
  /** Leads this round attempted so far, and how many it set out to attempt. */
  done: number;
  total: number;
  /** Of those, delivered. */
  delivered: number;
}

/** The handle the widget holds (SPEC 5): submit never blocks, everything else is for staff panels and tests. */
export interface Delivery {
  /** Shows the lead in `entries()` at once, writes it to the outbox, then attempts to send it in the background. */
  submit(lead: Lead): void;
  /**
   * Queues every pending lead now, ignoring backoff (the `online` event, "Sync now") and returns at once;
   * the promise resolves when that round settled. Follow it with `progress()` / `subscribe()`.
   */
  flush(): Promise<void>;
  /** Every undelivered lead of this form on this device (pending, sending, failed). */
  entries(): OutboxEntry[];
  /** One undelivered lead, or undefined (delivered, or never stored here). */
  entry(leadId: string): OutboxEntry | undefined;
  /** Delivered leads of this form on this device. */
  history(): DeliveredRecord[];
  progress(): DeliveryProgress;
  /** Where the outbox is kept and which leads are in memory only; `loaded` is false until the queue was read. */
  storage(): OutboxStorageState & { loaded: boolean };
  /** Called after any change of the outbox or the progress; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Stops timers and listeners; sends already in flight still update the outbox. */
  stop(): void;
}

/** The engine under {@link Delivery}, with the hooks the browser wiring calls. */
export interface DeliveryEngine extends Delivery {
  /**
   * Call once at page load: reads the outbox in the background, then attempts every pending lead
   * (SPEC 5: "sent again on the next page load"), even one whose backoff has not run out, since a new
   * page is often a new network; then arms the timer.
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
  /** Requests in flight at most (default 4: a browser allows 6 per host, the page keeps the rest). */
  maxInFlight?: number;
  /**
   * The owners (tab ids) still alive, or null when unknown: a lease held by a closed tab (a reload while a
   * lead was in flight) is taken over at once instead of after it expires. Browsers: Web Locks.
   */
  liveOwners?: () => Promise<ReadonlySet<string> | null>;
  /** Whether the browser believes it is online (navigator.onLine); unreachable warnings only count then. */
  online?: () => boolean;
  onDelivered?: (leadId: string) => void;
  onError?: (event: DeliveryErrorEvent) => void;
}

export const DEFAULT_LEASE_MS = 30_000;
/** Network failures in a row (no HTTP answer at all) before the endpoint is reported unreachable. */
export const UNREACHABLE_AFTER = 3;
/** Leads re-sent with keepalive on pagehide at most. */
const KEEPALIVE_MAX = 8;
/** setTimeout overflows past 2^31-1 ms and would fire at once. */
const MAX_TIMER_MS = 2_147_483_647;
/** While leads sit in memory only, storage is tried again this often (space may free up without a write). */
const SAVE_RETRY_MS = 5_000;
/** How often a timer-driven round re-reads storage for leads other tabs left behind. */
const RESCAN_MS = 30_000;

/**
 * The delivery loop: outbox first, then attempts through one queue with a few requests in flight, so
 * 2,000 queued leads drain in linear time and the page stays responsive. One lease per lead keeps two
 * tabs from sending the same lead at once (and if they ever do, the Idempotency-Key makes it harmless).
 * Retryable failures are retried forever with capped backoff: a lead is never dropped. When the network
 * is down (a round's first requests all fail without an answer) the round stops instead of failing the
 * rest one by one, and resumes on backoff or the `online` event. All I/O is passed in.
 *
 * @example
 * const delivery = createDelivery({ outbox, send, now: Date.now, random: Math.random,
 *   schedule: (fn, ms) => { const t = setTimeout(fn, ms); return () => clearTimeout(t); },
 *   lock: { owner: crypto.randomUUID() } });
 * void delivery.start();
 * delivery.submit(lead);
 */
export function createDelivery(options: CreateDeliveryOptions): DeliveryEngine {
  const { outbox, send, now, random, schedule, onDelivered, onError } = options;
  const owner = options.lock.owner;
  const leaseMs = options.lock.leaseMs ?? DEFAULT_LEASE_MS;
  const maxInFlight = Math.max(1, options.maxInFlight ?? 4);
  const inFlight = new Set<string>();
  const queue: string[] = [];
  const queued = new Set<string>();
  const listeners = new Set<() => void>();
  let progress: DeliveryProgress = { active: false, done: 0, total: 0, delivered: 0 };
  let roundEnded: Array<() => void> = [];
  let cancelTimer: (() => void) | null = null;
  let stopped = false;
  let started: Promise<void> | null = null;
  let lastScan = 0;
  let live: ReadonlySet<string> | null = null;
  // Network failures in a row across leads; any HTTP answer resets them. `unanswered` decides the
  // site owner's warning, `breaker` stops a round while the network is down (flush resets it).
  let unanswered = 0;
  let breaker = 0;
  let outages = 0;
  let quietUntil = 0;
  let reportedUnreachable = false;

  const notify = () => listeners.forEach((listener) => listener());
  outbox.subscribe(notify);

  const attempt = async (leadId: string, keepalive: boolean): Promise<void> => {
    if (stopped && !keepalive) return;
    // A keepalive send may duplicate one in flight on purpose: the page is going away and would cancel it.
    if (!keepalive && inFlight.has(leadId)) return;
    // Keepalive sends take no lease: the page is going away and could never release it, which would
    // block the next page load until the lease expired. A duplicate is harmless (Idempotency-Key).
    if (!keepalive) inFlight.add(leadId);
    try {
      const entry = keepalive ? outbox.get(leadId) : await outbox.claim(leadId, owner, leaseMs, live);
      if (!entry || entry.status === "failed") return;
      let result: SendResult;
      try {
        result = await send(entry.lead, { keepalive });
      } catch (cause) {
        result = { ok: false, error: new NetworkError("send threw", { cause }), retryAfter: null };
      }
      await settle(leadId, result);
    } catch (error) {
      // Storage failed under us (blocked mid-way): the lead stays where it is and is tried again later.
      console.warn("lead-qualifier: could not update the outbox", error);
    } finally {
      if (!keepalive) inFlight.delete(leadId);
    }
  };

  const settle = async (leadId: string, result: SendResult) => {
    if (result.ok) {
      unanswered = breaker = 0;
      outages = 0;
      reportedUnreachable = false;
      // null when a parallel (keepalive) send already delivered it: report once.
      if ((await outbox.markDelivered(leadId)) && !stopped) {
        progress = { ...progress, delivered: progress.delivered + 1 };
        onDelivered?.(leadId);
      }
      return;
    }
    const error: OutboxError = { code: result.error.code, message: result.error.message, ...statusOf(result.error) };
    const problem = result.problem;
    if (result.error.code === "network" || result.error.code === "timeout") noteUnanswered();
    else unanswered = breaker = 0;
    if (result.error.retryable) {
      const attempts = (outbox.get(leadId)?.attempts ?? 0) + 1;
      const delay = retryDelay(attempts, { ...options.backoff, random, retryAfter: result.retryAfter, now: now() });
      await outbox.markRetry(leadId, error, now() + delay);
    } else if ((await outbox.markFailed(leadId, problem ? { ...error, problem } : error)) && !stopped) {
      onError?.({
        code: "delivery_failed",
        message: `The endpoint refused lead ${leadId} (${result.error.message}); it is kept on this device.`,
        leadId,
        ...statusOf(result.error),
        ...(problem ? { problem } : {}),
      });
    }
  };

  const noteUnanswered = () => {
    unanswered += 1;
    breaker += 1;
    const online = options.online?.() ?? true;
    if (online && unanswered >= UNREACHABLE_AFTER && !reportedUnreachable && !stopped) {
      reportedUnreachable = true;
      onError?.({ code: "endpoint_unreachable", message: `${unanswered} attempts in a row got no answer from the endpoint; leads are kept and retried.` });
    }
    // The network is down (or the endpoint unreachable): stop this round instead of failing every queued
    // lead, and come back after a growing pause (or at once on `online`).
    if (breaker >= maxInFlight * 2 && queue.length > 0) {
      outages += 1;
      quietUntil = now() + retryDelay(outages, { ...options.backoff, random });
      for (const id of queue) queued.delete(id);
      queue.length = 0;
      breaker = 0;
    }
  };

  const pump = () => {
    while (!stopped && inFlight.size < maxInFlight && queue.length > 0) {
      const leadId = queue.shift() as string;
      queued.delete(leadId);
      void attempt(leadId, false).finally(() => {
        progress = { ...progress, done: progress.done + 1 };
        pump();
        notify();
      });
    }
    if (inFlight.size === 0 && queue.length === 0 && progress.active) {
      progress = { ...progress, active: false };
      const waiting = roundEnded;
      roundEnded = [];
      waiting.forEach((resolve) => resolve());
      rearm();
    }
  };

  /** Adds leads to the queue (a just-submitted one goes first) and resolves when the round they joined is over. */
  const enqueue = (leadIds: string[], first = false): Promise<void> => {
    if (!progress.active) progress = { active: true, done: 0, total: 0, delivered: 0 };
    for (const leadId of leadIds) {
      if (queued.has(leadId) || inFlight.has(leadId)) continue;
      queued.add(leadId);
      if (first) queue.unshift(leadId);
      else queue.push(leadId);
      progress = { ...progress, total: progress.total + 1 };
    }
    const ended = new Promise<void>((resolve) => roundEnded.push(resolve));
    pump();
    notify();
    return ended;
  };

  /** One timer for the whole queue: the earliest retry, or the expiry of another tab's lease. */
  const rearm = () => {
    cancelTimer?.();
    cancelTimer = null;
    if (stopped || progress.active) return;
    let next = Infinity;
    for (const e of outbox.entries()) {
      if (e.status === "pending") next = Math.min(next, e.nextAttemptAt);
      if (e.status === "sending" && e.lease && !inFlight.has(e.lead.leadId)) next = Math.min(next, e.lease.until);
    }
    next = Math.max(next, quietUntil);
    if (outbox.storage().unsaved.length > 0) next = Math.min(next, now() + SAVE_RETRY_MS);
    if (next === Infinity) return;
    const ms = Math.min(MAX_TIMER_MS, Math.max(0, next - now()));
    cancelTimer = schedule(() => {
      cancelTimer = null;
      void runDue(false);
    }, ms);
  };

  const scan = async () => {
    lastScan = now();
    if (options.liveOwners) live = await options.liveOwners().catch(() => null);
    await outbox.load();
  };

  const runDue = async (ignoreBackoff: boolean) => {
    if (stopped) return;
    if (ignoreBackoff || now() - lastScan >= RESCAN_MS) await scan();
    else if (outbox.storage().unsaved.length > 0) await outbox.save();
    const due = outbox.due(now(), { ignoreBackoff, liveOwners: live }).map((e) => e.lead.leadId);
    if (due.length === 0) return rearm();
    await enqueue(due);
  };

  return {
    submit(lead) {
      void outbox.put(lead).then(
        () => void (stopped || enqueue([lead.leadId], true)),
        (error) => console.error("lead-qualifier: the lead could not be stored", error),
      );
    },
    async flush() {
      quietUntil = 0;
      breaker = 0;
      await started;
      await runDue(true);
    },
    start() {
      started ??= runDue(true);
      return started;
    },
    async flushKeepalive() {
      const mine = (e: OutboxEntry) => e.status === "pending" || (e.status === "sending" && (e.lease?.owner === owner || (e.lease?.until ?? 0) <= now()));
      // Newest first and only a few: browsers cap keepalive bodies at 64 KiB in total per page, and a
      // kiosk's big queue is sent by the next page load anyway; the visitor who just left is what counts.
      const sends = outbox.entries().filter(mine).reverse().slice(0, KEEPALIVE_MAX).map((e) => attempt(e.lead.leadId, true));
      // This tab may never run again: hand its leases back so the next page load sends at once.
      for (const e of outbox.entries()) if (e.lease?.owner === owner) void outbox.release(e.lead.leadId, owner);
      await Promise.all(sends);
    },
    entries: () => outbox.entries(),
    entry: (leadId) => outbox.get(leadId),
    history: () => outbox.history(),
    progress: () => progress,
    storage: () => ({ ...outbox.storage(), loaded: outbox.loaded }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopped = true;
      cancelTimer?.();
      cancelTimer = null;
      queue.length = 0;
      queued.clear();
    },
  };
}

function statusOf(error: unknown): { status?: number } {
  const status = (error as { status?: unknown }).status;
  return typeof status === "number" ? { status } : {};
}
