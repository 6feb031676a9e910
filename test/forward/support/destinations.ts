import type { DestinationsFile } from "../../../src/forward/destination-types";
import { parseDestinations } from "../../../src/forward/parse-destinations";
import type { ForwardSetup } from "../../../src/forward/destination-types";

export const WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
export const SF_OID = "00D5e000000AbCd";
export const SF_TIER_FIELD = "00N5e00000AbCdE";
export const SF_LEAD_ID_FIELD = "00N5e00000LdIdX";

/**
 * A destinations file with one destination of each type pointing at `base` (a fake service on loopback),
 * the way the README's copy-paste configs are written; secrets come from `ENV`.
 */
export function destinationsFile(base: string, extra: Partial<DestinationsFile> = {}): DestinationsFile {
  return {
    destinations: {
      crm: { type: "webhook", url: `${base}/webhook`, secret: { env: "LEAD_WEBHOOK_SECRET" } },
      hubspot: {
        type: "hubspot",
        portalId: "1234567",
        formGuid: "0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d",
        url: `${base}/hubspot`,
        fields: { email: "email", name: "firstname", company: "company", need: "lq_need" },
        leadFields: { tier: "lq_tier", total: "lq_score", reasons: "lq_reasons", leadId: "lq_lead_id" },
        hutkParam: "hutk",
        communications: [{ subscriptionTypeId: 999, text: "I agree to receive marketing email." }],
      },
      salesforce: {
        type: "salesforce",
        oid: SF_OID,
        url: `${base}/salesforce/servlet/servlet.WebToLead?encoding=UTF-8`,
        fields: { email: "email", name: "name", company: "company", phone: "phone" },
        leadFields: { tier: SF_TIER_FIELD, leadId: SF_LEAD_ID_FIELD },
        static: { lead_source: "Web" },
      },
      "slack-sales": { type: "slack", url: { env: "SLACK_WEBHOOK_URL" } },
      "teams-lead": { type: "teams", url: { env: "TEAMS_WEBHOOK_URL" } },
    },
    escalations: [{ to: "teams-lead" }],
    ...extra,
  };
}

export function destinationsEnv(base: string): Record<string, string> {
  return { LEAD_WEBHOOK_SECRET: WEBHOOK_SECRET, SLACK_WEBHOOK_URL: `${base}/slack/T000/B000/XXXX`, TEAMS_WEBHOOK_URL: `${base}/teams/workflows/abc` };
}

/** The parsed setup, or a thrown error listing the issues (a broken fixture is a test bug). */
export function setupFor(base: string, file: DestinationsFile = destinationsFile(base)): ForwardSetup {
  const parsed = parseDestinations(JSON.stringify(file), { env: destinationsEnv(base) });
  if (!parsed.ok) throw new Error(parsed.error.map((i) => `${i.path}: ${i.message}`).join("\n"));
  return parsed.value;
}
