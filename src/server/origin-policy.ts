/** What the handler may do for a request's Origin, and the CORS headers to add to its answer (null: none). */
export type OriginDecision = { allowed: true; cors: Readonly<Record<string, string>> | null } | { allowed: false };

/**
 * Decides CORS from an allow-list fixed at creation time.
 *
 * - No Origin header (server-to-server, curl) or the handler's own origin: allowed, no CORS headers.
 * - An origin in the list: allowed, `Access-Control-Allow-Origin` is that exact origin.
 * - `"*"`: every origin is allowed and answered with a literal `*` (never a reflection; no credentials).
 * - Anything else, including `null` (sandboxed iframes, file://): refused (403).
 * `Retry-After` is exposed so the browser can honour it cross-origin.
 *
 * @example
 * const decide = originPolicy(["https://www.acme.io"]);
 * decide("https://www.acme.io", () => "https://api.acme.io"); // { allowed: true, cors: {...} }
 */
export function originPolicy(allowedOrigins: readonly string[] | "*" = []): (origin: string | null, selfOrigin: () => string | null) => OriginDecision {
  const allowAll = allowedOrigins === "*";
  // One frozen header set per listed origin: nothing is built per request.
  const listed = new Map((allowAll ? [] : allowedOrigins.map(normalizeOrigin)).map((o) => [o, cors(o)] as const));
  const any = cors("*");
  return (origin, selfOrigin) => {
    if (origin === null) return { allowed: true, cors: null };
    if (origin === selfOrigin()) return { allowed: true, cors: null };
    if (allowAll) return { allowed: true, cors: any };
    const headers = origin === "null" ? undefined : listed.get(origin);
    if (headers) return { allowed: true, cors: headers };
    return { allowed: false };
  };
}

function cors(origin: string): Readonly<Record<string, string>> {
  return Object.freeze({ "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": "Retry-After" });
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
