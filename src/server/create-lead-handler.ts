import type { Config, Lead } from "../config/types";
import { validateConfig } from "../config/validate-config";
import { leadSchema } from "../qualify/lead-schema";
import { createRateLimiter, type RateLimit } from "./create-rate-limiter";
import { createMemoryDedupeStore, type AcceptedLead, type DedupeStore } from "./dedupe-store";
import { formatLeadIssues } from "./format-lead-issues";
import { hashLead } from "./hash-lead";
import { originPolicy } from "./origin-policy";
import { jsonResponse, problemResponse } from "./problem-response";
import { readLimitedBody } from "./read-limited-body";
import { rescoreLead, type ServerLead } from "./server-lead";

/** Extra facts a runtime adapter knows about a request (the Node adapter passes the client IP). */
export interface RequestInfo {
  clientIp?: string | null;
}

export type LeadHandler = (request: Request, info?: RequestInfo) => Promise<Response>;

export interface LeadHandlerOptions {
  /** Form configs (raw JSON or validated), matched by the lead's `formId`; each is validated at creation. */
  configs: readonly unknown[];
  /** Store the lead (CRM, queue, database); awaited before the 202. Throwing answers 500 and frees the leadId. */
  onLead: (lead: ServerLead) => Promise<void> | void;
  /** Cross-origin pages allowed to POST (exact origins), or "*" for any. Default: none (same-origin only). */
  allowedOrigins?: readonly string[] | "*";
  /** Body limit in bytes actually streamed (default 32 KiB). */
  maxBodyBytes?: number;
  /** Default: an in-memory LRU of 10 000 leadIds. */
  store?: DedupeStore;
  /** Fixed-window limits; `false` turns limiting off. Default 60/min per IP, 600/min per form. */
  rateLimit?: false | { perIp?: RateLimit | false; perForm?: RateLimit | false };
  now?: () => number;
  /** Default: `info.clientIp` from the runtime adapter; without an IP the per-IP limit is skipped. */
  getClientIp?: (request: Request, info?: RequestInfo) => string | null | undefined;
  /** Where unexpected errors go (default console.error). Never receives the lead body. */
  logError?: (message: string, error: unknown) => void;
}

export const DEFAULT_MAX_BODY_BYTES = 32 * 1024;
const DEFAULT_PER_IP: RateLimit = { limit: 60, windowMs: 60_000 };
const DEFAULT_PER_FORM: RateLimit = { limit: 600, windowMs: 60_000 };

/**
 * The lead receiver of SPEC 8 as a Web-standard handler (Node via `toNodeListener`, Deno, Bun, edge).
 * Checks in order: origin (403) → method (405, OPTIONS preflight 204) → per-IP rate (429) → media type (415)
 * → streamed size (413) → JSON (400 invalid_json) → schema, known formId, Idempotency-Key = leadId
 * (400 invalid_lead) → dedupe (200 replay / 409 in flight / 422 conflict) → per-form rate (429) →
 * server re-score → `await onLead` (500 on throw) → 202 `{ leadId, tier, total }`.
 *
 * @example
 * const handler = createLeadHandler({ configs: [analyticsForm], allowedOrigins: ["https://www.acme.io"],
 *   onLead: async (lead) => crm.create(lead) });
 * Deno.serve(handler); // or http.createServer(toNodeListener(handler))
 */
