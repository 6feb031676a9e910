import type { PlannedJob } from "../forward/plan-jobs";
import type { JobKind } from "../forward/destination-types";
import type { ServerLead } from "../server/server-lead";
import type { SqlQuery } from "./sql-client";

export type JobStatus = "pending" | "delivered" | "dead" | "skipped";

/** One row of the forwarding queue, as the desk and the runner see it. */
export interface ForwardJob {
  id: number;
  leadId: string;
  destination: string;
  kind: JobKind;
  status: JobStatus;
  /** Attempts that reached the network (a job held back by a rate limit or the daily cap does not count). */
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  /** Who pressed Retry or Replay last, if anyone. */
  requestedBy: string | null;
  updatedAt: string;
}

/** A job a worker holds: its lease (the fencing token for settling it) and the lead to send. */
export interface ClaimedJob extends ForwardJob {
  lease: string;
  lead: ServerLead;
}

/** How a worker leaves a job: the new status, attempts, when to try next, and what happened. */
export interface JobSettlement {
  status: JobStatus;
  attempts: number;
  nextAttemptAt?: Date;
  lastStatus: number | null;
  lastError: string | null;
  delivered?: boolean;
}

export interface ForwardJobRepository {
  /** Queues a new lead's jobs (call it in the lead's insert transaction); existing ones are left alone. */
  enqueue(leadId: string, jobs: readonly PlannedJob[], now: Date): Promise<number>;
  /** Takes up to `limit` due jobs for `leaseMs`, skipping rows another worker holds (FOR UPDATE SKIP LOCKED). */
  claimDue(now: Date, limit: number, leaseMs: number, lease: string): Promise<ClaimedJob[]>;
  /** Records a claimed job's outcome; false when its lease was lost (it expired and another worker took it). */
  settle(job: ClaimedJob, settlement: JobSettlement, now: Date): Promise<boolean>;
  /**
   * Frees every lease at once: only for a database one process owns (embedded), where any lease left at
   * start belongs to a run that crashed. Returns how many jobs it freed.
   */
  releaseAllLeases(): Promise<number>;
  /** Jobs of these leads, oldest first. */
  listForLeads(leadIds: readonly string[]): Promise<ForwardJob[]>;
  /** A dead job (Retry) or a delivered one (Replay) becomes due now; anything else is refused. */
  requeue(jobId: number, from: "dead" | "delivered", actor: string, now: Date): Promise<ForwardJob | "not_found" | "wrong_status">;
  /** The claim on this lead or on another lead of the same email, if any. */
  claimOf(leadId: string): Promise<{ actor: string; at: string } | null>;
  /** Counts one send against a daily cap; false when the cap is reached. */
  reserveDaily(destination: string, day: string, cap: number): Promise<boolean>;
  /** Gives back a reservation whose send did not go through. */
  releaseDaily(destination: string, day: string): Promise<void>;
  /** Sends counted per destination on a day. */
  dailyCounts(day: string): Promise<Map<string, number>>;
  /** Jobs per status (for logs and tests). */
  countByStatus(): Promise<Record<JobStatus, number>>;
}

interface JobRow {
  id: number;
  lead_id: string;
  destination: string;
  kind: JobKind;
  status: JobStatus;
  attempts: number;
  next_attempt_at: Date | string;
  last_status: number | null;
  last_error: string | null;
  delivered_at: Date | string | null;
  requested_by: string | null;
  updated_at: Date | string;
  lease?: string;
  body?: ServerLead | string;
}

const COLUMNS = "j.id, j.lead_id, j.destination, j.kind, j.status, j.attempts, j.next_attempt_at, j.last_status, j.last_error, j.delivered_at, j.requested_by, j.updated_at";

/**
 * The forward_jobs table (migration 0003). Every time is passed in, so tests move the clock; every
 * state change of a claimed job is fenced by its lease, so a worker that lost its lease cannot
 * overwrite what the next worker did.
 *
 * @example
 * const jobs = createForwardJobRepository(db);
 * for (const job of await jobs.claimDue(new Date(), 20, 60_000, "worker-1:1")) …
 */
