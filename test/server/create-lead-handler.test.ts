import { describe, expect, it, vi } from "vitest";
import { createLeadHandler, type LeadHandlerOptions } from "../../src/server/create-lead-handler";
import type { ServerLead } from "../../src/server/server-lead";
import { ENDPOINT, config, post, rawConfig, validLead } from "./support/fixtures";

function setup(options: Partial<LeadHandlerOptions> = {}) {
  const received: ServerLead[] = [];
  const onLead = vi.fn(async (lead: ServerLead) => void received.push(lead));
  const handler = createLeadHandler({ configs: [rawConfig], onLead, allowedOrigins: ["https://www.acme.io"], logError: () => {}, ...options });
  return { handler, onLead, received };
}

async function problem(response: Response) {
  expect(response.headers.get("Content-Type")).toBe("application/problem+json");
  return (await response.json()) as { type: string; title: string; status: number; error: string; issues?: Array<{ path: string; message: string }> };
}

describe("createLeadHandler", () => {
  it("accepts a valid lead with 202 { leadId, tier, total } after awaiting onLead", async () => {
    const { handler, received } = setup();
    const lead = validLead();
    const response = await handler(post(lead));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ leadId: lead.leadId, tier: "sales-ready", total: 25 });
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("https://www.acme.io");
    expect(response.headers.get("Vary")).toBe("Origin");
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ leadId: lead.leadId, scoreMismatch: false, clientScore: lead.score });
  });

  it("accepts same-origin and Origin-less requests without CORS headers", async () => {
    const { handler } = setup();
    const sameOrigin = await handler(post(validLead(), { origin: "https://api.example.com" }));
    const noOrigin = await handler(post(validLead(), { origin: null }));
    expect([sameOrigin.status, noOrigin.status]).toEqual([202, 202]);
    expect(sameOrigin.headers.get("Access-Control-Allow-Origin")).toBeNull();
  });

  it("replaces a tampered score with the server's and flags the mismatch", async () => {
    const { handler, received } = setup();
    const lead = validLead({ answers: { email: "kid@school.edu", role: "student" } });
    const tampered = { ...lead, score: { ...lead.score, total: 100, tier: "sales-ready" as const, reasons: [] }, priority: "immediate" as const };
    const response = await handler(post(tampered));
    expect(await response.json()).toMatchObject({ tier: "disqualified" });
    expect(received[0]).toMatchObject({
      score: { tier: "disqualified", reasons: ["Student"] },
      clientScore: { tier: "sales-ready", total: 100 },
      scoreMismatch: true,
      priority: "low",
      respondBy: null,
    });
  });

  it("answers a replay with 200 and the first result without calling onLead again", async () => {
    const { handler, onLead } = setup();
    const lead = validLead();
    const first = await handler(post(lead));
    const replay = await handler(post(lead));
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(await first.json());
    expect(onLead).toHaveBeenCalledTimes(1);
  });

  it("treats a re-serialized body (other key order) as the same lead", async () => {
    const { handler } = setup();
    const lead = validLead();
    await handler(post(lead));
    const reordered = Object.fromEntries(Object.entries(lead).reverse());
    expect((await handler(post(reordered))).status).toBe(200);
  });

  it("answers 422 for the same leadId with a different body", async () => {
    const { handler, onLead } = setup();
    const lead = validLead();
    await handler(post(lead));
    const response = await handler(post({ ...lead, answers: { ...lead.answers, role: "ic" } }));
    expect(response.status).toBe(422);
    expect((await problem(response)).error).toBe("lead_conflict");
    expect(onLead).toHaveBeenCalledTimes(1);
  });

  it("answers 409 to a duplicate arriving while the first is still in onLead", async () => {
    let finish: () => void = () => {};
    const { handler } = setup({ onLead: () => new Promise<void>((resolve) => (finish = resolve)) });
    const lead = validLead();
    const first = handler(post(lead));
    await new Promise((resolve) => setTimeout(resolve, 10));
    const second = await handler(post(lead));
    expect(second.status).toBe(409);
    finish();
    expect((await first).status).toBe(202);
  });

  it("answers 500 when onLead throws and accepts the same lead afterwards", async () => {
    const onLead = vi.fn().mockRejectedValueOnce(new Error("CRM down")).mockResolvedValue(undefined);
    const { handler } = setup({ onLead });
    const lead = validLead();
    const failed = await handler(post(lead));
    expect(failed.status).toBe(500);
    expect((await problem(failed)).error).toBe("internal_error");
    expect((await handler(post(lead))).status).toBe(202);
    expect(onLead).toHaveBeenCalledTimes(2);
  });

  it("answers 400 invalid_json to a malformed body", async () => {
    const { handler } = setup();
    const response = await handler(post("{\"leadId\": "));
    expect(response.status).toBe(400);
    expect(await problem(response)).toMatchObject({ error: "invalid_json", status: 400 });
  });

  it("answers 400 invalid_lead with paths for wrong types, missing and unknown keys, never echoing values", async () => {
    const { handler } = setup();
    const secret = "SECRET-VALUE-123";
    const { consent: _omitted, ...lead } = validLead();
    const bad = { ...lead, profileComplete: secret, score: { ...lead.score, total: secret }, answers: { role: ["x", { nested: secret }] }, [secret]: 1 };
    const response = await handler(post(bad));
    expect(response.status).toBe(400);
    const body = await problem(response);
    expect(body.error).toBe("invalid_lead");
    const byPath = Object.fromEntries((body.issues ?? []).map((i) => [i.path, i.message]));
    expect(byPath["profileComplete"]).toBe("expected boolean");
    expect(byPath["score.total"]).toBe("expected number");
    expect(byPath["consent"]).toBe("required");
    expect(byPath["answers.role"]).toBeDefined();
    expect(byPath[secret]).toBe("unknown key");
    expect(JSON.stringify(body.issues?.map((i) => i.message))).not.toContain(secret);
  });

  it("answers 400 at path formId for an unknown form", async () => {
    const { handler } = setup();
    const response = await handler(post(validLead({ formId: "other-form" })));
    expect(await problem(response)).toMatchObject({ error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] });
  });

  it("answers 400 at path leadId when the Idempotency-Key differs from the leadId", async () => {
    const { handler } = setup();
    const response = await handler(post(validLead(), { headers: { "Idempotency-Key": "11111111-1111-4111-8111-111111111111" } }));
    expect(response.status).toBe(400);
    expect((await problem(response)).issues).toEqual([{ path: "leadId", message: "must equal the Idempotency-Key header" }]);
  });

  it("answers 413 for a body over the limit even when Content-Length claims it is small", async () => {
    const { handler } = setup({ maxBodyBytes: 1024 });
    const big = new TextEncoder().encode(JSON.stringify({ padding: "x".repeat(5000) }));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < big.length; i += 100) controller.enqueue(big.slice(i, i + 100));
        controller.close();
      },
    });
    const request = new Request(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Content-Length": "10", Origin: "https://www.acme.io" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(413);
    expect((await problem(response)).error).toBe("payload_too_large");
  });

  it("answers 415 when the body is not application/json", async () => {
    const { handler } = setup();
    const plain = await handler(post(validLead(), { headers: { "Content-Type": "text/plain" } }));
    const charset = await handler(post(validLead(), { headers: { "Content-Type": "application/json; charset=utf-8" } }));
    expect(plain.status).toBe(415);
    expect(charset.status).toBe(202);
  });

  it("answers 403 to a disallowed origin and to the null origin, never reflecting them", async () => {
    const { handler, onLead } = setup();
    for (const origin of ["https://evil.example", "null"]) {
      const response = await handler(post(validLead(), { origin }));
      expect(response.status).toBe(403);
      expect(response.headers.get("Access-Control-Allow-Origin")).toBeNull();
      expect(response.headers.get("Vary")).toBe("Origin");
    }
    expect(onLead).not.toHaveBeenCalled();
  });

  it("answers a preflight from an allowed origin with 204 and the CORS headers", async () => {
    const { handler } = setup();
    const request = new Request(ENDPOINT, {
      method: "OPTIONS",
      headers: { Origin: "https://www.acme.io", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, idempotency-key" },
    });
    const response = await handler(request);
    expect(response.status).toBe(204);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      "access-control-allow-origin": "https://www.acme.io",
      "access-control-allow-methods": "POST",
      "access-control-allow-headers": "content-type, idempotency-key",
      "access-control-max-age": "7200",
      vary: "Origin",
    });
  });

  it("refuses a preflight from a disallowed origin", async () => {
    const { handler } = setup();
    const response = await handler(new Request(ENDPOINT, { method: "OPTIONS", headers: { Origin: "https://evil.example" } }));
    expect(response.status).toBe(403);
  });

  it("answers 405 with an Allow header to other methods", async () => {
    const { handler } = setup();
    const response = await handler(new Request(ENDPOINT, { method: "GET" }));
    expect(response.status).toBe(405);
    expect(response.headers.get("Allow")).toBe("POST, OPTIONS");
  });

  it("answers 429 with Retry-After once an IP exceeds its window", async () => {
    let time = 10_000;
    const { handler } = setup({ rateLimit: { perIp: { limit: 2, windowMs: 60_000 } }, now: () => time });
    const info = { clientIp: "203.0.113.7" };
    expect((await handler(post(validLead()), info)).status).toBe(202);
    expect((await handler(post(validLead()), info)).status).toBe(202);
    const limited = await handler(post(validLead()), info);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("Retry-After")).toBe("50");
    expect((await handler(post(validLead()), { clientIp: "198.51.100.1" })).status).toBe(202);
    time = 60_000;
    expect((await handler(post(validLead()), info)).status).toBe(202);
  });

  it("answers 429 once a form exceeds its window", async () => {
    const { handler } = setup({ rateLimit: { perForm: { limit: 1, windowMs: 60_000 } } });
    expect((await handler(post(validLead()))).status).toBe(202);
    const limited = await handler(post(validLead()));
    expect(limited.status).toBe(429);
    expect((await problem(limited)).error).toBe("rate_limited");
  });

  it("does not limit at all with rateLimit: false", async () => {
    const { handler } = setup({ rateLimit: false });
    const statuses = [];
    for (let i = 0; i < 700; i++) statuses.push((await handler(post(validLead()), { clientIp: "203.0.113.7" })).status);
    expect(new Set(statuses)).toEqual(new Set([202]));
  });

  it("accepts '*' as any origin, answering a literal *", async () => {
    const { handler } = setup({ allowedOrigins: "*" });
    const response = await handler(post(validLead(), { origin: "https://anyone.example" }));
    expect(response.status).toBe(202);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("throws at creation with every issue of an invalid config", () => {
    expect(() => createLeadHandler({ configs: [{ id: "Bad Id!" }], onLead: () => {} })).toThrow(/configs\[0\]/);
    expect(() => createLeadHandler({ configs: [config(), config()], onLead: () => {} })).toThrow(/duplicate form id/);
  });
});

