import { webhookSignature } from "../server/verify-webhook";
import type { ServerLead } from "../server/server-lead";
import type { BuildContext, Destination, OutgoingRequest } from "./destination-types";

type WebhookDestination = Extract<Destination, { type: "webhook" }>;

/** The event types a webhook receiver sees in `type`. */
export const WEBHOOK_EVENTS = { deliver: "lead.received", escalate: "lead.escalated" } as const;

/**
 * The signed webhook for a lead (Standard Webhooks): the body is `{ type, timestamp, data: <the stored lead> }`,
 * `webhook-id` is the leadId (an escalation's is `<leadId>.escalation`), so a receiver dedupes retries on it.
 *
 * @example const request = await buildWebhookRequest(lead, destination, { kind: "deliver", now: Date.now(), publicUrl: null });
 */
export async function buildWebhookRequest(lead: ServerLead, destination: WebhookDestination, ctx: BuildContext): Promise<OutgoingRequest> {
  const id = ctx.kind === "deliver" ? lead.leadId : `${lead.leadId}.escalation`;
  const timestamp = Math.floor(ctx.now / 1000);
  const body = JSON.stringify({ type: WEBHOOK_EVENTS[ctx.kind], timestamp: new Date(timestamp * 1000).toISOString(), data: lead });
  return {
    url: destination.url,
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      "webhook-id": id,
      "webhook-timestamp": String(timestamp),
      "webhook-signature": await webhookSignature(destination.secret, id, timestamp, body),
    },
    body,
  };
}