export function createForwardJobRepository(db: SqlQuery): ForwardJobRepository {
  return {
    async enqueue(leadId, jobs, now) {
      let created = 0;
      for (const job of jobs) {
        const rows = await db.query(
          `insert into forward_jobs (lead_id, destination, kind, status, next_attempt_at, created_at, updated_at)
           values ($1, $2, $3, 'pending', $4, $5, $5) on conflict (lead_id, destination, kind) do nothing returning id`,
          [leadId, job.destination, job.kind, job.dueAt, now.toISOString()],
        );
        created += rows.length;
      }
      return created;
    },
    async claimDue(now, limit, leaseMs, lease) {
      const rows = await db.query<JobRow>(
        `update forward_jobs j set lease = $1, locked_until = $2
         from leads l
         where l.lead_id = j.lead_id and j.id in (
           select id from forward_jobs
           where status = 'pending' and next_attempt_at <= $3 and (locked_until is null or locked_until <= $3)
           order by next_attempt_at, id limit $4
           for update skip locked)
         returning ${COLUMNS}, j.lease, l.body`,
        [lease, new Date(now.getTime() + leaseMs).toISOString(), now.toISOString(), limit],
      );
      return rows.map((row) => ({ ...toJob(row), lease: row.lease!, lead: parseBody(row.body!) }));
    },
    async settle(job, s, now) {
      const rows = await db.query(
        `update forward_jobs set status = $3, attempts = $4, next_attempt_at = coalesce($5, next_attempt_at), last_status = $6,
           last_error = $7, delivered_at = case when $8 then $9::timestamptz else delivered_at end, lease = null, locked_until = null, updated_at = $9
         where id = $1 and lease = $2 returning id`,
        [job.id, job.lease, s.status, s.attempts, s.nextAttemptAt?.toISOString() ?? null, s.lastStatus, s.lastError, s.delivered === true, now.toISOString()],
      );
      return rows.length === 1;
    },
    async releaseAllLeases() {
      const rows = await db.query("update forward_jobs set lease = null, locked_until = null where lease is not null and status = 'pending' returning id");
      return rows.length;
    },
    async listForLeads(leadIds) {
      if (leadIds.length === 0) return [];
      const rows = await db.query<JobRow>(`select ${COLUMNS} from forward_jobs j where j.lead_id = any($1::text[]) order by j.id`, [[...leadIds]]);
      return rows.map(toJob);
    },
    async requeue(jobId, from, actor, now) {
      const rows = await db.query<JobRow>(
        `update forward_jobs j set status = 'pending', attempts = 0, next_attempt_at = $3, lease = null, locked_until = null,
           requested_by = $4, updated_at = $3
         where j.id = $1 and j.status = $2 returning ${COLUMNS}`,
        [jobId, from, now.toISOString(), actor],
      );
      if (rows[0]) return toJob(rows[0]);
      const exists = await db.query("select 1 from forward_jobs where id = $1", [jobId]);
      return exists.length === 0 ? "not_found" : "wrong_status";
    },
    async claimOf(leadId) {
      // The person as the desk groups leads (groupContacts): the same email, the same visitorId, or a
      // supersedes link, followed transitively (`union` drops rows already found, so the walk ends).
      const [row] = await db.query<{ actor: string; at: Date | string }>(
        `with recursive person(lead_id, email, visitor_id, supersedes) as (
           select lead_id, email, visitor_id, supersedes from leads where lead_id = $1
           union
           select o.lead_id, o.email, o.visitor_id, o.supersedes from leads o join person p
             on (p.email is not null and o.email = p.email) or (p.visitor_id is not null and o.visitor_id = p.visitor_id)
             or o.lead_id = p.supersedes or o.supersedes = p.lead_id
         )
         select e.actor, e.at from lead_events e
         where e.kind = 'claim' and e.lead_id in (select lead_id from person)
         order by e.at limit 1`,
        [leadId],
      );
      return row ? { actor: row.actor, at: new Date(row.at).toISOString() } : null;
    },
    async reserveDaily(destination, day, cap) {
      const rows = await db.query(
        `insert into forward_daily_counts (destination, day, sent) values ($1, $2, 1)
         on conflict (destination, day) do update set sent = forward_daily_counts.sent + 1 where forward_daily_counts.sent < $3
         returning sent`,
        [destination, day, cap],
      );
      return rows.length === 1;
    },
    async releaseDaily(destination, day) {
      await db.query("update forward_daily_counts set sent = greatest(sent - 1, 0) where destination = $1 and day = $2", [destination, day]);
    },
    async dailyCounts(day) {
      const rows = await db.query<{ destination: string; sent: number }>("select destination, sent from forward_daily_counts where day = $1", [day]);
      return new Map(rows.map((row) => [row.destination, Number(row.sent)]));
    },
    async countByStatus() {
      const rows = await db.query<{ status: JobStatus; n: number }>("select status, count(*)::integer as n from forward_jobs group by status");
      const counts: Record<JobStatus, number> = { pending: 0, delivered: 0, dead: 0, skipped: 0 };
      for (const row of rows) counts[row.status] = Number(row.n);
      return counts;
    },
  };
}

function toJob(row: JobRow): ForwardJob {
  return {
    id: Number(row.id),
    leadId: row.lead_id,
    destination: row.destination,
    kind: row.kind,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: new Date(row.next_attempt_at).toISOString(),
    lastStatus: row.last_status === null ? null : Number(row.last_status),
    lastError: row.last_error,
    deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at).toISOString(),
    requestedBy: row.requested_by,
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

function parseBody(body: ServerLead | string): ServerLead {
  return typeof body === "string" ? (JSON.parse(body) as ServerLead) : body;
}
