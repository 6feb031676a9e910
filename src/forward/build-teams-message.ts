import type { ServerLead } from "../server/server-lead";
import type { BuildContext, Destination, OutgoingRequest } from "./destination-types";
import { alertFacts, overdueText } from "./alert-facts";

type TeamsDestination = Extract<Destination, { type: "teams" }>;

/**
 * Adaptive Card text is Markdown: escaped, a visitor's answer cannot turn into a link or bold text.
 *
 * @example teamsEscape("[click](https://x)") // "\\[click\\]\\(https://x\\)"
 */
export function teamsEscape(text: string): string {
  return text.replace(/[\\`*_[\]()~]/g, (c) => `\\${c}`);
}

/**
 * A Microsoft Teams workflow-webhook message ("Post to a channel when a webhook request is received"):
 * one Adaptive Card (1.4) in `attachments` with who, company, score, the reasons, the respond-by time in
 * the reader's time zone (`{{TIME(…)}}`) and an "Claim in the desk" action.
 *
 * @example buildTeamsMessage(lead, { type: "teams", url: "https://prod-00.westeurope.logic.azure.com/…", … }, ctx)
 */
export function buildTeamsMessage(lead: ServerLead, destination: TeamsDestination, ctx: BuildContext): OutgoingRequest {
  const facts = alertFacts(lead, ctx);
  const by = facts.respondBy;
  const body: unknown[] = [
    { type: "TextBlock", text: teamsEscape(facts.title), weight: "Bolder", size: "Medium", wrap: true, ...(facts.escalation ? { color: "Attention" } : {}) },
    {
      type: "FactSet",
      facts: [
        { title: "Who", value: teamsEscape([facts.who, facts.email].filter(Boolean).join(", ")) },
        { title: "Company", value: teamsEscape(facts.company ?? "—") },
        { title: "Score", value: teamsEscape(facts.score) },
      ],
    },
    { type: "TextBlock", text: `**Why:** ${facts.reasons.map(teamsEscape).join("; ") || "(no reason given)"}`, wrap: true },
  ];
  if (by) {
    const when = `{{TIME(${by.iso.replace(/\.\d{3}Z$/, "Z")})}}`;
    const text = facts.escalation ? `Respond-by passed ${overdueText(by.iso, ctx.now)} ago (${when})` : `Respond by ${when}`;
    body.push({ type: "TextBlock", text, wrap: true, weight: "Bolder", ...(facts.escalation ? { color: "Attention" } : {}) });
  }
  const card = {
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    type: "AdaptiveCard",
    version: "1.4",
    body,
    ...(facts.link ? { actions: [{ type: "Action.OpenUrl", title: "Claim in the desk", url: facts.link }] } : {}),
  };
  return {
    url: destination.url,
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ type: "message", attachments: [{ contentType: "application/vnd.microsoft.card.adaptive", contentUrl: null, content: card }] }),
  };
}
