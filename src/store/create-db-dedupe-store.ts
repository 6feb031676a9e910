// The handler's dedupe store on the database. Kept in this one file on purpose: the server's
// DedupeStore interface (src/server/dedupe-store.ts) may still change, and only this file follows it.
import type { AcceptedLead, DedupeRecord, DedupeStore } from "../server/dedupe-store";
import type { SqlQuery } from "./sql-client";

export interface DbDedupeStoreOptions {
  /** The lease when `begin`/`extend` are called without one, and of receipts written before leases. Default 60 s. */
  inFlightTtlMs?: number;
}

interface ReceiptRow {
  body_hash: string;
  state: "in-flight" | "done";
  since_ms: number;
  result: AcceptedLead | string | null;
}

/**
 * A DedupeStore over the lead_receipts table. `begin` is one INSERT … ON CONFLICT, atomic in Postgres,
 * so when two serve processes get the same leadId at the same moment exactly one of them handles it
 * and the other answers 409 (still in flight) or 200 (done), like the in-memory store in one process.
 * An in-flight receipt is a lease (`lease_until_ms`) that the handling process renews with `extend`
 * while its onLead call runs; only a lapsed lease (that process is gone) is taken over.
 *
 * @example
 * createLeadHandler({ configs, onLead, store: createDbDedupeStore(db) });
 */
export function createDbDedupeStore(db: SqlQuery, options: DbDedupeStoreOptions = {}): DedupeStore {
  const ttl = options.inFlightTtlMs ?? 60_000;

  const get = async (leadId: string): Promise<DedupeRecord | undefined> => {
    const [row] = await db.query<ReceiptRow>("select body_hash, state, since_ms, result from lead_receipts where lead_id = $1", [leadId]);
    if (!row) return undefined;
    if (row.state === "in-flight") return { state: "in-flight", hash: row.body_hash, since: Number(row.since_ms) };
    const result = typeof row.result === "string" ? (JSON.parse(row.result) as AcceptedLead) : row.result;
    if (!result) throw new Error(`lead_receipts: done receipt ${leadId} has no result`);
    return { state: "done", hash: row.body_hash, result };
  };

  return {
    get,
    async begin(leadId, hash, now, leaseMs = ttl) {
      // A receipt whose lease lapsed (its process died mid-lead) is taken over; one from before leases ends ttl after since_ms.
      for (let attempt = 0; attempt < 3; attempt++) {
        const claimed = await db.query(
          `insert into lead_receipts (lead_id, body_hash, state, since_ms, lease_until_ms) values ($1, $2, 'in-flight', $3, $4)
           on conflict (lead_id) do update set body_hash = excluded.body_hash, since_ms = excluded.since_ms, lease_until_ms = excluded.lease_until_ms
             where lead_receipts.state = 'in-flight' and coalesce(lead_receipts.lease_until_ms, lead_receipts.since_ms + $5) <= $3
           returning lead_id`,
          [leadId, hash, now, now + leaseMs, ttl],
        );
        if (claimed.length === 1) return undefined;
        const existing = await get(leadId);
        // Released between our INSERT and SELECT: try again.
        if (existing) return existing;
      }
      throw new Error(`lead_receipts: could not begin ${leadId}`);
    },
    async extend(leadId, now, leaseMs = ttl) {
      await db.query("update lead_receipts set lease_until_ms = $2 where lead_id = $1 and state = 'in-flight'", [leadId, now + leaseMs]);
    },
    async complete(leadId, hash, result) {
      await db.query(
        `insert into lead_receipts (lead_id, body_hash, state, since_ms, result) values ($1, $2, 'done', 0, $3::jsonb)
         on conflict (lead_id) do update set body_hash = excluded.body_hash, state = 'done', result = excluded.result`,
        [leadId, hash, JSON.stringify(result)],
      );
    },
    async release(leadId) {
      await db.query("delete from lead_receipts where lead_id = $1 and state = 'in-flight'", [leadId]);
    },
  };
}
