import type { LeadIssue } from "./format-lead-issues";

/** The stable `error` codes of the handler's problem responses. */
export type ProblemCode =
  | "invalid_json" | "invalid_lead" | "payload_too_large" | "unsupported_media_type" | "forbidden_origin"
  | "method_not_allowed" | "rate_limited" | "lead_conflict" | "lead_in_progress" | "internal_error";

const TITLES: Record<ProblemCode, string> = {
  invalid_json: "The body is not valid JSON",
  invalid_lead: "The lead does not match the lead schema",
  payload_too_large: "The body is too large",
  unsupported_media_type: "The body must be application/json",
  forbidden_origin: "This origin may not send leads here",
  method_not_allowed: "Only POST is allowed",
  rate_limited: "Too many leads; try again later",
  lead_conflict: "This leadId was already used for a different lead",
  lead_in_progress: "This lead is still being processed",
  internal_error: "The lead could not be stored; send it again",
};

export interface ProblemOptions {
  detail?: string;
  issues?: LeadIssue[];
  headers?: Record<string, string>;
}

/**
 * An RFC 9457 `application/problem+json` response that also carries the SPEC's `error` (and `issues`)
 * fields, so both generic problem tooling and the SPEC's `{ "error": "invalid_lead" }` contract work.
 * `type` is a URN per code (`urn:lead-qualifier:problem:invalid_lead`): stable, and no made-up URL.
 * Titles and details are fixed text: nothing submitted is ever echoed.
 *
 * @example
 * problemResponse(400, "invalid_json");
 */
export function problemResponse(status: number, code: ProblemCode, options: ProblemOptions = {}): Response {
  const body = {
    type: `urn:lead-qualifier:problem:${code}`,
    title: TITLES[code],
    status,
    error: code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.issues ? { issues: options.issues } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", ...options.headers },
  });
}

/**
 * A JSON success response.
 *
 * @example
 * jsonResponse(202, { leadId, tier, total });
 */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } });
}
