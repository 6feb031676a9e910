import type { Migration } from "../migration";

/**
 * Leads as the lead endpoint accepted them (the whole server lead in `body`, never rewritten), the
 * columns the desk filters and groups on, and the dedupe receipts the handler's `store` keeps.
 */
export const leadsMigration: Migration = {
  version: 1,
  name: "leads and lead receipts",
  sql: `
    create table leads (
      lead_id      text primary key,
      form_id      text not null,
      channel      text not null,
      product_line text,
      tier         text not null,
      total        integer not null,
      submitted_at timestamptz not null,
      received_at  timestamptz not null,
      respond_by   timestamptz,
      visitor_id   text,
      email        text,
      supersedes   text,
      body         jsonb not null
    );
    create index leads_received_at on leads (received_at);
    create index leads_email on leads (email);
    create index leads_visitor_id on leads (visitor_id);

    -- One row per leadId the endpoint has seen: the primary key is what makes two serve processes
    -- accept a lead exactly once (the second INSERT … ON CONFLICT finds the first one's row).
    create table lead_receipts (
      lead_id   text primary key,
      body_hash text not null,
      state     text not null check (state in ('in-flight', 'done')),
      since_ms  double precision not null,
      result    jsonb
    );
  `,
};
