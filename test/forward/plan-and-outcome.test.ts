import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideOutcome, describeAttempt, type AttemptResult } from "../../src/forward/decide-outcome";
import { planJobs } from "../../src/forward/plan-jobs";
import { serverLead } from "../support/server-lead";
import { destinationsFile, setupFor } from "./support/destinations";

const BASE = "http://127.0.0.1:9999";
const NOW = "2026-11-23T12:00:01.000Z";

describe("planJobs", () => {
  it("sends a sales-ready lead everywhere and schedules its escalation at respondBy", () => {
    const lead = serverLead({ tier: "sales-ready" });
    expect(planJobs(lead, setupFor(BASE), NOW)).toEqual([
      { destination: "crm", kind: "deliver", dueAt: NOW },
      { destination: "hubspot", kind: "deliver", dueAt: NOW },
      { destination: "salesforce", kind: "deliver", dueAt: NOW },
      { destination: "slack-sales", kind: "deliver", dueAt: NOW },
      { destination: "teams-lead", kind: "deliver", dueAt: NOW },
      { destination: "teams-lead", kind: "escalate", dueAt: "2026-11-23T12:05:00.000Z" },
    ]);
  });

  it("keeps chat alerts and escalations for sales-ready leads, and still forwards a disqualified lead to the CRMs", () => {
    const lead = serverLead({ tier: "disqualified", reasons: ["Student"] });
    expect(planJobs(lead, setupFor(BASE), NOW).map((j) => j.destination)).toEqual(["crm", "hubspot", "salesforce"]);
  });

  it("filters by form and tier, and takes the first escalation rule that names the lead's form", () => {
    const file = destinationsFile(BASE, { escalations: [{ forms: ["kiosk-retailtech"], to: "slack-sales" }, { to: "teams-lead" }] });
    file.destinations["hubspot"]!.when = { forms: ["kiosk-retailtech"] };
    file.destinations["crm"]!.when = { tiers: ["nurture"] };
    const setup = setupFor(BASE, file);
    const web = planJobs(serverLead({ tier: "sales-ready", formId: "acme-analytics" }), setup, NOW);
    expect(web.map((j) => `${j.kind}:${j.destination}`)).toEqual(["deliver:salesforce", "deliver:slack-sales", "deliver:teams-lead", "escalate:teams-lead"]);
    const booth = planJobs(serverLead({ tier: "sales-ready", formId: "kiosk-retailtech" }), setup, NOW);
    expect(booth.map((j) => `${j.kind}:${j.destination}`)).toEqual(["deliver:hubspot", "deliver:salesforce", "deliver:slack-sales", "deliver:teams-lead", "escalate:slack-sales"]);
  });
});

describe("decideOutcome", () => {
  const response = (status: number, retryAfter: string | null = null, text = ""): AttemptResult => ({ kind: "response", status, retryAfter, text });
  const base = { attempts: 1, maxAttempts: 12, now: 1_000_000, random: () => 0.5 };

  it("counts any 2xx as delivered", () => {
    expect(decideOutcome(response(200, null, "ok"), base)).toEqual({ status: "delivered", httpStatus: 200, note: "200: ok" });
    expect(decideOutcome(response(202), base).status).toBe("delivered");
  });

  it("retries 5xx, 429, timeouts and resets with backoff, and never sooner than Retry-After", () => {
    expect(decideOutcome(response(503), base)).toMatchObject({ status: "pending", nextAt: 1_000_000 + 7_500, httpStatus: 503 });
    expect(decideOutcome(response(429, "120"), base)).toEqual({ status: "pending", nextAt: 1_000_000 + 120_000, httpStatus: 429, error: "429 (Retry-After 120)" });
    expect(decideOutcome({ kind: "timeout", message: "no answer within 10 s" }, base)).toMatchObject({ status: "pending", httpStatus: null, error: "timeout: no answer within 10 s" });
    expect(decideOutcome({ kind: "network", message: "ECONNRESET" }, base)).toMatchObject({ status: "pending", error: "network: ECONNRESET" });
  });

  it("dead-letters a refusal at once, and a retryable failure after maxAttempts", () => {
    expect(decideOutcome(response(400, null, '{"status":"error","message":"The request is not valid"}'), base)).toEqual({
      status: "dead", httpStatus: 400, error: '400: {"status":"error","message":"The request is not valid"}',
    });
    expect(decideOutcome(response(500), { ...base, attempts: 12 })).toEqual({ status: "dead", httpStatus: 500, error: "500; gave up after 12 attempts" });
  });

  it("waits longer after each failure, up to the cap, for any jitter", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (attempts, r) => {
        const next = decideOutcome(response(502), { attempts, maxAttempts: 100, now: 0, random: () => r });
        const later = decideOutcome(response(502), { attempts: attempts + 1, maxAttempts: 100, now: 0, random: () => r });
        if (next.status !== "pending" || later.status !== "pending") return false;
        return next.nextAt <= later.nextAt && next.nextAt >= 5_000 && later.nextAt <= 3_600_000;
      }),
    );
  });

  it("makes the 12th and last default attempt 1.7 to 3.4 hours after the first, whatever the jitter", () => {
    const lastTryAfter = (r: number) => {
      let now = 0;
      for (let attempts = 1; attempts < 12; attempts++) {
        const next = decideOutcome(response(503), { attempts, maxAttempts: 12, now, random: () => r });
        if (next.status !== "pending") throw new Error(`gave up after ${attempts}`);
        now = next.nextAt;
      }
      expect(decideOutcome(response(503), { attempts: 12, maxAttempts: 12, now, random: () => r }).status).toBe("dead");
      return now / 3_600_000;
    };
    expect(lastTryAfter(0)).toBeCloseTo(1.71, 2);
    expect(lastTryAfter(0.999999)).toBeCloseTo(3.42, 2);
  });

  it("describes an answer in one short line", () => {
    expect(describeAttempt(response(502, null, "<html>\n  <body>Bad gateway</body>\n</html>"))).toBe("502: <html> <body>Bad gateway</body> </html>");
    expect(describeAttempt(response(500, null, "x".repeat(500))).length).toBe(205);
  });
});
