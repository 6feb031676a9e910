import type { Tier } from "../config/types";
import type { SqlQuery } from "./sql-client";

/** Something a person did with a lead. Appended, never updated or deleted. */
export type LeadEvent =
  | { id: number; leadId: string; kind: "claim"; actor: string; at: string; since?: string }
  | { id: number; leadId: string; kind: "requalify"; actor: string; at: string; tier: Tier; fromTier: Tier; note: string };

export type ClaimResult = { ok: true; event: LeadEvent } | { ok: false; claimedBy: LeadEvent | undefined };

export interface EventRepository {
  /**
   * Records that `actor` took this lead; refused when someone already did (at most one claim per lead).
   * `since` is when the lead started waiting for a call, kept so time-to-claim never has to be re-derived.
   */
  claim(leadId: string, actor: string, at: Date, since?: string): Promise<ClaimResult>;
  /** Records a person's new tier for a lead, with their note; the lead's own score is left as it was. */
  requalify(leadId: string, actor: string, at: Date, change: { tier: Tier; fromTier: Tier; note: string }): Promise<LeadEvent>;
  /** Every event, oldest first. */
  list(): Promise<LeadEvent[]>;
  /** Cheap change marker for polling: the id of the newest event (0 when none). */
  newestId(): Promise<number>;
}

interface EventRow {
  id: number;
  lead_id: string;
  kind: "claim" | "requalify";
  actor: string;
  at: Date | string;
  data: Record<string, unknown> | string;
}

/**
 * The lead_events table: claims (one per lead, enforced by a unique index, so two reps claiming at
 * once cannot both win) and requalifications with a note.
 *
 * @example
 * const events = createEventRepository(db);
 * await events.claim(leadId, "ana", new Date()); // { ok: true, event }
 */
export function createEventRepository(db: SqlQuery): EventRepository {
  const select = "select id, lead_id, kind, actor, at, data from lead_events";
  return {
    async claim(leadId, actor, at, since) {
      const rows = await db.query<EventRow>(
        `insert into lead_events (lead_id, kind, actor, at, data) values ($1, 'claim', $2, $3, $4::jsonb)
         on conflict (lead_id) where kind = 'claim' do nothing
         returning id, lead_id, kind, actor, at, data`,
        [leadId, actor, at.toISOString(), JSON.stringify(since ? { since } : {})],
      );
      if (rows[0]) return { ok: true, event: toEvent(rows[0]) };
      const [existing] = await db.query<EventRow>(`${select} where lead_id = $1 and kind = 'claim'`, [leadId]);
      return { ok: false, claimedBy: existing ? toEvent(existing) : undefined };
    },
    async requalify(leadId, actor, at, change) {
      const [row] = await db.query<EventRow>(
        `insert into lead_events (lead_id, kind, actor, at, data) values ($1, 'requalify', $2, $3, $4::jsonb)
         returning id, lead_id, kind, actor, at, data`,
        [leadId, actor, at.toISOString(), JSON.stringify(change)],
      );
      if (!row) throw new Error("requalify: the insert returned no row");
      return toEvent(row);
    },
    async list() {
      return (await db.query<EventRow>(`${select} order by id`)).map(toEvent);
    },
    async newestId() {
      const [row] = await db.query<{ id: number | null }>("select max(id) as id from lead_events");
      return row?.id ?? 0;
    },
  };
}

function toEvent(row: EventRow): LeadEvent {
  const at = new Date(row.at).toISOString();
  const base = { id: Number(row.id), leadId: row.lead_id, actor: row.actor, at };
  const data = (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as Record<string, unknown>;
  if (row.kind === "claim") return { ...base, kind: "claim", ...(typeof data["since"] === "string" ? { since: data["since"] } : {}) };
  return { ...base, kind: "requalify", tier: data["tier"] as Tier, fromTier: data["fromTier"] as Tier, note: String(data["note"] ?? "") };
}
