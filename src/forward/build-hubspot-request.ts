import type { ServerLead } from "../server/server-lead";
import type { BuildContext, Destination, LeadField, OutgoingRequest } from "./destination-types";
import { answerText, leadFieldText } from "./lead-facts";

type HubSpotDestination = Extract<Destination, { type: "hubspot" }>;

interface HubSpotField {
  objectTypeId: "0-1";
  name: string;
  value: string;
}

/**
 * A HubSpot Forms Submission API v3 request (`POST /submissions/v3/integration/submit/:portalId/:formGuid`):
 * mapped answers and lead facts as contact (`0-1`) fields, `context.pageUri`/`pageName`, `hutk` only when the
 * lead gave consent and carries one, and `legalConsentOptions` from the lead's consent record.
 *
 * @example buildHubSpotRequest(lead, { …, fields: { email: "email", company: "company" }, leadFields: { tier: "lq_tier" } }, ctx)
 */
export function buildHubSpotRequest(lead: ServerLead, destination: HubSpotDestination, ctx: BuildContext): OutgoingRequest {
  const fields: HubSpotField[] = [];
  for (const [questionId, property] of Object.entries(destination.fields)) {
    const value = answerText(lead.answers[questionId]);
    if (value !== "") fields.push({ objectTypeId: "0-1", name: property, value });
  }
  for (const [fact, property] of Object.entries(destination.leadFields ?? {}) as Array<[LeadField, string]>) {
    const value = leadFieldText(lead, fact, ctx);
    if (value !== "") fields.push({ objectTypeId: "0-1", name: property, value });
  }
  const consented = lead.consent?.given === true;
  const hutk = destination.hutkParam ? lead.context.params[destination.hutkParam] : undefined;
  const context: Record<string, string> = {
    pageUri: lead.context.pageUrl,
    pageName: lead.campaign?.name ?? lead.formId,
    ...(consented && hutk && /^[0-9a-f]{32}$/i.test(hutk) ? { hutk } : {}),
  };
  const body = {
    submittedAt: String(Date.parse(lead.submittedAt)),
    fields,
    context,
    ...(consented
      ? {
          legalConsentOptions: {
            consent: {
              consentToProcess: true,
              text: lead.consent!.text,
              communications: (destination.communications ?? []).map((c) => ({ value: true, subscriptionTypeId: c.subscriptionTypeId, text: c.text })),
            },
          },
        }
      : {}),
  };
  const base = destination.url.replace(/\/+$/, "");
  return {
    url: `${base}/submissions/v3/integration/submit/${encodeURIComponent(destination.portalId)}/${encodeURIComponent(destination.formGuid)}`,
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  };
}
