import type { Tier } from "../config/types";

/** The 202 (and replay 200) body: what the client learns about an accepted lead. */
export interface AcceptedLead {
  leadId: string;
  tier: Tier;
  total: number;
}

/** What the store knows about a leadId: being handled right now, or accepted with this body hash. */
export type DedupeRecord =
  | { state: "in-flight"; hash: string; since: number }
  | { state: "done"; hash: string; result: AcceptedLead };

/**
 * Where the handler remembers leadIds so that replays answer 200 without calling `onLead` again.
 * Implement it over Redis/KV/SQL to dedupe across instances; `begin` must be atomic
 * (e.g. Redis `SET key value NX`).
 */
export interface DedupeStore {
  get(leadId: string): Promise<DedupeRecord | undefined>;
  /** If the leadId is unknown, records it as in flight and returns undefined; otherwise returns the existing record unchanged. */
  begin(leadId: string, hash: string, now: number): Promise<DedupeRecord | undefined>;
  /** Records the lead as accepted (after `onLead` resolved). */
  complete(leadId: string, hash: string, result: AcceptedLead): Promise<void>;
  /** Forgets an in-flight leadId (after `onLead` threw) so the same lead may be sent again. */
  release(leadId: string): Promise<void>;
}

export interface MemoryDedupeStoreOptions {
  /** How many leadIds to remember, least recently used evicted first (default 10 000). */
  maxEntries?: number;
  /** An in-flight record older than this is considered abandoned (default 60 s). */
  inFlightTtlMs?: number;
}

/**
 * The default DedupeStore: an in-process LRU map, bounded so a flood of leadIds cannot exhaust memory.
 * Good for one Node process; use a shared store when running several instances.
 *
 * @example
 * const store = createMemoryDedupeStore({ maxEntries: 50_000 });
 * createLeadHandler({ configs, onLead, store });
 */
export function createMemoryDedupeStore(options: MemoryDedupeStoreOptions = {}): DedupeStore {
  const max = options.maxEntries ?? 10_000;
  const ttl = options.inFlightTtlMs ?? 60_000;
  const records = new Map<string, DedupeRecord>();

  const touch = (leadId: string, record: DedupeRecord) => {
    // Map keeps insertion order: re-inserting moves the key to the most recently used end.
    records.delete(leadId);
    records.set(leadId, record);
    while (records.size > max) {
      const oldest = records.keys().next().value;
      if (oldest === undefined) break;
      records.delete(oldest);
    }
  };

  return {
    async get(leadId) {
      const record = records.get(leadId);
      if (record) touch(leadId, record);
      return record;
    },
    async begin(leadId, hash, now) {
      const existing = records.get(leadId);
      if (existing && !(existing.state === "in-flight" && now - existing.since >= ttl)) {
        touch(leadId, existing);
        return existing;
      }
      touch(leadId, { state: "in-flight", hash, since: now });
      return undefined;
    },
    async complete(leadId, hash, result) {
      touch(leadId, { state: "done", hash, result });
    },
    async release(leadId) {
      if (records.get(leadId)?.state === "in-flight") records.delete(leadId);
    },
  };
}
