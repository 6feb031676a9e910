import { describe, expect, it } from "vitest";
import { ACME, config, leadRequest, validLead } from "./fixtures";
import { problem, receiverHarness } from "./receiver-harness";
import type { OpenTransport } from "./transports";
import { createLeadHandler } from "../../../src/server/create-lead-handler";

/** SPEC 8's answers, run against each way of serving the receiver. */
export function describeStatuses(open: OpenTransport) {
  describe("answers", () => {
    const setup = receiverHarness(open);

    it("accepts a valid lead with 202 { leadId, tier, total } after awaiting onLead", async () => {
      const { send, received } = await setup();
      const lead = validLead();
      const reply = await send(leadRequest(lead));
      expect(reply.status).toBe(202);
      expect(reply.json()).toEqual({ leadId: lead.leadId, tier: "sales-ready", total: 25 });
      expect(reply.header("Access-Control-Allow-Origin")).toBe(ACME);
      expect(reply.header("Vary")).toBe("Origin");
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ leadId: lead.leadId, scoreMismatch: false, clientScore: lead.score });
    });

    it("accepts same-origin and Origin-less requests without CORS headers", async () => {
      const { send, selfOrigin } = await setup();
      const sameOrigin = await send(leadRequest(validLead(), { origin: selfOrigin }));
      const noOrigin = await send(leadRequest(validLead(), { origin: null }));
      expect([sameOrigin.status, noOrigin.status]).toEqual([202, 202]);
      expect(sameOrigin.header("Access-Control-Allow-Origin")).toBeNull();
    });

    it("replaces a tampered score with the server's and flags the mismatch", async () => {
      const { send, received } = await setup();
      const lead = validLead({ answers: { email: "kid@school.edu", role: "student" } });
      const tampered = { ...lead, score: { ...lead.score, total: 100, tier: "sales-ready" as const, reasons: [] }, priority: "immediate" as const };
      expect((await send(leadRequest(tampered))).json()).toMatchObject({ tier: "disqualified" });
      expect(received[0]).toMatchObject({
        score: { tier: "disqualified", reasons: ["Student"] },
        clientScore: { tier: "sales-ready", total: 100 },
        scoreMismatch: true,
        priority: "low",
        respondBy: null,
      });
    });

    it("answers a replay with 200 and the first result without calling onLead again", async () => {
      const { send, onLead } = await setup();
      const lead = validLead();
      const first = await send(leadRequest(lead));
      const replay = await send(leadRequest(lead));
      expect(replay.status).toBe(200);
      expect(replay.json()).toEqual(first.json());
      expect(onLead).toHaveBeenCalledTimes(1);
    });

    it("answers 422 for the same leadId with a different body, also when only the key order differs", async () => {
      const { send, onLead } = await setup();
      const lead = validLead();
      await send(leadRequest(lead));
      const changed = await send(leadRequest({ ...lead, answers: { ...lead.answers, role: "ic" } }));
      const reordered = await send(leadRequest(Object.fromEntries(Object.entries(lead).reverse())));
      expect([changed.status, reordered.status]).toEqual([422, 422]);
      expect(problem(changed).error).toBe("lead_conflict");
      expect(onLead).toHaveBeenCalledTimes(1);
    });

    it("answers 500 when onLead throws, synchronously or not, and accepts the same lead afterwards", async () => {
      let calls = 0;
      const { send, onLead } = await setup({
        onLead: () => {
          calls += 1;
          if (calls === 1) throw new Error("CRM down");
          if (calls === 2) return Promise.reject(new Error("CRM down"));
        },
      });
      const lead = validLead();
      const failed = await send(leadRequest(lead));
      expect(failed.status).toBe(500);
      expect(problem(failed).error).toBe("internal_error");
      expect((await send(leadRequest(lead))).status).toBe(500);
      expect((await send(leadRequest(lead))).status).toBe(202);
      expect(onLead).toHaveBeenCalledTimes(3);
    });

    it("answers 400 invalid_json to a malformed body and to invalid UTF-8", async () => {
      const { send } = await setup();
      const malformed = await send(leadRequest('{"leadId": '));
      const latin1 = await send({ ...leadRequest("{}"), body: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d]) });
      expect(problem(malformed)).toMatchObject({ error: "invalid_json", status: 400 });
      expect(problem(latin1).error).toBe("invalid_json");
    });

    it("answers 400 invalid_lead with paths for wrong types and missing fields, never naming an unknown key", async () => {
      const { send } = await setup();
      const secret = "SECRET-VALUE-123";
      const { consent: _omitted, ...lead } = validLead();
      const bad = {
        ...lead,
        profileComplete: secret,
        score: { ...lead.score, total: secret },
        answers: { role: ["x", { nested: secret }], [`<img src=x onerror=alert(1)>${secret}`]: { secret } },
        context: { ...lead.context, [secret]: 1 },
        [secret]: 1,
      };
      const reply = await send(leadRequest(bad));
      expect(reply.status).toBe(400);
      const body = problem(reply);
      expect(body.error).toBe("invalid_lead");
      expect(body.issues).toEqual(expect.arrayContaining([
        { path: "profileComplete", message: "expected boolean" },
        { path: "score.total", message: "expected number" },
        { path: "consent", message: "required" },
        { path: "answers.role", message: "expected a string, number, boolean or list of strings" },
        { path: "answers.*", message: "expected a string, number, boolean or list of strings" },
        { path: "context", message: "unknown key" },
        { path: "", message: "unknown key" },
      ]));
      expect(reply.text).not.toContain(secret);
      expect(reply.text).not.toContain("img");
    });

    it("answers 400 at path formId for an unknown form", async () => {
      const { send } = await setup();
      const reply = await send(leadRequest(validLead({ formId: "other-form" })));
      expect(problem(reply)).toMatchObject({ error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] });
    });

    it("answers 400 at path leadId when the Idempotency-Key differs from the leadId", async () => {
      const { send } = await setup();
      const reply = await send(leadRequest(validLead(), { headers: { "Idempotency-Key": "11111111-1111-4111-8111-111111111111" } }));
      expect(reply.status).toBe(400);
      expect(problem(reply).issues).toEqual([{ path: "leadId", message: "must equal the Idempotency-Key header" }]);
    });

    it("answers 415 when the body is not application/json, and accepts a charset parameter", async () => {
      const { send } = await setup();
      const plain = await send(leadRequest(validLead(), { headers: { "Content-Type": "text/plain" } }));
      const charset = await send(leadRequest(validLead(), { headers: { "Content-Type": "application/json; charset=utf-8" } }));
      expect([plain.status, charset.status]).toEqual([415, 202]);
    });

    it("answers 403 to a disallowed origin and to the null origin, never reflecting them", async () => {
      const { send, onLead } = await setup();
      for (const origin of ["https://evil.example", "null"]) {
        const reply = await send(leadRequest(validLead(), { origin }));
        expect(reply.status).toBe(403);
        expect(reply.header("Access-Control-Allow-Origin")).toBeNull();
        expect(reply.header("Vary")).toBe("Origin");
      }
      expect(onLead).not.toHaveBeenCalled();
    });

    it("answers a preflight from an allowed origin with 204 and the CORS headers, and refuses another origin's", async () => {
      const { send } = await setup();
      const preflight = { method: "OPTIONS", headers: { "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, idempotency-key" } };
      const allowed = await send({ ...preflight, headers: { ...preflight.headers, Origin: ACME } });
      expect(allowed.status).toBe(204);
      expect(allowed.header("Access-Control-Allow-Origin")).toBe(ACME);
      expect(allowed.header("Access-Control-Allow-Methods")).toBe("POST");
      expect(allowed.header("Access-Control-Allow-Headers")).toBe("content-type, idempotency-key");
      expect(allowed.header("Access-Control-Max-Age")).toBe("7200");
      expect((await send({ ...preflight, headers: { ...preflight.headers, Origin: "https://evil.example" } })).status).toBe(403);
    });

    it("answers 405 with an Allow header to other methods", async () => {
      const { send } = await setup();
      const reply = await send({ method: "GET" });
      expect(reply.status).toBe(405);
      expect(reply.header("Allow")).toBe("POST, OPTIONS");
    });

    it("accepts '*' as any origin, answering a literal *", async () => {
      const { send } = await setup({ allowedOrigins: "*" });
      const reply = await send(leadRequest(validLead(), { origin: "https://anyone.example" }));
      expect(reply.status).toBe(202);
      expect(reply.header("Access-Control-Allow-Origin")).toBe("*");
    });

    it("sends X-Content-Type-Options: nosniff and no-store with every answer", async () => {
      const { send } = await setup();
      const lead = validLead();
      const replies = [
        await send(leadRequest(lead)), // 202
        await send(leadRequest(lead)), // 200
        await send({ method: "OPTIONS", headers: { Origin: ACME } }), // 204
        await send(leadRequest("{")), // 400
        await send(leadRequest(validLead(), { origin: "https://evil.example" })), // 403
        await send({ method: "GET" }), // 405
        await send(leadRequest(validLead(), { headers: { "Content-Type": "text/plain" } })), // 415
        await send(leadRequest({ ...lead, channel: "phone" })), // 422
      ];
      expect(replies.map((r) => r.status)).toEqual([202, 200, 204, 400, 403, 405, 415, 422]);
      for (const reply of replies) {
        expect(reply.header("X-Content-Type-Options")).toBe("nosniff");
        expect(reply.header("Cache-Control")).toBe("no-store");
      }
    });

    it("throws at creation with every issue of an invalid config", () => {
      expect(() => createLeadHandler({ configs: [{ id: "Bad Id!" }], onLead: () => {} })).toThrow(/configs\[0\]/);
      expect(() => createLeadHandler({ configs: [config(), config()], onLead: () => {} })).toThrow(/duplicate form id/);
    });
  });
}
