/** The cookie names: `__Host-` (browsers enforce Secure, Path=/, no Domain) whenever the cookie is Secure. */
export const SECURE_COOKIE = "__Host-lq_desk";
export const LOCAL_COOKIE = "lq_desk";

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/**
 * The Set-Cookie value of a desk session: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page can make the browser send it), Secure outside localhost.
 *
 * @example sessionCookie("tok", { secure: true, maxAgeSeconds: 43200 })
 * // "__Host-lq_desk=tok; Path=/; Max-Age=43200; HttpOnly; SameSite=Strict; Secure"
 */
export function sessionCookie(token: string, options: CookieOptions): string {
  const name = options.secure ? SECURE_COOKIE : LOCAL_COOKIE;
  return `${name}=${token}; Path=/; Max-Age=${options.maxAgeSeconds}; HttpOnly; SameSite=Strict${options.secure ? "; Secure" : ""}`;
}

/** Set-Cookie values that delete the session cookie under both names. */
export function clearedSessionCookies(): string[] {
  return [`${SECURE_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure`, `${LOCAL_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict`];
}

/**
 * The session token from a Cookie header (either name), or null.
 *
 * @example readSessionToken("a=1; lq_desk=tok") // "tok"
 */
export function readSessionToken(header: string | null): string | null {
  if (!header) return null;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if ((name === SECURE_COOKIE || name === LOCAL_COOKIE) && /^[A-Za-z0-9_-]{20,100}$/.test(value)) return value;
  }
  return null;
}

/**
 * Whether a request reached us on plain http at a loopback host, the one place a non-Secure cookie is OK.
 *
 * @example isLocalHttp(new URL("http://127.0.0.1:5173/desk/")) // true
 */
export function isLocalHttp(url: URL): boolean {
  return url.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname);
}
