import type { ServerLead } from "../../server/server-lead";
import type { DeskLead } from "./desk-types";

/**
 * The desk's view of a stored lead: the server's score (never the browser's), the fields people filter
 * on, the answers, and what booth staff added (rating, note, captured by, badge id). Consent text, page
 * URL, referrer and the badge's raw text stay in the database.
 *
 * @example toDeskLead(storedLead).campaign // "RetailTech 2026" or the utm_campaign, else null
 */
export function toDeskLead(lead: ServerLead): DeskLead {
  return {
    leadId: lead.leadId,
    formId: lead.formId,
    channel: lead.channel,
    productLine: lead.productLine,
    campaign: lead.campaign?.name ?? lead.context.utm["campaign"] ?? null,
    submittedAt: lead.submittedAt,
    receivedAt: lead.receivedAt,
    respondBy: lead.respondBy,
    visitorId: lead.visitorId,
    supersedes: lead.supersedes ?? null,
    tier: lead.score.tier,
    total: lead.score.total,
    dimensions: lead.score.dimensions,
    reasons: lead.score.reasons,
    answers: lead.answers,
    scoreMismatch: lead.scoreMismatch,
    suspectedBot: lead.context.suspectedBot === true,
    partial: lead.context.partial === true,
    visit: lead.context.visit,
    staff: lead.staff ?? null,
    capturedBy: lead.capturedBy ?? null,
    badgeId: lead.badge?.id ?? null,
    booth: lead.campaign?.booth ?? null,
  };
}