export function createLeadHandler(options: LeadHandlerOptions): LeadHandler {
  const configs = validateAll(options.configs);
  const decideOrigin = originPolicy(options.allowedOrigins ?? []);
  const maxBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const store = options.store ?? createMemoryDedupeStore();
  const now = options.now ?? (() => Date.now());
  const logError = options.logError ?? ((message, error) => console.error(message, error));
  const limits = options.rateLimit === false ? { perIp: false as const, perForm: false as const } : (options.rateLimit ?? {});
  const perIp = limits.perIp === false ? null : createRateLimiter(limits.perIp ?? DEFAULT_PER_IP);
  const perForm = limits.perForm === false ? null : createRateLimiter(limits.perForm ?? DEFAULT_PER_FORM);
  const getIp = options.getClientIp ?? ((_request: Request, info?: RequestInfo) => info?.clientIp);

  return async (request, info) => {
    const origin = decideOrigin(request.headers.get("Origin"), request.url);
    const base = { Vary: "Origin", "Cache-Control": "no-store" };
    if (!origin.allowed) return problemResponse(403, "forbidden_origin", { headers: base });
    const headers = { ...base, ...origin.headers };
    const fail = (status: number, code: Parameters<typeof problemResponse>[1], extra: Parameters<typeof problemResponse>[2] = {}) =>
      problemResponse(status, code, { ...extra, headers: { ...headers, ...extra.headers } });

    if (request.method === "OPTIONS") {
      return new Response(null, {
        status: 204,
        headers: {
          ...headers,
          Allow: "POST, OPTIONS",
          ...("Access-Control-Allow-Origin" in headers
            ? { "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "content-type, idempotency-key", "Access-Control-Max-Age": "7200" }
            : {}),
        },
      });
    }
    if (request.method !== "POST") return fail(405, "method_not_allowed", { headers: { Allow: "POST, OPTIONS" } });

    const ip = getIp(request, info);
    const ipDecision = ip && perIp ? perIp.hit(ip, now()) : { ok: true as const };
    if (!ipDecision.ok) return fail(429, "rate_limited", { headers: { "Retry-After": String(ipDecision.retryAfterSeconds) } });

    const mediaType = (request.headers.get("Content-Type") ?? "").split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") return fail(415, "unsupported_media_type");

    const body = await readLimitedBody(request, maxBytes);
    if (!body.ok && body.reason === "too_large") return fail(413, "payload_too_large", { detail: `The limit is ${maxBytes} bytes.` });
    let raw: unknown;
    try {
      if (!body.ok) throw new Error(body.reason);
      raw = JSON.parse(body.text);
    } catch {
      return fail(400, "invalid_json");
    }

    const parsed = leadSchema.safeParse(raw);
    if (!parsed.success) return fail(400, "invalid_lead", { issues: formatLeadIssues(parsed.error.issues, raw) });
    const lead: Lead = parsed.data;
    const config = configs.get(lead.formId);
    if (!config) return fail(400, "invalid_lead", { issues: [{ path: "formId", message: "unknown form" }] });
    const key = request.headers.get("Idempotency-Key");
    if (key !== null && key.trim() !== lead.leadId) {
      return fail(400, "invalid_lead", { issues: [{ path: "leadId", message: "must equal the Idempotency-Key header" }] });
    }

    const hash = await hashLead(raw);
    const existing = await store.begin(lead.leadId, hash, now());
    if (existing) {
      if (existing.hash !== hash) return fail(422, "lead_conflict");
      if (existing.state === "in-flight") return fail(409, "lead_in_progress", { headers: { "Retry-After": "1" } });
      return jsonResponse(200, existing.result, headers);
    }

    const formDecision = perForm ? perForm.hit(lead.formId, now()) : { ok: true as const };
    if (!formDecision.ok) {
      await store.release(lead.leadId);
      return fail(429, "rate_limited", { headers: { "Retry-After": String(formDecision.retryAfterSeconds) } });
    }

    try {
      const serverLead = rescoreLead(config, lead, new Date(now()));
      await options.onLead(serverLead);
      const result: AcceptedLead = { leadId: lead.leadId, tier: serverLead.score.tier, total: serverLead.score.total };
      await store.complete(lead.leadId, hash, result);
      return jsonResponse(202, result, headers);
    } catch (error) {
      await store.release(lead.leadId).catch(() => {});
      logError(`lead-qualifier: onLead failed for lead ${lead.leadId}`, error);
      return fail(500, "internal_error");
    }
  };
}

/** Developer-time check: a bad config should stop the server at startup with every issue listed. */
function validateAll(inputs: readonly unknown[]): Map<string, Config> {
  const byId = new Map<string, Config>();
  const problems: string[] = [];
  inputs.forEach((input, index) => {
    const result = validateConfig(input);
    if (!result.ok) {
      problems.push(...result.issues.map((issue) => `configs[${index}]${issue.path ? `.${issue.path}` : ""}: ${issue.message}`));
      return;
    }
    if (byId.has(result.config.id)) problems.push(`configs[${index}].id: duplicate form id "${result.config.id}"`);
    byId.set(result.config.id, result.config);
  });
  if (problems.length > 0) throw new Error(`createLeadHandler: invalid form config(s):\n  ${problems.join("\n  ")}`);
  return byId;
}