describe("createLeadHandler at a booth", () => {
  it("accepts a kiosk lead with badge, staff input and captured by, and derives the staff decision itself", async () => {
    const { handler, received } = setup();
    const lead = validLead({ answers: { email: "kid@school.edu", role: "student" } });
    const booth = {
      ...lead,
      channel: "kiosk" as const,
      badge: { raw: "MECARD:UID:RT26-1;;", format: "mecard" as const, source: "scan" as const, id: "RT26-1" },
      // A tampered decision: the server derives it again from the rating and its own config.
      staff: { rating: "B" as const, note: "Teacher buying for the school", followUp: ["send-material" as const], decision: { tier: "sales-ready" as const, total: 99, reason: "made up" } },
      capturedBy: "Ana Staff",
      deviceId: "device-1",
    };
    const response = await handler(post(booth));
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({ tier: "disqualified" });
    expect(received[0]).toMatchObject({
      score: { tier: "disqualified", reasons: ["Student"] },
      staff: { rating: "B", note: "Teacher buying for the school", followUp: ["send-material"], decision: { tier: "sales-later", total: 0, reason: "Staff rating B" } },
      badge: { id: "RT26-1" },
      capturedBy: "Ana Staff",
      deviceId: "device-1",
      scoreMismatch: false,
    });
  });
});
