/**
 * The SHA-256 hex digest of a body's raw bytes with Web Crypto (Node 20+, Deno, Bun, edge runtimes).
 * The Node adapter computes the same digest with node:crypto, so a store shared by both agrees.
 * A replay is the same bytes: every client of ours re-sends the lead exactly as first serialized.
 *
 * @example
 * await hashBody(new TextEncoder().encode("{}")); // "44136fa3…"
 */
export async function hashBody(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return toHex(new Uint8Array(digest));
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += HEX[byte];
  return out;
}
