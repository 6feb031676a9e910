import { contactEmail } from "../qualify/contact-email";
import type { ServerLead } from "../server/server-lead";
import type { SqlQuery } from "./sql-client";

export interface LeadRepository {
  /** Stores an accepted lead; false when this leadId is already stored (a retried onLead), which is not an error. */
  insert(lead: ServerLead): Promise<boolean>;
  /** Every stored lead, oldest first, exactly as accepted. */
  list(): Promise<ServerLead[]>;
  /** One stored lead, or undefined. */
  find(leadId: string): Promise<ServerLead | undefined>;
  count(): Promise<number>;
}

/**
 * The leads table. The body is kept whole (answers, both scores, context, consent) and never updated:
 * what people decide later is a lead event, so the score a lead arrived with can always be audited.
 *
 * @example
 * const leads = createLeadRepository(db);
 * await leads.insert(serverLead); // true; the same lead again → false
 */
export function createLeadRepository(db: SqlQuery): LeadRepository {
  return {
    async insert(lead) {
      const rows = await db.query(
        `insert into leads (lead_id, form_id, channel, product_line, tier, total, submitted_at, received_at,
           respond_by, visitor_id, email, supersedes, body)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb)
         on conflict (lead_id) do nothing
         returning lead_id`,
        [
          lead.leadId, lead.formId, lead.channel, lead.productLine, lead.score.tier, lead.score.total,
          lead.submittedAt, lead.receivedAt, lead.respondBy, lead.visitorId, contactEmail(lead.answers), lead.supersedes ?? null,
          JSON.stringify(lead),
        ],
      );
      return rows.length === 1;
    },
    async list() {
      const rows = await db.query<{ body: ServerLead | string }>("select body from leads order by received_at, lead_id");
      return rows.map((row) => parseBody(row.body));
    },
    async find(leadId) {
      const [row] = await db.query<{ body: ServerLead | string }>("select body from leads where lead_id = $1", [leadId]);
      return row ? parseBody(row.body) : undefined;
    },
    async count() {
      const [row] = await db.query<{ n: number }>("select count(*)::integer as n from leads");
      return row?.n ?? 0;
    },
  };
}

/** pg and PGlite both parse jsonb; a string only appears through a driver configured otherwise. */
function parseBody(body: ServerLead | string): ServerLead {
  return typeof body === "string" ? (JSON.parse(body) as ServerLead) : body;
}
