import type { LeadIssue } from "./format-lead-issues";

/**
 * What the receiver answers, independent of the runtime: the Web handler turns it into a `Response`,
 * the Node adapter writes it with one `res.end`. `body` is the complete text (answers are small).
 */
export interface Answer {
  status: number;
  headers: Readonly<Record<string, string>>;
  body: string | null;
}

/** The stable `error` codes of the handler's problem responses. */
export type ProblemCode =
  | "invalid_json" | "invalid_lead" | "payload_too_large" | "unsupported_media_type" | "forbidden_origin"
  | "method_not_allowed" | "rate_limited" | "lead_conflict" | "lead_in_progress" | "internal_error"
  | "body_timeout" | "lead_timeout" | "busy";

const TITLES: Record<ProblemCode, string> = {
  invalid_json: "The body is not valid JSON",
  invalid_lead: "The lead does not match the lead schema",
  payload_too_large: "The body is too large",
  unsupported_media_type: "The body must be application/json",
  forbidden_origin: "This origin may not send leads here",
  method_not_allowed: "Only POST is allowed",
  rate_limited: "Too many requests; try again later",
  lead_conflict: "This leadId was already used for a different lead",
  lead_in_progress: "This lead is still being processed",
  internal_error: "The lead could not be stored; send it again",
  body_timeout: "The body did not arrive in time",
  lead_timeout: "Storing the lead took too long; send it again later",
  busy: "Too many leads are still being stored; send it again later",
};

/** Sent with every answer: no caching of leads or problems, and no MIME sniffing of either. */
export const BASE_HEADERS: Readonly<Record<string, string>> = {
  Vary: "Origin",
  "Cache-Control": "no-store",
  "X-Content-Type-Options": "nosniff",
};

export interface ProblemOptions {
  detail?: string;
  issues?: LeadIssue[];
  headers?: Record<string, string>;
}

/**
 * An RFC 9457 `application/problem+json` answer that also carries the SPEC's `error` (and `issues`)
 * fields, so both generic problem tooling and the SPEC's `{ "error": "invalid_lead" }` contract work.
 * `type` is a URN per code (`urn:lead-qualifier:problem:invalid_lead`): stable, and no made-up URL.
 * Titles and details are fixed text and issues are built from the schema: nothing submitted is echoed.
 *
 * @example
 * problemAnswer(400, "invalid_json", { ...BASE_HEADERS });
 */
export function problemAnswer(status: number, code: ProblemCode, headers: Readonly<Record<string, string>>, options: ProblemOptions = {}): Answer {
  const body = {
    type: `urn:lead-qualifier:problem:${code}`,
    title: TITLES[code],
    status,
    error: code,
    ...(options.detail ? { detail: options.detail } : {}),
    ...(options.issues ? { issues: options.issues } : {}),
  };
  return { status, headers: { ...headers, ...options.headers, "Content-Type": "application/problem+json" }, body: JSON.stringify(body) };
}

/**
 * A JSON success answer; `headers` already carry the JSON Content-Type (see AnswerHeaders.json).
 *
 * @example
 * jsonAnswer(202, { leadId, tier, total }, decision.headers.json);
 */
export function jsonAnswer(status: number, body: unknown, headers: Readonly<Record<string, string>>): Answer {
  return { status, headers, body: JSON.stringify(body) };
}

/**
 * The answer as a Web `Response` (the edge-runtime path).
 *
 * @example
 * return toResponse(await receiver.receive(incoming));
 */
export function toResponse(answer: Answer): Response {
  return new Response(answer.body, { status: answer.status, headers: answer.headers as Record<string, string> });
}
