// Its own module (re-exported by url-checks.ts): the landing-page file checks a `data-endpoint`
// laid over a compiled config, and needs nothing else of the URL rules.
const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/** The URL, or null for text `URL` cannot parse. */
export function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/**
 * Whether a lead `endpoint` is acceptable: `https:` anywhere, `http:` only on the local
 * machine (development), or a same-origin path starting with a single `/` (the demo uses
 * `/leads`). Protocol-relative `//host` is refused: it would silently follow the page's scheme.
 *
 * @example isAllowedEndpoint("https://api.example.com/leads") // true
 * @example isAllowedEndpoint("http://api.example.com/leads")  // false
 */
export function isAllowedEndpoint(text: string): boolean {
  if (text.startsWith("/")) return !text.startsWith("//") && !text.startsWith("/\\");
  const url = parseUrl(text);
  if (url === null) return false;
  if (url.protocol === "https:") return url.hostname !== "";
  return url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname);
}
