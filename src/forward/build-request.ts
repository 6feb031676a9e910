import type { ServerLead } from "../server/server-lead";
import { buildHubSpotRequest } from "./build-hubspot-request";
import { buildSalesforceRequest } from "./build-salesforce-request";
import { buildSlackMessage } from "./build-slack-message";
import { buildTeamsMessage } from "./build-teams-message";
import { buildWebhookRequest } from "./build-webhook-request";
import type { BuildContext, Destination, OutgoingRequest } from "./destination-types";

/**
 * The request a destination gets for a lead: a function of the lead, the destination's mapping and the
 * context, nothing else (no I/O), so every mapping is tested without a network.
 *
 * @example await buildRequest(lead, destinations.get("slack-sales")!, { kind: "deliver", now: Date.now(), publicUrl })
 */
export async function buildRequest(lead: ServerLead, destination: Destination, ctx: BuildContext): Promise<OutgoingRequest> {
  switch (destination.type) {
    case "webhook":
      return buildWebhookRequest(lead, destination, ctx);
    case "hubspot":
      return buildHubSpotRequest(lead, destination, ctx);
    case "salesforce":
      return buildSalesforceRequest(lead, destination, ctx);
    case "slack":
      return buildSlackMessage(lead, destination, ctx);
    case "teams":
      return buildTeamsMessage(lead, destination, ctx);
  }
}
