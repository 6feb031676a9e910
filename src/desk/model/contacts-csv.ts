import { csvCell } from "../../widget/kiosk/leads-csv";
import { describeHistory } from "./describe-history";
import type { Contact } from "./desk-types";

export const CONTACT_CSV_COLUMNS = [
  "name", "email", "company", "tier", "score", "reasons", "history", "channels", "campaigns", "productLines",
  "forms", "leads", "firstSeenAt", "lastSeenAt", "claimedBy", "claimedAt", "contactId",
  "staffRating", "staffDecision", "staffNote", "followUp", "capturedBy", "badgeIds",
] as const;

/**
 * The All leads view as CSV, one row per contact (what the rep sees), RFC 4180 with CRLF. Every cell
 * goes through `csvCell`, which neutralizes spreadsheet formulas a visitor may have typed
 * (`=HYPERLINK(…)` as a company name stays text).
 *
 * @example contactsToCsv(filterContacts(contacts, filters, localDay))
 */
export function contactsToCsv(contacts: readonly Contact[]): string {
  const lines = [CONTACT_CSV_COLUMNS.join(",")];
  for (const contact of contacts) {
    const distinct = (values: Array<string | null>) => [...new Set(values.filter((v): v is string => !!v))].join("; ");
    // The latest lead a booth staff member rated: its rating, decision, note and follow-ups.
    const staffed = [...contact.leads].reverse().find((lead) => lead.staff !== null);
    const row: Record<(typeof CONTACT_CSV_COLUMNS)[number], string | number | null> = {
      name: contact.name,
      email: contact.email,
      company: contact.company,
      tier: contact.tier,
      score: contact.total,
      reasons: contact.reasons.join("; "),
      history: describeHistory(contact.steps),
      channels: distinct(contact.leads.map((l) => l.channel)),
      campaigns: distinct(contact.leads.map((l) => l.campaign)),
      productLines: distinct(contact.leads.map((l) => l.productLine)),
      forms: distinct(contact.leads.map((l) => l.formId)),
      leads: contact.leads.length,
      firstSeenAt: contact.firstSeenAt,
      lastSeenAt: contact.lastSeenAt,
      claimedBy: contact.claim?.actor ?? null,
      claimedAt: contact.claim?.at ?? null,
      contactId: contact.id,
      staffRating: staffed?.staff?.rating ?? null,
      staffDecision: staffed?.staff?.decision?.tier ?? null,
      staffNote: staffed?.staff?.note || null,
      followUp: staffed?.staff?.followUp.join("; ") || null,
      capturedBy: distinct(contact.leads.map((l) => l.capturedBy)) || null,
      badgeIds: distinct(contact.leads.map((l) => l.badgeId)) || null,
    };
    lines.push(CONTACT_CSV_COLUMNS.map((column) => csvCell(row[column])).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
