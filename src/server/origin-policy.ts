import { BASE_HEADERS } from "./problem-response";

/** The headers of an allowed request's answers, built once per origin at creation (none per request). */
export interface AnswerHeaders {
  /** BASE_HEADERS plus the CORS headers when the origin is cross-origin. */
  plain: Readonly<Record<string, string>>;
  /** `plain` plus `Content-Type: application/json`. */
  json: Readonly<Record<string, string>>;
  /** Whether `plain` carries CORS headers (a preflight then gets the Allow-* ones too). */
  cors: boolean;
}

/** What the handler may do for a request's Origin, and the headers of its answer. */
export type OriginDecision = { allowed: true; headers: AnswerHeaders } | { allowed: false };

/**
 * Decides CORS from an allow-list fixed at creation time.
 *
 * - No Origin header (server-to-server, curl): allowed, no CORS headers.
 * - An origin in the list: allowed, `Access-Control-Allow-Origin` is that exact origin.
 * - The handler's own origin (a same-origin page): allowed, no CORS headers.
 * - `"*"`: every origin is allowed and answered with a literal `*` (never a reflection; no credentials).
 * - Anything else, including `null` (sandboxed iframes, file://): refused (403).
 * `Retry-After` is exposed so the browser can honour it cross-origin.
 *
 * @example
 * const decide = originPolicy(["https://www.acme.io"]);
 * decide("https://www.acme.io", () => "https://api.acme.io"); // { allowed: true, headers: {...} }
 */
export function originPolicy(allowedOrigins: readonly string[] | "*" = []): (origin: string | null, selfOrigin: () => string | null) => OriginDecision {
  const allowAll = allowedOrigins === "*";
  const listed = new Map((allowAll ? [] : allowedOrigins.map(normalizeOrigin)).map((o) => [o, { allowed: true, headers: answerHeaders(o) }] as const));
  const sameOrigin: OriginDecision = { allowed: true, headers: answerHeaders(null) };
  const any: OriginDecision = { allowed: true, headers: answerHeaders("*") };
  const refused: OriginDecision = { allowed: false };
  return (origin, selfOrigin) => {
    if (origin === null) return sameOrigin;
    // The list first: the handler's own origin is only worked out (a URL parse) for the rest.
    const decision = origin === "null" ? undefined : listed.get(origin);
    if (decision) return decision;
    if (origin === selfOrigin()) return sameOrigin;
    return allowAll ? any : refused;
  };
}

function answerHeaders(origin: string | null): AnswerHeaders {
  const cors: Record<string, string> = origin === null ? {} : { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": "Retry-After" };
  const plain: Readonly<Record<string, string>> = Object.freeze({ ...BASE_HEADERS, ...cors });
  return { plain, json: Object.freeze({ ...plain, "Content-Type": "application/json" }), cors: origin !== null };
}

/**
 * The origin of a URL (`https://api.acme.io:8443/leads` → `https://api.acme.io:8443`), or null.
 *
 * @example
 * urlOrigin("https://API.acme.io:443/x"); // "https://api.acme.io"
 */
export function urlOrigin(url: string): string | null {
  try {
    const origin = new URL(url).origin;
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/** `https://Acme.io/` → `https://acme.io`; a typo fails loudly at startup, not per request. */
function normalizeOrigin(origin: string): string {
  const parsed = new URL(origin);
  if (parsed.origin === "null") throw new Error(`allowedOrigins: "${origin}" is not an http(s) origin`);
  return parsed.origin;
}
