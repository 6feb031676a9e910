import { describe, expect, it } from "vitest";
import { verifyWebhook, webhookSignature } from "../../src/server/verify-webhook";

// The Standard Webhooks reference libraries' own vector (libraries/javascript webhook.test.ts, "sign function works").
const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
const TIMESTAMP = 1614265330;
const BODY = '{"test": 2432232314}';
const SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
const headers = (overrides: Record<string, string | undefined> = {}) => ({
  "webhook-id": ID, "webhook-timestamp": String(TIMESTAMP), "webhook-signature": SIGNATURE, ...overrides,
});
const at = (seconds: number) => seconds * 1000;

describe("webhookSignature", () => {
  it("matches the Standard Webhooks reference vector", async () => {
    expect(await webhookSignature(SECRET, ID, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });

  it("accepts the secret without its whsec_ prefix too", async () => {
    expect(await webhookSignature(SECRET.slice(6), ID, TIMESTAMP, BODY)).toBe(SIGNATURE);
  });
});

describe("verifyWebhook", () => {
  it("accepts the reference vector at its own time and returns the id", async () => {
    expect(await verifyWebhook(SECRET, headers(), BODY, { now: at(TIMESTAMP) })).toEqual({ ok: true, id: ID, timestamp: TIMESTAMP });
  });

  it("reads the headers from a Headers object as well", async () => {
    expect((await verifyWebhook(SECRET, new Headers(headers()), BODY, { now: at(TIMESTAMP) })).ok).toBe(true);
  });

  it("accepts a timestamp up to five minutes off either way and refuses one beyond", async () => {
    expect((await verifyWebhook(SECRET, headers(), BODY, { now: at(TIMESTAMP + 300) })).ok).toBe(true);
    expect((await verifyWebhook(SECRET, headers(), BODY, { now: at(TIMESTAMP - 300) })).ok).toBe(true);
    expect(await verifyWebhook(SECRET, headers(), BODY, { now: at(TIMESTAMP + 301) })).toEqual({ ok: false, reason: "too_old" });
    expect(await verifyWebhook(SECRET, headers(), BODY, { now: at(TIMESTAMP - 301) })).toEqual({ ok: false, reason: "too_new" });
  });

  it("refuses a changed body, id or timestamp, and another secret", async () => {
    const now = { now: at(TIMESTAMP) };
    expect(await verifyWebhook(SECRET, headers(), '{"test": 2432232315}', now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyWebhook(SECRET, headers({ "webhook-id": "msg_other" }), BODY, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyWebhook(SECRET, headers({ "webhook-timestamp": String(TIMESTAMP + 1) }), BODY, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyWebhook("whsec_" + btoa("another secret of 24 byte"), headers(), BODY, now)).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("finds the valid signature among several space-separated ones and ignores other versions", async () => {
    const several = `v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,${SIGNATURE.slice(3)} ${SIGNATURE}`;
    expect((await verifyWebhook(SECRET, headers({ "webhook-signature": several }), BODY, { now: at(TIMESTAMP) })).ok).toBe(true);
    const noV1 = `v2,${SIGNATURE.slice(3)}`;
    expect(await verifyWebhook(SECRET, headers({ "webhook-signature": noV1 }), BODY, { now: at(TIMESTAMP) })).toEqual({ ok: false, reason: "bad_signature" });
  });

  it("names what is wrong with missing or malformed headers", async () => {
    const now = { now: at(TIMESTAMP) };
    expect(await verifyWebhook(SECRET, headers({ "webhook-id": undefined }), BODY, now)).toEqual({ ok: false, reason: "missing_headers" });
    expect(await verifyWebhook(SECRET, headers({ "webhook-timestamp": "hello" }), BODY, now)).toEqual({ ok: false, reason: "bad_timestamp" });
    expect(await verifyWebhook(SECRET, headers({ "webhook-signature": "v1,dawfeoifkpqwoekfpqoekf" }), BODY, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyWebhook(SECRET, headers({ "webhook-signature": "v1," }), BODY, now)).toEqual({ ok: false, reason: "bad_signature" });
    expect(await verifyWebhook("whsec_not base64!", headers(), BODY, now)).toEqual({ ok: false, reason: "bad_secret" });
  });

  it("verifies what webhookSignature signs, for any body", async () => {
    for (const body of ["", "{}", '{"name":"Zoë <script>"}', "x".repeat(10_000)]) {
      const signature = await webhookSignature(SECRET, "lead-1", TIMESTAMP, body);
      expect((await verifyWebhook(SECRET, headers({ "webhook-id": "lead-1", "webhook-signature": signature }), body, { now: at(TIMESTAMP) })).ok).toBe(true);
    }
  });
});
