import type { Migration } from "../migration";

/**
 * The forwarding queue: one job per lead × destination (× kind: the delivery, or the escalation of a hot
 * lead nobody claimed), created in the lead's own transaction so no lead is stored without its jobs.
 * Workers claim due jobs with `FOR UPDATE SKIP LOCKED` and a lease, so several serve processes share the
 * queue and each job runs once; a lease left by a crashed process expires and the job is picked up again.
 * Salesforce's daily cap is counted per destination and UTC day.
 */
export const forwardingMigration: Migration = {
  version: 3,
  name: "forwarding queue",
  sql: `
    create table forward_jobs (
      id              integer generated always as identity primary key,
      lead_id         text not null references leads (lead_id),
      destination     text not null,
      kind            text not null check (kind in ('deliver', 'escalate')),
      status          text not null check (status in ('pending', 'delivered', 'dead', 'skipped')),
      attempts        integer not null default 0,
      next_attempt_at timestamptz not null,
      lease           text,
      locked_until    timestamptz,
      last_status     integer,
      last_error      text,
      delivered_at    timestamptz,
      requested_by    text,
      created_at      timestamptz not null,
      updated_at      timestamptz not null
    );
    -- At most one job per lead, destination and kind: a retried onLead cannot queue a lead twice.
    create unique index forward_jobs_once on forward_jobs (lead_id, destination, kind);
    create index forward_jobs_due on forward_jobs (next_attempt_at) where status = 'pending';

    create table forward_daily_counts (
      destination text not null,
      day         date not null,
      sent        integer not null,
      primary key (destination, day)
    );
  `,
};
