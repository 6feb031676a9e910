/** The parts of `crypto` a lead id needs (both exist in every browser; `randomUUID` only in secure contexts). */
export type CryptoLike = Pick<Crypto, "getRandomValues"> & { randomUUID?: () => string };

/**
 * A random v4 UUID for `leadId` (also the Idempotency-Key). `crypto.randomUUID` is missing on
 * plain-http pages (not a secure context), so fall back to the same layout from getRandomValues.
 *
 * @example newLeadId(crypto) // "7b0c5e0e-3f43-4d7a-9a1e-2d7a8f2b9c10"
 */
export function newLeadId(crypto: CryptoLike): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
