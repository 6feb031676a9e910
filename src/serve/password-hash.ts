import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";

// OWASP's scrypt recommendation: N = 2^17 (128 MiB), r = 8, p = 1. The parameters are stored in each
// hash, so raising them later only affects new hashes.
const LOG2_N = 17;
const R = 8;
const P = 1;
const KEY_BYTES = 32;

function derive(password: string, salt: Buffer, log2n: number, r: number, p: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** log2n, r, p, maxmem: 256 * 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize("NFC"), salt, KEY_BYTES, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/**
 * A password hash for the desk's users file: `scrypt$<log2 N>$<r>$<p>$<salt>$<key>` (base64url).
 * scrypt from node:crypto (OpenSSL): memory-hard, salted, and no native or WebAssembly dependency.
 *
 * @example await hashPassword("correct horse battery staple") // "scrypt$17$8$1$…$…"
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, LOG2_N, R, P);
  return ["scrypt", LOG2_N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

/**
 * Whether `password` matches a hash from `hashPassword`, compared in constant time. A malformed hash
 * is false, never an exception (a broken users file must not open the door or crash a login).
 *
 * @example await verifyPassword("secret", await hashPassword("secret")) // true
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.log2n, parsed.r, parsed.p);
  return key.length === parsed.key.length && timingSafeEqual(key, parsed.key);
}

/** Whether a string looks like one of our hashes (checked when the users file is loaded). */
export function isPasswordHash(stored: string): boolean {
  return parseHash(stored) !== null;
}

function parseHash(stored: string): { log2n: number; r: number; p: number; salt: Buffer; key: Buffer } | null {
  const parts = stored.split("$");
  if (parts.length !== 6 || parts[0] !== "scrypt") return null;
  const [log2n, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![log2n, r, p].every(Number.isInteger) || log2n < 10 || log2n > 22 || r < 1 || r > 32 || p < 1 || p > 16) return null;
  const salt = Buffer.from(parts[4]!, "base64url");
  const key = Buffer.from(parts[5]!, "base64url");
  if (salt.length < 16 || key.length < 16) return null;
  return { log2n, r, p, salt, key };
}
