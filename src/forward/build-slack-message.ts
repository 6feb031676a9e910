import type { ServerLead } from "../server/server-lead";
import type { BuildContext, Destination, OutgoingRequest } from "./destination-types";
import { alertFacts, overdueText } from "./alert-facts";

type SlackDestination = Extract<Destination, { type: "slack" }>;

/**
 * Slack mrkdwn treats `&`, `<` and `>` as control characters: escaped, a visitor's "name" of
 * `<!channel>` cannot ping the whole channel, and `<https://x|click>` cannot become a link.
 *
 * @example slackEscape("<!channel> & co") // "&lt;!channel&gt; &amp; co"
 */
export function slackEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A Slack incoming-webhook message (Block Kit) for a sales-ready lead: who, company, score, the reasons,
 * the respond-by time in each reader's own time zone (`<!date^…>`), and a "Claim in the desk" button.
 * `text` is the notification's plain fallback.
 *
 * @example buildSlackMessage(lead, { type: "slack", url: "https://hooks.slack.com/services/…", … }, ctx)
 */
export function buildSlackMessage(lead: ServerLead, destination: SlackDestination, ctx: BuildContext): OutgoingRequest {
  const facts = alertFacts(lead, ctx);
  const by = facts.respondBy;
  const respond = by ? `<!date^${by.unix}^{time}|${by.utc}>` : "—";
  const fields = [
    `*Who*\n${slackEscape(facts.who)}${facts.email ? `\n${slackEscape(facts.email)}` : ""}`,
    `*Company*\n${slackEscape(facts.company ?? "—")}`,
    `*Score*\n${slackEscape(facts.score)}`,
    `*${facts.escalation && by ? `Respond-by passed ${overdueText(by.iso, ctx.now)} ago` : "Respond by"}*\n${respond}`,
  ].map((text) => ({ type: "mrkdwn", text: clip(text, 2000) }));
  const reasons = facts.reasons.length > 0 ? facts.reasons.map((r) => `• ${slackEscape(r)}`).join("\n") : "• (no reason given)";
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: clip(facts.title, 150), emoji: false } },
    { type: "section", fields },
    { type: "section", text: { type: "mrkdwn", text: clip(`*Why*\n${reasons}`, 3000) } },
  ];
  if (facts.link) {
    blocks.push({
      type: "actions",
      elements: [{ type: "button", text: { type: "plain_text", text: "Claim in the desk" }, url: facts.link, style: "primary", action_id: "claim" }],
    });
  }
  const fallback = `${facts.title}${facts.company ? `, ${facts.company}` : ""}. ${by ? `Respond by ${by.utc}.` : ""}`.trim();
  return {
    url: destination.url,
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ text: slackEscape(fallback), blocks }),
  };
}
