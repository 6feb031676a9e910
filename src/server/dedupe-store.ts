import type { Tier } from "../config/types";

/** The 202 (and replay 200) body: what the client learns about an accepted lead. */
export interface AcceptedLead {
  leadId: string;
  tier: Tier;
  total: number;
}

/** What the store knows about a leadId: claimed by a running `onLead` call since `since`, or accepted with this body hash. */
export type DedupeRecord =
  | { state: "in-flight"; hash: string; since: number }
  | { state: "done"; hash: string; result: AcceptedLead };

/**
 * Where the handler remembers leadIds, so that `onLead` runs at most once at a time per leadId and a
 * replay answers 200 without calling it again. Implement it over SQL/Redis/KV to dedupe across
 * processes. Times are epoch milliseconds from the handler's clock.
 *
 * An in-flight claim is a lease. The handler holds it for as long as its `onLead` call runs, even
 * past the time limit (a call that ignores its AbortSignal keeps the lead), by calling `extend`
 * before the lease ends. So a lease runs out only when the process holding it is gone (crash, kill,
 * network partition), and only then may another `begin` take the leadId over.
 *
 * - `begin` must be atomic: exactly one of two concurrent calls for a leadId claims it
 *   (SQL: `INSERT … ON CONFLICT (lead_id) DO UPDATE … WHERE state = 'in-flight' AND lease_until <= $now`;
 *   Redis: `SET key value NX PX leaseMs`).
 * - `hash` is the SHA-256 hex of the raw body bytes: the same leadId with another hash is a conflict.
 */
export interface DedupeStore {
  get(leadId: string): Promise<DedupeRecord | undefined>;
  /**
   * If the leadId is unknown, or in flight with a lease that ended (`until <= now`), claims it as in
   * flight (`since = now`, lease until `now + leaseMs`) and returns undefined. Otherwise returns the
   * existing record unchanged.
   */
  begin(leadId: string, hash: string, now: number, leaseMs: number): Promise<DedupeRecord | undefined>;
  /** Keeps a claim alive: if the leadId is in flight, its lease now ends at `now + leaseMs`. No-op otherwise. */
  extend(leadId: string, now: number, leaseMs: number): Promise<void>;
  /** Records the lead as accepted (after `onLead` resolved, even late); a done record is kept, never expired by a lease. */
  complete(leadId: string, hash: string, result: AcceptedLead): Promise<void>;
  /** Forgets an in-flight leadId (after `onLead` threw, or the lead was refused before it) so it may be sent again. */
  release(leadId: string): Promise<void>;
}

export interface MemoryDedupeStoreOptions {
  /** How many leadIds to remember at most (default 10 000); when full, the least recently used tenth is forgotten. */
  maxEntries?: number;
  /** The lease when `begin`/`extend` are called without one (older callers): default 60 s. */
  inFlightTtlMs?: number;
}

type Entry = DedupeRecord & { until?: number };

/**
 * The default DedupeStore: an in-process LRU map, bounded so a flood of leadIds cannot exhaust memory.
 * Good for one Node process; use a shared store when running several instances. A leadId evicted
 * from the LRU is unknown again, which is one reason `onLead` must be idempotent by leadId.
 *
 * @example
 * const store = createMemoryDedupeStore({ maxEntries: 50_000 });
 * createLeadHandler({ configs, onLead, store });
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const max = options.maxEntries ?? 10_000;
  const defaultLease = options.inFlightTtlMs ?? 60_000;
  const records = new Map<string, Entry>();

  const touch = (leadId: string, record: Entry, known = true) => {
    // Map keeps insertion order: re-inserting moves the key to the most recently used end.
    if (known) records.delete(leadId);
    records.set(leadId, record);
    if (records.size <= max) return;
    // Evict the oldest tenth in one pass: finding "the oldest" one at a time rescans the holes earlier
    // deletes left at the front of V8's Map, which made every insert of a full store slow.
    const keep = max - Math.max(1, Math.floor(max / 10));
    const oldest = records.keys();
    while (records.size > keep) {
      const key = oldest.next().value;
      if (key === undefined) break;
      records.delete(key);
    }
  };
  const view = (entry: Entry): DedupeRecord =>
    entry.state === "in-flight" ? { state: "in-flight", hash: entry.hash, since: entry.since } : { state: "done", hash: entry.hash, result: entry.result };

  return {
    async get(leadId) {
      const record = records.get(leadId);
      if (!record) return undefined;
      touch(leadId, record);
      return view(record);
    },
    async begin(leadId, hash, now, leaseMs = defaultLease) {
      const existing = records.get(leadId);
      const expired = existing?.state === "in-flight" && (existing.until ?? existing.since + defaultLease) <= now;
      if (existing && !expired) {
        touch(leadId, existing);
        return view(existing);
      }
      touch(leadId, { state: "in-flight", hash, since: now, until: now + leaseMs }, existing !== undefined);
      return undefined;
    },
    async extend(leadId, now, leaseMs = defaultLease) {
      const existing = records.get(leadId);
      if (existing?.state === "in-flight") existing.until = now + leaseMs;
    },
    async complete(leadId, hash, result) {
      // The claim was just inserted at the recent end by begin: overwrite it in place.
      if (records.has(leadId)) records.set(leadId, { state: "done", hash, result });
      else touch(leadId, { state: "done", hash, result });
    },
    async release(leadId) {
      if (records.get(leadId)?.state === "in-flight") records.delete(leadId);
    },
  };
}
