/**
 * A SHA-256 hex digest of a JSON value in canonical form (object keys sorted, no whitespace), so that
 * the same lead re-serialized by another client or library still counts as "the same body" for dedupe.
 * Web Crypto only: runs on Node 20+, Deno, Bun and edge runtimes.
 *
 * @example
 * await hashLead({ b: 1, a: 2 }) === await hashLead({ a: 2, b: 1 }); // true
 */
export async function hashLead(value: unknown): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalJson(value));
  const digest = await crypto.subtle.digest("SHA-256", bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * JSON.stringify with object keys sorted at every level.
 *
 * @example
 * canonicalJson({ b: [2, { d: 1, c: 0 }], a: 1 }); // '{"a":1,"b":[2,{"c":0,"d":1}]}'
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.keys(value)
      .sort()
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
