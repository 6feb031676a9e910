import type { Migration } from "../migration";

/**
 * What people do with leads (claims, requalifications: appended, never updated, so the original
 * score stays as it arrived) and the desk's login sessions (shared by every serve process).
 */
export const deskMigration: Migration = {
  version: 2,
  name: "lead events and desk sessions",
  sql: `
    create table lead_events (
      id      integer generated always as identity primary key,
      lead_id text not null references leads (lead_id),
      kind    text not null check (kind in ('claim', 'requalify')),
      actor   text not null,
      at      timestamptz not null,
      data    jsonb not null default '{}'
    );
    create index lead_events_lead_id on lead_events (lead_id);
    -- Two reps pressing Claim at the same moment: the second INSERT fails instead of double-booking.
    create unique index lead_events_one_claim on lead_events (lead_id) where kind = 'claim';

    create table desk_sessions (
      token_hash text primary key,
      user_name  text not null,
      csrf_token text not null,
      created_at timestamptz not null,
      expires_at timestamptz not null
    );
    create index desk_sessions_expires_at on desk_sessions (expires_at);
  `,
};
