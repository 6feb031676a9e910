import type { Lead } from "../config/types";
import { leadSchema } from "../qualify/lead-schema";
import { createOnLeadRunner } from "./create-on-lead-runner";
import { createMemoryDedupeStore } from "./dedupe-store";
import { formatLeadIssues } from "./format-lead-issues";
import { formConfigs } from "./form-configs";
import { DEFAULT_BODY_TIMEOUT_MS, DEFAULT_MAX_OVERDUE_CALLS, DEFAULT_ON_LEAD_TIMEOUT_MS, type LeadHandlerOptions } from "./lead-handler-options";
import { createLeadRateLimits } from "./lead-rate-limits";
import { leadVocabulary } from "./lead-vocabulary";
import { originPolicy } from "./origin-policy";
import { BASE_HEADERS, jsonAnswer, problemAnswer, type Answer, type ProblemCode, type ProblemOptions } from "./problem-response";
import { rescoreLead } from "./server-lead";

/** The body as bytes, or why it could not be read. */
export type BodyRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "too_large" | "timeout" | "incomplete" };

/** A request as the receiver sees it, whichever runtime delivered it (Web `Request` or `node:http`). */
export interface IncomingLead {
  method: string;
  origin: string | null;
  /** The origin the request was addressed to (`https://api.acme.io`), for same-origin requests; computed only when needed. */
  selfOrigin: () => string | null;
  contentType: string | null;
  idempotencyKey: string | null;
  clientIp: string | null | undefined;
  /** Reads the whole body, refusing more than `maxBytes` (counted as streamed) or a body slower than `timeoutMs`. */
  readBody(maxBytes: number, timeoutMs: number): Promise<BodyRead>;
  /** SHA-256 hex of the raw body bytes (node:crypto on Node, WebCrypto elsewhere: the same digest). */
  hash(bytes: Uint8Array): string | Promise<string>;
}

export interface LeadReceiver {
  receive(incoming: IncomingLead): Promise<Answer>;
  /** The body limit in effect (explicit, or sized from the configs). */
  readonly maxBodyBytes: number;
}

/** Answers that mean the request itself was wrong: they count against the sender's IP. */
const REJECTED = new Set([400, 403, 405, 408, 413, 415, 422]);
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The runtime-independent core of the lead handler (SPEC 8). Checks in order: origin (403) → IP
 * blocked for too many rejected requests (429) → OPTIONS preflight (204) → method (405) → media type
 * (415) → body within the size limit (413) and time limit (408) → UTF-8 JSON (400 invalid_json) →
 * schema, known formId, Idempotency-Key = leadId (400 invalid_lead) → dedupe (200 replay / 409 in
 * flight / 422 conflict) → overdue calls (503 busy) → per-form rate (429) → server re-score →
 * `onLead` within its time limit (202; 500 when it throws; 503 lead_timeout when it is late).
 *
 * @example
 * const receiver = createLeadReceiver({ configs, onLead });
 * const answer = await receiver.receive(incoming); // { status: 202, headers, body }
 */
