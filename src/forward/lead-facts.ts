import type { AnswerValue } from "../config/types";
import type { ServerLead } from "../server/server-lead";
import type { BuildContext, LeadField } from "./destination-types";

/**
 * An answer as one line of text for a CRM field: lists joined with `;` (HubSpot's and Salesforce's
 * multi-select separator), booleans as `true`/`false`.
 *
 * @example answerText(["reporting", "alerts"]) // "reporting;alerts"
 */
export function answerText(value: AnswerValue | undefined): string {
  if (value === undefined) return "";
  return Array.isArray(value) ? value.join(";") : String(value);
}

/** Who the lead is, for a person reading an alert: the name answer, else the email, else "Anonymous visitor". */
export function personName(lead: ServerLead): string {
  const name = lead.answers["name"];
  if (typeof name === "string" && name.trim()) return name.trim();
  const email = lead.answers["email"];
  return typeof email === "string" && email.trim() ? email.trim() : "Anonymous visitor";
}

/** The company answer, or null. */
export function companyName(lead: ServerLead): string | null {
  const company = lead.answers["company"];
  return typeof company === "string" && company.trim() ? company.trim() : null;
}

/**
 * The desk page of a lead's person: `<publicUrl>/desk/#/contact/<leadId>`. Only the opaque leadId goes
 * into the link, never a name or an email.
 *
 * @example deskLink("https://leads.acme.io", "7b0c…") // "https://leads.acme.io/desk/#/contact/7b0c…"
 */
export function deskLink(publicUrl: string | null, leadId: string): string | null {
  return publicUrl ? `${publicUrl.replace(/\/+$/, "")}/desk/#/contact/${encodeURIComponent(leadId)}` : null;
}

/**
 * A lead fact as text for a CRM custom property.
 *
 * @example leadFieldText(lead, "reasons", ctx) // "Buying within a month; Decision maker"
 */
export function leadFieldText(lead: ServerLead, field: LeadField, ctx: BuildContext): string {
  switch (field) {
    case "leadId":
      return lead.leadId;
    case "tier":
      return lead.score.tier;
    case "total":
      return String(lead.score.total);
    case "reasons":
      return lead.score.reasons.join("; ");
    case "priority":
      return lead.priority;
    case "respondBy":
      return lead.respondBy ?? "";
    case "formId":
      return lead.formId;
    case "channel":
      return lead.channel;
    case "productLine":
      return lead.productLine ?? "";
    case "campaign":
      return lead.campaign?.name ?? "";
    case "submittedAt":
      return lead.submittedAt;
    case "pageUrl":
      return lead.context.pageUrl;
    case "deskUrl":
      return deskLink(ctx.publicUrl, lead.leadId) ?? "";
  }
}
