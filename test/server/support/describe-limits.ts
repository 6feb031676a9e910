import { describe, expect, it } from "vitest";
import { createLeadHandler } from "../../../src/server/create-lead-handler";
import { scoreLead } from "../../../src/qualify/score-lead";
import { validateConfig } from "../../../src/config/validate-config";
import { makeLead } from "../../delivery/support/make-lead";
import { ACME, leadRequest, rawConfig, validLead } from "./fixtures";
import { problem, receiverHarness } from "./receiver-harness";
import type { OpenTransport } from "./transports";

/** The test form plus a free-text message: its largest lead is over 32 KiB. */
const chattyConfig = { ...rawConfig, id: "chatty", questions: [...rawConfig.questions, { id: "company", type: "text", label: "Company" }, { id: "message", type: "textarea", label: "Message" }] };

/** Rate limits, body size and body time limits, run against each way of serving the receiver. */
export function describeLimits(open: OpenTransport) {
  describe("limits", () => {
    const setup = receiverHarness(open);

    it("answers 413 to a body over the limit, counting streamed bytes, and at once to a Content-Length over it", async () => {
      const { send, received } = await setup();
      const chunk = new TextEncoder().encode("x".repeat(16 * 1024));
      const streamed = await send({ ...leadRequest("{}"), body: undefined, stream: { chunks: Array(8).fill(chunk) } });
      const declared = await send(leadRequest(JSON.stringify({ pad: "x".repeat(200 * 1024) })));
      expect([streamed.status, declared.status]).toEqual([413, 413]);
      expect(problem(streamed).error).toBe("payload_too_large");
      expect(received).toEqual([]);
    });

    it("sizes the default body limit from the configs, so the largest valid lead is never refused", async () => {
      const checked = validateConfig(chattyConfig);
      if (!checked.ok) throw new Error("fixture");
      const answers = { email: "ana@acme.io", role: "vp", company: "\u0001".repeat(500), message: "\u0001".repeat(5000) };
      const lead = makeLead({ formId: "chatty", answers, score: scoreLead(checked.config, answers) });
      const body = JSON.stringify(lead);
      expect(new TextEncoder().encode(body).length).toBeGreaterThan(32 * 1024);
      const { send } = await setup({ configs: [rawConfig, chattyConfig] });
      expect((await send(leadRequest(lead))).status).toBe(202);
    });

    it("refuses at creation a maxBodyBytes below the largest lead a form can send, naming the form", () => {
      expect(() => createLeadHandler({ configs: [chattyConfig], onLead: () => {}, maxBodyBytes: 32 * 1024 })).toThrow(
        /maxBodyBytes 32768 is below the largest lead[\s\S]*form "chatty": up to \d+ bytes/,
      );
    });

    it("answers 408 when the body stalls past bodyTimeoutMs", async () => {
      const { send, onLead } = await setup({ bodyTimeoutMs: 200 });
      const started = Date.now();
      const reply = await send({ ...leadRequest("{}"), body: undefined, stream: { chunks: [new TextEncoder().encode('{"schema":"lead-qua')], stall: true } });
      expect(reply.status).toBe(408);
      expect(problem(reply)).toMatchObject({ error: "body_timeout", detail: "The body must arrive within 200 ms." });
      expect(reply.header("X-Content-Type-Options")).toBe("nosniff");
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(onLead).not.toHaveBeenCalled();
    });

    it("blocks an IP that sent too many rejected requests, with Retry-After, until the window turns", async () => {
      let time = 10_000;
      const { send } = await setup({ rateLimit: { perIp: { limit: 3, windowMs: 60_000 } }, now: () => time });
      const ip = "203.0.113.7";
      expect((await send(leadRequest(validLead(), { clientIp: ip }))).status).toBe(202);
      for (let i = 0; i < 3; i++) expect((await send(leadRequest("{", { clientIp: ip }))).status).toBe(400);
      const limited = await send(leadRequest(validLead(), { clientIp: ip }));
      expect(limited.status).toBe(429);
      expect(limited.header("Retry-After")).toBe("50");
      expect(limited.header("Access-Control-Allow-Origin")).toBe(ACME);
      expect(problem(limited).error).toBe("rate_limited");
      expect((await send(leadRequest(validLead(), { clientIp: "198.51.100.1" }))).status).toBe(202);
      time = 60_000;
      expect((await send(leadRequest(validLead(), { clientIp: ip }))).status).toBe(202);
    });

    it("never limits a booth: 2,000 queued leads and their replays from one IP all go through with the default limits", async () => {
      const { send, received } = await setup();
      const ip = "198.51.100.20";
      const leads = Array.from({ length: 2000 }, () => validLead());
      const statuses = new Map<number, number>();
      const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
      for (let i = 0; i < leads.length; i += 8) {
        const batch = leads.slice(i, i + 8);
        (await Promise.all(batch.map((lead) => send(leadRequest(lead, { clientIp: ip }))))).forEach((r) => count(r.status));
      }
      for (const lead of leads.slice(0, 200)) count((await send(leadRequest(lead, { clientIp: ip }))).status);
      expect(Object.fromEntries(statuses)).toEqual({ 202: 2000, 200: 200 });
      expect(received).toHaveLength(2000);
    }, 60_000);

    it("cuts off a flood of junk from one IP after 60 rejected requests with the default limits", async () => {
      const { send } = await setup();
      const statuses: number[] = [];
      for (let i = 0; i < 100; i++) statuses.push((await send(leadRequest(`{"junk":${i}}`, { clientIp: "203.0.113.66" }))).status);
      expect(statuses.filter((s) => s === 400)).toHaveLength(60);
      expect(statuses.slice(60).every((s) => s === 429)).toBe(true);
    });

    it("answers 429 once a form exceeds its window, and takes the same lead when it is sent again later", async () => {
      let time = 0;
      const { send } = await setup({ rateLimit: { perForm: { limit: 1, windowMs: 60_000 } }, now: () => time });
      expect((await send(leadRequest(validLead()))).status).toBe(202);
      const lead = validLead();
      const limited = await send(leadRequest(lead));
      expect(limited.status).toBe(429);
      expect(limited.header("Retry-After")).toBe("60");
      time = 60_000;
      expect((await send(leadRequest(lead))).status).toBe(202);
    });

    it("does not limit at all with rateLimit: false", async () => {
      const { send } = await setup({ rateLimit: false });
      const statuses = new Set<number>();
      for (let i = 0; i < 100; i++) statuses.add((await send(leadRequest("{", { clientIp: "203.0.113.7" }))).status);
      expect(statuses).toEqual(new Set([400]));
    });
  });
}
