// Standard Webhooks (standardwebhooks.com, spec 1.0): how lead-qualifier signs the webhooks it forwards,
// and the check a receiver runs. Web Crypto only, so it runs on Node, Deno, Bun and edge runtimes alike.

/** Five minutes either way, as the spec recommends: old enough for clock skew, too short for a replay. */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

export type WebhookVerification =
  | { ok: true; id: string; timestamp: number }
  | { ok: false; reason: "missing_headers" | "bad_timestamp" | "too_old" | "too_new" | "bad_signature" | "bad_secret" };

/**
 * The `webhook-signature` value for one message: `v1,` + base64 HMAC-SHA256 of `id.timestamp.body`, keyed
 * with the secret's bytes (the base64 after `whsec_`).
 *
 * @example await webhookSignature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, '{"test": 2432232314}')
 * // "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="
 */
export async function webhookSignature(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const key = await hmacKey(secret, ["sign"]);
  const mac = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(mac))}`;
}

/**
 * Checks a webhook from lead-qualifier (or any Standard Webhooks sender): the three `webhook-*` headers,
 * the timestamp within `toleranceSeconds` of `now`, and one of the space-separated `v1,` signatures
 * matching the raw body. The comparison is Web Crypto's HMAC verify, which is constant-time. Pass the
 * body exactly as received: parsing and re-serializing JSON changes the bytes.
 *
 * @example
 * const body = await request.text();
 * const check = await verifyWebhook(process.env.LEAD_WEBHOOK_SECRET!, request.headers, body);
 * if (!check.ok) return new Response(check.reason, { status: 401 });
 * const { data: lead } = JSON.parse(body); // dedupe on check.id: a retry carries the same id
 */
export async function verifyWebhook(
  secret: string,
  headers: Headers | Record<string, string | undefined>,
  body: string,
  options: { now?: number; toleranceSeconds?: number } = {},
): Promise<WebhookVerification> {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : (headers[name] ?? headers[name.toLowerCase()])) ?? null;
  const id = get("webhook-id");
  const stamp = get("webhook-timestamp");
  const signatures = get("webhook-signature");
  if (!id || !stamp || !signatures) return { ok: false, reason: "missing_headers" };
  if (!/^\d{1,12}$/.test(stamp)) return { ok: false, reason: "bad_timestamp" };
  const timestamp = Number(stamp);
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const tolerance = options.toleranceSeconds ?? WEBHOOK_TOLERANCE_SECONDS;
  if (timestamp < now - tolerance) return { ok: false, reason: "too_old" };
  if (timestamp > now + tolerance) return { ok: false, reason: "too_new" };
  let key: CryptoKey;
  try {
    key = await hmacKey(secret, ["verify"]);
  } catch {
    return { ok: false, reason: "bad_secret" };
  }
  const signed = new TextEncoder().encode(`${id}.${timestamp}.${body}`);
  for (const candidate of signatures.split(" ")) {
    const [version, value] = candidate.split(",", 2);
    if (version !== "v1" || !value) continue;
    const bytes = fromBase64(value);
    if (bytes && (await crypto.subtle.verify("HMAC", key, bytes, signed))) return { ok: true, id, timestamp };
  }
  return { ok: false, reason: "bad_signature" };
}

async function hmacKey(secret: string, usages: KeyUsage[]): Promise<CryptoKey> {
  const bytes = fromBase64(secret.startsWith("whsec_") ? secret.slice("whsec_".length) : secret);
  if (!bytes || bytes.length === 0) throw new Error("the webhook secret is not base64 (expected whsec_…)");
  return crypto.subtle.importKey("raw", bytes, { name: "HMAC", hash: "SHA-256" }, false, usages);
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return null;
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
