import type { AcceptedLead, DedupeRecord, DedupeStore } from "./dedupe-store";
import type { ServerLead } from "./server-lead";

/** What `onLead` gets besides the lead. */
export interface OnLeadContext {
  /**
   * Aborted when the call passes the handler's `onLeadTimeoutMs`. Pass it on (`fetch(url, { signal })`,
   * your database driver's cancel) and reject: the lead is then released and its next retry calls
   * `onLead` again. A call that ignores it keeps the lead claimed until it settles.
   */
  signal: AbortSignal;
}

export type OnLead = (lead: ServerLead, context: OnLeadContext) => Promise<void> | void;

/** How one `onLead` call ended, as far as the current request is concerned. */
export type RunOutcome = { ok: true; result: AcceptedLead } | { ok: false; reason: "failed" | "timeout" };

export interface OnLeadRunnerOptions {
  onLead: OnLead;
  store: DedupeStore;
  now: () => number;
  /** The time limit of one call; its lease in the store is three times as long and renewed every limit. */
  timeoutMs: number;
  /** Calls past their limit that have not settled yet; at this many, new leads are refused (`busy`). */
  maxOverdue: number;
  logError: (message: string, error: unknown) => void;
}

export interface OnLeadRunner {
  /** Claims the leadId for one call (undefined), or returns who has it: a call in this process or the store's record. */
  claim(leadId: string, hash: string): Promise<DedupeRecord | undefined>;
  /** Whether this leadId's call (in this process) is past its time limit. */
  isOverdue(leadId: string): boolean;
  /** Whether so many calls are past their limit that no new one should start. */
  busy(): boolean;
  /** Gives a claimed leadId back without calling onLead (the lead was refused after `claim`). */
  abandon(leadId: string): Promise<void>;
  /** Calls onLead for a claimed lead; answers at its time limit at the latest, while the claim lasts until it settles. */
  run(leadId: string, hash: string, lead: ServerLead): Promise<RunOutcome>;
}

/**
 * Runs `onLead` so that one leadId never has two calls at once, in this process or (through the
 * store's leases) in any other, and hung calls cannot pile up:
 * - the request is answered at the time limit (the caller answers 503 and the client retries later),
 *   and the call's AbortSignal is aborted;
 * - the leadId stays claimed until the call settles: resolved → recorded as accepted (retries get the
 *   200 replay), rejected → released (the next retry calls onLead again). Meanwhile retries get 409;
 * - while an overdue call runs, its store lease is renewed every `timeoutMs`, so another process
 *   takes the leadId over only if this one is gone;
 * - at `maxOverdue` overdue calls, `busy()` is true and new leads are refused before onLead is called.
 *
 * @example
 * const runner = createOnLeadRunner({ onLead, store, now: Date.now, timeoutMs: 10_000, maxOverdue: 100, logError });
 * if (!(await runner.claim(lead.leadId, hash))) outcome = await runner.run(lead.leadId, hash, serverLead);
 */
export function createOnLeadRunner(options: OnLeadRunnerOptions): OnLeadRunner {
  const { store, now, timeoutMs, logError } = options;
  const leaseMs = 3 * timeoutMs;
  const running = new Map<string, { hash: string; since: number }>();
  const overdue = new Set<string>();
  let warnedNoExtend = false;

  const renew = (leadId: string) => {
    if (typeof store.extend !== "function") {
      // A store written for the older interface: this process still never runs the lead twice.
      if (!warnedNoExtend) logError("lead-qualifier: the dedupe store has no extend(); a hung onLead's claim may lapse in other processes", undefined);
      warnedNoExtend = true;
      return;
    }
    store.extend(leadId, now(), leaseMs).catch((error: unknown) => logError(`lead-qualifier: could not extend the claim on lead ${leadId}`, error));
  };

  return {
    async claim(leadId, hash) {
      const mine = running.get(leadId);
      if (mine) return { state: "in-flight", hash: mine.hash, since: mine.since };
      const since = now();
      const existing = await store.begin(leadId, hash, since, leaseMs);
      if (!existing) running.set(leadId, { hash, since });
      return existing;
    },
    isOverdue: (leadId) => overdue.has(leadId),
    busy: () => overdue.size >= options.maxOverdue,
    async abandon(leadId) {
      try {
        await store.release(leadId);
      } finally {
        running.delete(leadId);
      }
    },
    run(leadId, hash, lead) {
      // Made on first use: most onLead calls never read their signal, and most finish in time.
      let controller: AbortController | undefined;
      let lateReason: DOMException | undefined;
      const context: OnLeadContext = {
        get signal() {
          if (lateReason) return AbortSignal.abort(lateReason);
          controller ??= new AbortController();
          return controller.signal;
        },
      };
      let returned: unknown;
      try {
        returned = options.onLead(lead, context);
      } catch (error) {
        return record(leadId, hash, lead, false, error);
      }
      // A call that returned no promise is over: nothing can be late, so no timer is set.
      if (!isThenable(returned)) return record(leadId, hash, lead, true, undefined);
      return new Promise<RunOutcome>((answer) => {
        let renewal: ReturnType<typeof setInterval> | undefined;
        const limit = setTimeout(() => {
          overdue.add(leadId);
          lateReason = new DOMException(`onLead took longer than ${timeoutMs} ms`, "TimeoutError");
          controller?.abort(lateReason);
          renew(leadId);
          renewal = setInterval(() => renew(leadId), timeoutMs);
          renewal.unref?.();
          logError(`lead-qualifier: onLead for lead ${leadId} passed its ${timeoutMs} ms limit; the lead stays claimed until the call settles`, undefined);
          answer({ ok: false, reason: "timeout" });
        }, timeoutMs);
        const settle = (ok: boolean, error: unknown) => {
          clearTimeout(limit);
          // The lease is renewed until the outcome is recorded; answering has no effect once the time limit has answered.
          void record(leadId, hash, lead, ok, error).finally(() => clearInterval(renewal)).then(answer);
        };
        Promise.resolve(returned).then(
          () => settle(true, undefined),
          (error: unknown) => settle(false, error),
        );
      });
    },
  };

  /** Records how a settled call ended (accepted, or released for a retry) and lets the leadId go in this process. */
  async function record(leadId: string, hash: string, lead: ServerLead, resolved: boolean, error: unknown): Promise<RunOutcome> {
    try {
      if (resolved) {
        const result: AcceptedLead = { leadId, tier: lead.score.tier, total: lead.score.total };
        try {
          await store.complete(leadId, hash, result);
          return { ok: true, result };
        } catch (failure) {
          logError(`lead-qualifier: could not record lead ${leadId} as accepted`, failure);
          await store.release(leadId).catch(() => {});
          return { ok: false, reason: "failed" };
        }
      }
      logError(`lead-qualifier: onLead failed for lead ${leadId}`, error);
      await store.release(leadId).catch((e: unknown) => logError(`lead-qualifier: could not release lead ${leadId}`, e));
      return { ok: false, reason: "failed" };
    } finally {
      overdue.delete(leadId);
      running.delete(leadId);
    }
  }
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as { then?: unknown }).then === "function";
}
