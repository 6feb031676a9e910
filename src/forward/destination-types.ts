// The forwarding vocabulary: the destinations file as written, the resolved setup `serve` runs with,
// and the HTTP request a destination builds. No runtime code.
import type { Tier } from "../config/types";

export const DESTINATION_TYPES = ["webhook", "hubspot", "salesforce", "slack", "teams"] as const;
export type DestinationType = (typeof DESTINATION_TYPES)[number];

/** A value read from the environment at start (`{ "env": "SLACK_WEBHOOK_URL" }`), so secrets stay out of the file. */
export interface EnvRef {
  env: string;
}

/** Lead facts (not answers) a CRM mapping can send to a custom property or field. */
export const LEAD_FIELDS = [
  "leadId", "tier", "total", "reasons", "priority", "respondBy", "formId", "channel", "productLine", "campaign", "submittedAt", "pageUrl", "deskUrl",
] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** Which leads go to a destination: all when a list is omitted. */
export interface DestinationFilter {
  forms?: string[];
  tiers?: Tier[];
}

interface CommonFields {
  when?: DestinationFilter;
  /** Attempts before a job is dead-lettered (default 12: 1.7 to 3.4 hours of backoff). */
  maxAttempts?: number;
  /** Per request (default 10). */
  timeoutSeconds?: number;
  /** Client-side limit per serve process, on top of honouring 429 + Retry-After. */
  rateLimit?: { limit: number; windowSeconds: number };
}

export interface WebhookFile extends CommonFields {
  type: "webhook";
  url: string | EnvRef;
  /** A Standard Webhooks secret, `whsec_` + base64. Only from the environment. */
  secret: EnvRef;
}

export interface HubSpotFile extends CommonFields {
  type: "hubspot";
  portalId: string;
  formGuid: string;
  /** Base URL (default https://api.hsforms.com; https://api-eu1.hsforms.com for EU accounts). */
  url?: string;
  /** questionId → HubSpot contact property. */
  fields: Record<string, string>;
  /** lead fact → HubSpot (custom) property, e.g. { "tier": "lq_tier" }. */
  leadFields?: Partial<Record<LeadField, string>>;
  /** The lead's hidden URL parameter that carries the HubSpot `hutk` cookie value (sent only with consent). */
  hutkParam?: string;
  /** Subscription types the consent text covers (legalConsentOptions.consent.communications). */
  communications?: Array<{ subscriptionTypeId: number; text: string }>;
}

export interface SalesforceFile extends CommonFields {
  type: "salesforce";
  /** The org id (`oid`), 15 or 18 characters starting 00D. */
  oid: string;
  /** Default https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8 */
  url?: string;
  /** questionId → Web-to-Lead field (`email`, `company`, `last_name`, …, or a custom `00N…` id); `name` splits into first_name and last_name. */
  fields: Record<string, string>;
  leadFields?: Partial<Record<LeadField, string>>;
  /** Fixed fields sent with every lead, e.g. { "lead_source": "Web" }. */
  static?: Record<string, string>;
  /** Web-to-Lead accepts 500 leads a day per org; jobs past it wait for the next (UTC) day. */
  dailyCap?: number;
}

export interface SlackFile extends CommonFields {
  type: "slack";
  url: string | EnvRef;
}

export interface TeamsFile extends CommonFields {
  type: "teams";
  url: string | EnvRef;
}

export type DestinationFile = WebhookFile | HubSpotFile | SalesforceFile | SlackFile | TeamsFile;

export interface EscalationFile {
  /** Forms this rule applies to (all when omitted); the first matching rule wins. */
  forms?: string[];
  /** The destination (slack, teams or webhook) that gets the second alert. */
  to: string;
}

/** The destinations file (`serve --destinations destinations.json`). */
export interface DestinationsFile {
  $schema?: string;
  destinations: Record<string, DestinationFile>;
  escalations?: EscalationFile[];
}

type Resolved<T> = Omit<T, "url" | "secret" | "when" | "maxAttempts" | "timeoutSeconds" | "rateLimit"> & {
  name: string;
  url: string;
  when: { forms: string[] | null; tiers: Tier[] | null };
  maxAttempts: number;
  timeoutMs: number;
  rateLimit: { limit: number; windowMs: number } | null;
};

/** A destination ready to use: env values read, defaults filled. */
export type Destination =
  | (Resolved<WebhookFile> & { secret: string })
  | Resolved<HubSpotFile>
  | (Resolved<SalesforceFile> & { dailyCap: number })
  | Resolved<SlackFile>
  | Resolved<TeamsFile>;

export interface ForwardSetup {
  destinations: ReadonlyMap<string, Destination>;
  escalations: ReadonlyArray<{ forms: string[] | null; to: string }>;
}

/** Why a job exists: the lead itself, or the second alert for a hot lead nobody claimed in time. */
export type JobKind = "deliver" | "escalate";

/** What a builder asks the runner to send. */
export interface OutgoingRequest {
  url: string;
  method: "POST";
  headers: Record<string, string>;
  body: string;
}

/** What a builder knows besides the lead and the destination. */
export interface BuildContext {
  kind: JobKind;
  /** The send time (ms): webhook timestamps, "overdue by" in escalations. */
  now: number;
  /** The desk's public base URL (`serve --public-url`), for "Claim in the desk" links; null when unknown. */
  publicUrl: string | null;
}