export function createLeadReceiver(options: LeadHandlerOptions): LeadReceiver {
  const { configs, maxBodyBytes: maxBytes } = formConfigs(options.configs, options.maxBodyBytes);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? DEFAULT_BODY_TIMEOUT_MS;
  const timeoutMs = options.onLeadTimeoutMs ?? DEFAULT_ON_LEAD_TIMEOUT_MS;
  const decideOrigin = originPolicy(options.allowedOrigins ?? []);
  const now = options.now ?? Date.now;
  const logError = options.logError ?? ((message: string, error: unknown) => console.error(message, error ?? ""));
  const limits = createLeadRateLimits(options.rateLimit);
  const vocabulary = leadVocabulary(configs.values());
  const runner = createOnLeadRunner({
    onLead: options.onLead, store: options.store ?? createMemoryDedupeStore(), now, timeoutMs, logError,
    maxOverdue: options.maxOverdueCalls ?? DEFAULT_MAX_OVERDUE_CALLS,
  });
  const lateRetryAfter = String(Math.max(1, Math.ceil(timeoutMs / 1000)));

  async function handle(incoming: IncomingLead): Promise<Answer> {
    const origin = decideOrigin(incoming.origin, incoming.selfOrigin);
    if (!origin.allowed) return problemAnswer(403, "forbidden_origin", BASE_HEADERS);
    const { plain: headers, json } = origin.headers;
    const fail = (status: number, code: ProblemCode, extra?: ProblemOptions) => problemAnswer(status, code, headers, extra);
    const retryLater = (status: number, code: ProblemCode, seconds: number | string) => fail(status, code, { headers: { "Retry-After": String(seconds) } });

    const blocked = limits.blocked(incoming.clientIp, now());
    if (!blocked.ok) return retryLater(429, "rate_limited", blocked.retryAfterSeconds);
    if (incoming.method === "OPTIONS") return preflight(headers, origin.headers.cors);
    if (incoming.method !== "POST") return fail(405, "method_not_allowed", { headers: { Allow: "POST, OPTIONS" } });
    const mediaType = (incoming.contentType ?? "").split(";")[0]?.trim().toLowerCase();
    if (mediaType !== "application/json") return fail(415, "unsupported_media_type");

    const body = await incoming.readBody(maxBytes, bodyTimeoutMs);
    if (!body.ok && body.reason === "too_large") return fail(413, "payload_too_large", { detail: `The limit is ${maxBytes} bytes.` });
    if (!body.ok && body.reason === "timeout") return fail(408, "body_timeout", { detail: `The body must arrive within ${bodyTimeoutMs} ms.` });
    const raw = body.ok ? parseJson(body.bytes) : undefined;
    if (raw === undefined || !body.ok) return fail(400, "invalid_json");

    const parsed = leadSchema.safeParse(raw);
    if (!parsed.success) return fail(400, "invalid_lead", { issues: formatLeadIssues(parsed.error.issues, raw, vocabulary) });
    const lead: Lead = parsed.data;
    const config = configs.get(lead.formId);
    if (!config) return fail(400, "invalid_lead", { issues: [{ path: "formId", message: "unknown form" }] });
    const key = incoming.idempotencyKey;
    if (key !== null && key.trim() !== lead.leadId) {
      return fail(400, "invalid_lead", { issues: [{ path: "leadId", message: "must equal the Idempotency-Key header" }] });
    }

    const digest = incoming.hash(body.bytes);
    const hash = typeof digest === "string" ? digest : await digest; // node:crypto answers at once: no extra turn
    const existing = await runner.claim(lead.leadId, hash);
    if (existing) {
      if (existing.hash !== hash) return fail(422, "lead_conflict");
      if (existing.state === "done") return jsonAnswer(200, existing.result, json);
      const late = runner.isOverdue(lead.leadId) || now() - existing.since >= timeoutMs;
      return retryLater(409, "lead_in_progress", late ? lateRetryAfter : 1);
    }

    if (runner.busy()) {
      await runner.abandon(lead.leadId);
      return retryLater(503, "busy", lateRetryAfter);
    }
    const formDecision = limits.newLead(lead.formId, now());
    if (!formDecision.ok) {
      await runner.abandon(lead.leadId);
      return retryLater(429, "rate_limited", formDecision.retryAfterSeconds);
    }
    let serverLead;
    try {
      serverLead = rescoreLead(config, lead, new Date(now()));
    } catch (error) {
      await runner.abandon(lead.leadId);
      throw error;
    }
    const outcome = await runner.run(lead.leadId, hash, serverLead);
    if (outcome.ok) return jsonAnswer(202, outcome.result, json);
    return outcome.reason === "timeout" ? retryLater(503, "lead_timeout", lateRetryAfter) : fail(500, "internal_error");
  }

  return {
    maxBodyBytes: maxBytes,
    async receive(incoming) {
      let answer: Answer;
      try {
        answer = await handle(incoming);
      } catch (error) {
        logError("lead-qualifier: the lead handler failed", error);
        answer = problemAnswer(500, "internal_error", BASE_HEADERS);
      }
      if (REJECTED.has(answer.status)) limits.rejected(incoming.clientIp, now());
      return answer;
    },
  };
}

function preflight(headers: Readonly<Record<string, string>>, cors: boolean): Answer {
  return {
    status: 204,
    headers: {
      ...headers,
      Allow: "POST, OPTIONS",
      ...(cors ? { "Access-Control-Allow-Methods": "POST", "Access-Control-Allow-Headers": "content-type, idempotency-key", "Access-Control-Max-Age": "7200" } : {}),
    },
    body: null,
  };
}

/** Strict UTF-8 (no silent U+FFFD) then JSON; undefined when either fails. */
function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(utf8.decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
