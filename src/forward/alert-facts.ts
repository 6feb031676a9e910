import type { ServerLead } from "../server/server-lead";
import type { BuildContext } from "./destination-types";
import { companyName, deskLink, personName } from "./lead-facts";

/** What a chat alert says, before it is dressed as Slack blocks or a Teams card. */
export interface AlertFacts {
  /** "Sales-ready lead: Ana Lima", or for an escalation "Not claimed in time: Ana Lima". */
  title: string;
  who: string;
  email: string | null;
  company: string | null;
  score: string;
  reasons: string[];
  /** The deadline (ISO) and the same as seconds since 1970, for the chat's own local-time formatting. */
  respondBy: { iso: string; unix: number; utc: string } | null;
  /** "Claim in the desk" link, or null without `--public-url`. */
  link: string | null;
  escalation: boolean;
}

/**
 * The facts of a lead that a rep needs in a chat alert: who, company, score and reasons, the respond-by
 * time and where to claim it. Shared by the Slack and Teams builders so both say the same thing.
 *
 * @example alertFacts(lead, { kind: "deliver", now, publicUrl: "https://leads.acme.io" }).title // "Sales-ready lead: Ana Lima"
 */
export function alertFacts(lead: ServerLead, ctx: BuildContext): AlertFacts {
  const who = personName(lead);
  const email = typeof lead.answers["email"] === "string" && lead.answers["email"] !== who ? lead.answers["email"] : null;
  const by = lead.respondBy ? Date.parse(lead.respondBy) : null;
  const escalation = ctx.kind === "escalate";
  const tierLabel = lead.score.tier === "sales-ready" ? "Sales-ready lead" : `New ${lead.score.tier} lead`;
  return {
    title: escalation ? `Not claimed in time: ${who}` : `${tierLabel}: ${who}`,
    who,
    email,
    company: companyName(lead),
    score: `${lead.score.total} (${lead.score.tier})`,
    reasons: lead.score.reasons,
    respondBy: by === null ? null : { iso: new Date(by).toISOString(), unix: Math.floor(by / 1000), utc: `${new Date(by).toISOString().slice(11, 16)} UTC` },
    link: deskLink(ctx.publicUrl, lead.leadId),
    escalation,
  };
}

/**
 * "overdue by 3 min" for an escalation sent at `now`.
 *
 * @example overdueText("2026-11-23T12:05:00.000Z", Date.parse("2026-11-23T12:08:10.000Z")) // "3 min"
 */
export function overdueText(respondByIso: string, now: number): string {
  const minutes = Math.max(0, Math.floor((now - Date.parse(respondByIso)) / 60_000));
  return minutes < 60 ? `${minutes} min` : `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}
