/** What the handler may do for a request's Origin, and the CORS headers to add to its answer. */
export type OriginDecision = { allowed: true; headers: Record<string, string> } | { allowed: false };

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
 * decide("https://www.acme.io", "https://api.acme.io/leads"); // { allowed: true, headers: {...} }
 */
export function originPolicy(allowedOrigins: readonly string[] | "*" = []): (origin: string | null, requestUrl: string) => OriginDecision {
  const allowAll = allowedOrigins === "*";
  const list = new Set(allowAll ? [] : allowedOrigins.map(normalizeOrigin));
  return (origin, requestUrl) => {
    if (origin === null || origin === selfOrigin(requestUrl)) return { allowed: true, headers: {} };
    if (allowAll) return { allowed: true, headers: cors("*") };
    if (origin !== "null" && list.has(origin)) return { allowed: true, headers: cors(origin) };
    return { allowed: false };
  };
}

function cors(origin: string): Record<string, string> {
  return { "Access-Control-Allow-Origin": origin, "Access-Control-Expose-Headers": "Retry-After" };
}

function selfOrigin(url: string): string | null {
  try {
    return new URL(url).origin;
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
