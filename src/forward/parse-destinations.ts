import "../config/zod-setup";
import { formatIssues } from "../config/format-issues";
import { knownKeysIn } from "../config/known-keys-at";
import type { ConfigIssue, Result } from "../config/types";
import { isAllowedEndpoint } from "../config/url-checks";
import { DESTINATION_TYPES, type Destination, type DestinationFile, type DestinationType, type EnvRef, type ForwardSetup } from "./destination-types";
import { DESTINATION_SCHEMAS, destinationsFileSchema } from "./destinations-schema";

export interface ParseDestinationsOptions {
  /** Where `{ "env": … }` values come from (process.env in `serve`). */
  env: Readonly<Record<string, string | undefined>>;
  /** The form ids `serve` accepts, so a filter naming another form is an issue rather than a silent no-op. */
  formIds?: readonly string[];
}

/** Default client-side limits: what each service documents, per serve process. */
const DEFAULT_RATE: Partial<Record<DestinationType, { limit: number; windowMs: number }>> = {
  hubspot: { limit: 50, windowMs: 10_000 },
  slack: { limit: 1, windowMs: 1_000 },
  teams: { limit: 4, windowMs: 1_000 },
};
const DEFAULT_URL: Partial<Record<DestinationType, string>> = {
  hubspot: "https://api.hsforms.com",
  salesforce: "https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8",
};
/** Chat alerts are for people who must act now: by default only sales-ready leads. */
const CHAT_TYPES: readonly DestinationType[] = ["slack", "teams"];
const ESCALATION_TYPES: readonly DestinationType[] = ["slack", "teams", "webhook"];

/**
 * Reads a destinations file (JSON text) into the setup `serve` forwards with: every destination checked
 * with its type's schema, `{ "env": … }` values read, defaults filled. Every problem is reported at once
 * as `path: message`, like `lead-qualifier check` does for form configs. Pure: the environment is passed in.
 *
 * @example
 * parseDestinations('{"destinations":{"sales":{"type":"slack","url":{"env":"SLACK_URL"}}}}', { env: process.env })
 * // { ok: true, value: { destinations: Map { "sales" => { type: "slack", url: "https://hooks.slack.com/…", … } }, escalations: [] } }
 */
export function parseDestinations(text: string, options: ParseDestinationsOptions): Result<ForwardSetup, ConfigIssue[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: [{ path: "", message: `invalid JSON (${error instanceof Error ? error.message : String(error)})` }] };
  }
  const parsed = destinationsFileSchema.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, error: formatIssues(parsed.error.issues, (path) => knownKeysIn(destinationsFileSchema, path)) };

  const issues: ConfigIssue[] = [];
  const destinations = new Map<string, Destination>();
  for (const [name, raw] of Object.entries(parsed.data.destinations)) {
    const at = `destinations.${name}`;
    const type = (raw as { type?: unknown } | null)?.type;
    if (!DESTINATION_TYPES.includes(type as DestinationType)) {
      issues.push({ path: `${at}.type`, message: type === undefined ? "required" : `expected one of ${DESTINATION_TYPES.join(", ")}` });
      continue;
    }
    const schema = DESTINATION_SCHEMAS[type as DestinationType];
    const checked = schema.safeParse(raw, { reportInput: true });
    if (!checked.success) {
      const own = formatIssues(checked.error.issues, (path) => knownKeysIn(schema, path));
      issues.push(...own.map((issue) => ({ path: issue.path ? `${at}.${issue.path}` : at, message: issue.message })));
      continue;
    }
    const resolved = resolve(name, checked.data as DestinationFile, options, issues);
    if (resolved) destinations.set(name, resolved);
  }

  const known = options.formIds ? new Set(options.formIds) : null;
  const checkForms = (forms: readonly string[] | undefined, path: string) =>
    forms?.forEach((form, i) => {
      if (known && !known.has(form)) issues.push({ path: `${path}[${i}]`, message: `no form with id "${form}" (forms: ${[...known].join(", ")})` });
    });
  for (const [name, raw] of Object.entries(parsed.data.destinations)) checkForms((raw as DestinationFile).when?.forms, `destinations.${name}.when.forms`);
  const escalations = (parsed.data.escalations ?? []).map((rule, i) => {
    checkForms(rule.forms, `escalations[${i}].forms`);
    const target = (parsed.data.destinations as Record<string, { type?: unknown }>)[rule.to];
    if (!target) issues.push({ path: `escalations[${i}].to`, message: `no destination named "${rule.to}"` });
    else if (!ESCALATION_TYPES.includes(target.type as DestinationType)) {
      issues.push({ path: `escalations[${i}].to`, message: `"${rule.to}" is a ${String(target.type)} destination; escalations go to ${ESCALATION_TYPES.join(", ")}` });
    }
    return { forms: rule.forms ?? null, to: rule.to };
  });

  return issues.length > 0 ? { ok: false, error: issues } : { ok: true, value: { destinations, escalations } };
}

function resolve(name: string, file: DestinationFile, options: ParseDestinationsOptions, issues: ConfigIssue[]): Destination | null {
  const at = `destinations.${name}`;
  const before = issues.length;
  const read = (value: string | EnvRef, path: string): string => {
    if (typeof value === "string") return value;
    const found = options.env[value.env]?.trim();
    if (!found) issues.push({ path, message: `environment variable ${value.env} is not set` });
    return found ?? "";
  };
  const url = read(("url" in file && file.url) || DEFAULT_URL[file.type] || "", `${at}.url`);
  if (url && (!isAllowedEndpoint(url) || url.startsWith("/"))) {
    const from = "url" in file && typeof file.url === "object" ? ` (from ${file.url.env})` : "";
    issues.push({ path: `${at}.url`, message: `must be an https URL (http only for localhost)${from}` });
  }
  let secret = "";
  if (file.type === "webhook") {
    secret = read(file.secret, `${at}.secret`);
    if (secret && !isWebhookSecret(secret)) {
      issues.push({ path: `${at}.secret`, message: `${file.secret.env} must be a Standard Webhooks secret: whsec_ followed by 24 to 64 bytes in base64` });
    }
  }
  if (issues.length > before) return null;
  const rate = file.rateLimit ? { limit: file.rateLimit.limit, windowMs: file.rateLimit.windowSeconds * 1000 } : (DEFAULT_RATE[file.type] ?? null);
  const base = {
    name,
    url,
    when: { forms: file.when?.forms ?? null, tiers: file.when?.tiers ?? (CHAT_TYPES.includes(file.type) ? ["sales-ready" as const] : null) },
    maxAttempts: file.maxAttempts ?? 12,
    timeoutMs: (file.timeoutSeconds ?? 10) * 1000,
    rateLimit: rate,
  };
  switch (file.type) {
    case "webhook":
      return { ...file, ...base, secret };
    case "salesforce":
      return { ...file, ...base, dailyCap: file.dailyCap ?? 500 };
    default:
      return { ...file, ...base };
  }
}

/**
 * Whether a string is a Standard Webhooks signing secret: `whsec_` + base64 of 24 to 64 random bytes.
 *
 * @example isWebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") // true
 */
export function isWebhookSecret(secret: string): boolean {
  const match = /^whsec_([A-Za-z0-9+/]+={0,2})$/.exec(secret);
  if (!match) return false;
  const bytes = Math.floor((match[1]!.replace(/=+$/, "").length * 3) / 4);
  return bytes >= 24 && bytes <= 64;
}
