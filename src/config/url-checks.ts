/**
 * URL rules shared by the schema and the semantic checks. Pure string logic (WHATWG `URL`
 * is available in every runtime we target), so the server and the widget agree.
 */

import { isAllowedEndpoint, parseUrl } from "./endpoint-url";

export { isAllowedEndpoint };

/**
 * Whether a link (outcome call to action, privacy policy) is an absolute `http:`/`https:` URL.
 * Anything else (`javascript:`, `data:`, relative paths) is refused: the text comes from a
 * config file and ends up in an `href`.
 *
 * @example isHttpUrl("https://cal.example.com/acme?email={email}") // true
 * @example isHttpUrl("javascript:alert(1)")                        // false
 */
export function isHttpUrl(text: string): boolean {
  const url = parseUrl(text);
  return url !== null && (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
}

/**
 * Whether every `{questionId}` placeholder of a link template sits after the host: in the path, query
 * or fragment. A placeholder in the scheme or host would let a visitor's answer (or a `?lq_` prefill
 * in a link someone sent them) decide where the link goes; encoding cannot help, dots and dashes
 * pass `encodeURIComponent` untouched.
 *
 * @example placeholdersAfterHost("https://cal.example.com/acme?email={email}") // true
 * @example placeholdersAfterHost("https://{company}/welcome")                  // false
 * @example placeholdersAfterHost("https://cal.example.com{path}")              // false
 */
export function placeholdersAfterHost(template: string): boolean {
  const brace = template.indexOf("{");
  if (brace === -1) return true;
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]*:\/\//.exec(template);
  // Without `scheme://` only a site-relative path may hold placeholders (`/book?email={email}`).
  if (!scheme) return template.startsWith("/") && !template.startsWith("//") && !template.startsWith("/\\");
  const rest = template.slice(scheme[0].length);
  const end = rest.search(/[/?#\\]/);
  return end !== -1 && brace >= scheme[0].length + end;
}

/**
 * Whether a picture URL (kiosk logo and image) is acceptable: what `isAllowedEndpoint` accepts
 * (`https:`, `http:` on the local machine, a `/path`), or a relative path such as
 * `booth/logo.svg`, resolved against the page like any `<img src>`. Other schemes (`data:`,
 * `javascript:`) and protocol-relative `//host` are refused.
 *
 * @example isImageUrl("https://cdn.example.com/booth/logo.svg") // true
 * @example isImageUrl("booth/hero.jpg")                          // true
 * @example isImageUrl("data:image/svg+xml,...")                  // false
 */
export function isImageUrl(text: string): boolean {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text) || text.startsWith("/")) return isAllowedEndpoint(text);
  return /^[^\s\\?#][^\s\\]*$/.test(text);
}
