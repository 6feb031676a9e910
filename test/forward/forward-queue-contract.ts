import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TIERS } from "../../src/config/types";
import type { ForwardSetup } from "../../src/forward/destination-types";
import { createEventRepository } from "../../src/store/event-repository";
import { createForwardJobRepository } from "../../src/store/forward-job-repository";
import { createLeadRepository } from "../../src/store/lead-repository";
import type { SqlClient } from "../../src/store/sql-client";
import { serverLead } from "../support/server-lead";
import { destinationsFile, setupFor } from "./support/destinations";
import { scriptedFaults, SERVICES, startFakeServices, type FakeServices } from "./support/fake-services";
import { manualClock, scriptedFetch, storeLeads, testRunner } from "./support/queue-harness";

export interface QueueDatabase {
  /** A fresh, migrated database. */
  open(): Promise<SqlClient>;
  /** The same database again after `db` was closed: a restart of the process. */
  reopen(db: SqlClient): Promise<SqlClient>;
  /** A second connection to the same database, as another serve process would have (the same client where there is only one). */
  second(db: SqlClient): Promise<SqlClient>;
  cleanup(): Promise<void>;
}

const LEADS = 1000;
const PUBLIC_URL = "https://leads.example.test";

/**
 * The forwarding queue's promises, on each database it supports: every lead reaches every destination
 * exactly once through the faults real services produce, across a restart, with several workers; and the
 * time-driven rules (Retry-After, dead letters, leases, the daily cap, escalations) with a clock in hand.
 */
export function describeForwardDelivery(name: string, database: QueueDatabase) {
  describe(`the forwarding queue on ${name}`, () => {
    afterAll(() => database.cleanup());

    describe("against local fakes of the five services", () => {
      let fakes: FakeServices;
      beforeAll(async () => {
        fakes = await startFakeServices({ faults: scriptedFaults, publicUrl: PUBLIC_URL });
      });
      afterAll(() => fakes?.close());

      it(`delivers ${LEADS} leads to each destination exactly once through 500s, 429s, timeouts and resets, none lost across a restart`, async () => {
        const file = destinationsFile(fakesBase(), { escalations: [] });
        for (const d of Object.values(file.destinations)) d.when = { tiers: [...TIERS] };
        const setup = fastSetup(setupFor(fakesBase(), file));
        let db = await database.open();
        const leads = Array.from({ length: LEADS }, (_, i) =>
          serverLead({ tier: TIERS[i % 4], answers: { email: `buyer${i}@acme.example`, name: `Buyer ${i}`, company: `Company ${i % 37}`, need: ["reporting"] } }));
        const started = performance.now();
        expect(await storeLeads(db, leads, setup, new Date())).toBe(LEADS * SERVICES.length);
        const stored = performance.now();

        // First process: runs until about 40% of the work is done, then stops (SIGTERM: finish what is in flight).
        const first = testRunner(db, setup, { fetch, now: Date.now, publicUrl: PUBLIC_URL, pollMs: 50, concurrency: 16 });
        first.start();
        await fakes.waitFor("webhook", LEADS * 0.4, 120_000);
        await first.stop();
        const before = SERVICES.map((s) => fakes.accepted[s].size);
        expect(Math.min(...before)).toBeLessThan(LEADS);

        // Restart: a new process on the same database, then a second one beside it, sharing the queue.
        db = await database.reopen(db);
        const other = await database.second(db);
        const runners = [db, other].map((handle) => testRunner(handle, setup, { fetch, now: Date.now, publicUrl: PUBLIC_URL, pollMs: 50, concurrency: 8 }));
        runners.forEach((r) => r.start());
        for (const service of SERVICES) await fakes.waitFor(service, LEADS, 180_000);
        await Promise.all(runners.map((r) => r.stop()));
        const seconds = (performance.now() - stored) / 1000;

        const counts = await createForwardJobRepository(db).countByStatus();
        console.log(
          `forwarding on ${name}: ${LEADS} leads × ${SERVICES.length} destinations stored in ${((stored - started) / 1000).toFixed(1)} s, delivered in ${seconds.toFixed(1)} s ` +
            `(${((LEADS * SERVICES.length) / seconds).toFixed(0)} jobs/s) through faults ${JSON.stringify(fakes.faults)}; requests ${JSON.stringify(fakes.requests)}; ` +
            `delivered before the restart ${before.join("/")}`,
        );
        expect(fakes.violations).toEqual([]);
        for (const service of SERVICES) {
          expect(fakes.accepted[service].size, service).toBe(LEADS);
          expect([...fakes.accepted[service].values()].every((n) => n === 1), `${service}: a lead delivered twice`).toBe(true);
        }
        expect(counts).toEqual({ pending: 0, delivered: LEADS * SERVICES.length, dead: 0, skipped: 0 });
        expect(Object.keys(fakes.faults).sort()).toEqual(["429", "500", "reset", "timeout"]);
        if (other !== db) await other.close();
        await db.close();
      }, 300_000);

      function fakesBase() {
        return fakes.base;
      }
    });
  });
}

/** The time-driven rules, each with a clock the test moves. */
export function describeForwardRules(name: string, database: QueueDatabase) {
  describe(`the forwarding queue's rules on ${name}`, () => {
    afterAll(() => database.cleanup());

    describe("with a clock in hand", () => {
      let db: SqlClient;
      beforeAll(async () => {
        db = await database.open();
      }, 60_000);
      afterAll(() => db?.close());

      const base = "https://hooks.example.test";
      const only = (destination: string, extra: Parameters<typeof destinationsFile>[1] = { escalations: [] }) => {
        const file = destinationsFile(base, extra);
        const wanted = { [destination]: file.destinations[destination]! };
        const setup = setupFor(base, { ...file, destinations: { ...wanted, ...(extra?.escalations?.length ? { "teams-lead": file.destinations["teams-lead"]! } : {}) } });
        // Each test here is about one rule; the client-side limiter has its own test.
        for (const d of setup.destinations.values()) d.rateLimit = null;
        return setup;
      };
      const jobsOf = async (leadId: string) => createForwardJobRepository(db).listForLeads([leadId]);

      it("holds a 429 until its Retry-After, then delivers", async () => {
        const clock = manualClock();
        const setup = only("crm");
        const lead = serverLead({ tier: "nurture" });
        await storeLeads(db, [lead], setup, new Date(clock.now()));
        const service = scriptedFetch([{ status: 429, headers: { "Retry-After": "120" } }, { status: 200 }]);
        const runner = testRunner(db, setup, { fetch: service.fetch, now: clock.now });
        expect(await runner.runOnce()).toBe(1);
        const [waiting] = await jobsOf(lead.leadId);
        expect(waiting).toMatchObject({ status: "pending", attempts: 1, lastStatus: 429, nextAttemptAt: new Date(clock.now() + 120_000).toISOString() });
        clock.advance(119_000);
        expect(await runner.runOnce()).toBe(0);
        clock.advance(1_000);
        expect(await runner.runOnce()).toBe(1);
        expect((await jobsOf(lead.leadId))[0]).toMatchObject({ status: "delivered", attempts: 2, lastStatus: 200 });
        expect(service.calls).toHaveLength(2);
      });

      it("dead-letters after maxAttempts, and Retry in the desk makes the job due again", async () => {
        const clock = manualClock();
        const setup = only("crm");
        setup.destinations.get("crm")!.maxAttempts = 3;
        const lead = serverLead({ tier: "nurture" });
        await storeLeads(db, [lead], setup, new Date(clock.now()));
        const service = scriptedFetch([{ status: 503 }, "reset", { status: 502 }, { status: 204 }]);
        const runner = testRunner(db, setup, { fetch: service.fetch, now: clock.now });
        for (let i = 0; i < 3; i++) {
          await runner.runOnce();
          clock.advance(10 * 60_000);
        }
        const [dead] = await jobsOf(lead.leadId);
        expect(dead).toMatchObject({ status: "dead", attempts: 3, lastStatus: 502, lastError: "502; gave up after 3 attempts" });
        expect(await runner.runOnce()).toBe(0);
        const jobs = createForwardJobRepository(db);
        expect(await jobs.requeue(dead!.id, "delivered", "Ana Rep", new Date(clock.now()))).toBe("wrong_status");
        expect(await jobs.requeue(dead!.id, "dead", "Ana Rep", new Date(clock.now()))).toMatchObject({ status: "pending", attempts: 0, requestedBy: "Ana Rep" });
        expect(await runner.runOnce()).toBe(1);
        expect((await jobsOf(lead.leadId))[0]).toMatchObject({ status: "delivered", attempts: 1 });
        // Replay sends a delivered lead once more, on request.
        await jobs.requeue(dead!.id, "delivered", "Ben Rep", new Date(clock.now()));
        expect(await runner.runOnce()).toBe(1);
        expect(service.calls).toHaveLength(5);
        expect(await jobs.requeue(999_999, "dead", "Ana Rep", new Date())).toBe("not_found");
      });

      it("gives a job whose worker died to another worker once its lease has run out", async () => {
        const clock = manualClock();
        const setup = only("crm");
        const lead = serverLead({ tier: "nurture" });
        await storeLeads(db, [lead], setup, new Date(clock.now()));
        const jobs = createForwardJobRepository(db);
        const [held] = await jobs.claimDue(new Date(clock.now()), 10, 60_000, "dead-worker:1");
        expect(held?.leadId).toBe(lead.leadId);
        const service = scriptedFetch([{ status: 200 }]);
        const runner = testRunner(db, setup, { fetch: service.fetch, now: clock.now });
        clock.advance(59_000);
        expect(await runner.runOnce()).toBe(0);
        clock.advance(1_000);
        expect(await runner.runOnce()).toBe(1);
        // The dead worker coming back cannot overwrite the outcome: its lease is gone.
        expect(await jobs.settle(held!, { status: "dead", attempts: 9, lastStatus: 500, lastError: "late" }, new Date(clock.now()))).toBe(false);
        expect((await jobsOf(lead.leadId))[0]).toMatchObject({ status: "delivered", attempts: 1 });
      });

      it("holds Salesforce leads past the daily cap until the next UTC day instead of dead-lettering them", async () => {
        const clock = manualClock(Date.parse("2026-11-24T22:00:00.000Z"));
        const setup = only("salesforce");
        Object.assign(setup.destinations.get("salesforce")!, { dailyCap: 3 });
        const leads = Array.from({ length: 5 }, () => serverLead({ tier: "nurture" }));
        await storeLeads(db, leads, setup, new Date(clock.now()));
        const service = scriptedFetch([{ status: 200 }]);
        const runner = testRunner(db, setup, { fetch: service.fetch, now: clock.now });
        await runner.runOnce();
        expect(service.calls).toHaveLength(3);
        const jobs = createForwardJobRepository(db);
        expect((await jobs.dailyCounts("2026-11-24")).get("salesforce")).toBe(3);
        const held = (await jobs.listForLeads(leads.map((l) => l.leadId))).filter((j) => j.status === "pending");
        expect(held).toHaveLength(2);
        expect(held[0]).toMatchObject({ attempts: 0, nextAttemptAt: "2026-11-25T00:00:00.000Z" });
        expect(held[0]!.lastError).toMatch(/daily cap of 3 leads is reached; waits for 2026-11-25/);
        clock.set(Date.parse("2026-11-25T00:00:00.000Z"));
        await runner.runOnce();
        expect(service.calls).toHaveLength(5);
        expect((await jobs.dailyCounts("2026-11-25")).get("salesforce")).toBe(2);
      });

      it("gives back a cap reservation when the send fails", async () => {
        const clock = manualClock(Date.parse("2026-11-26T10:00:00.000Z"));
        const setup = only("salesforce");
        const lead = serverLead({ tier: "nurture" });
        await storeLeads(db, [lead], setup, new Date(clock.now()));
        await testRunner(db, setup, { fetch: scriptedFetch([{ status: 500 }]).fetch, now: clock.now }).runOnce();
        expect((await createForwardJobRepository(db).dailyCounts("2026-11-26")).get("salesforce") ?? 0).toBe(0);
      });

      it("holds jobs over the client-side rate limit back without using up attempts", async () => {
        const clock = manualClock(Date.parse("2026-11-27T10:00:00.000Z"));
        const setup = only("hubspot");
        setup.destinations.get("hubspot")!.rateLimit = { limit: 2, windowMs: 10_000 };
        const leads = Array.from({ length: 5 }, () => serverLead({ tier: "nurture" }));
        await storeLeads(db, leads, setup, new Date(clock.now()));
        const service = scriptedFetch([{ status: 200 }]);
        const runner = testRunner(db, setup, { fetch: service.fetch, now: clock.now });
        await runner.runOnce();
        expect(service.calls).toHaveLength(2);
        const held = (await jobsOf(leads[4]!.leadId))[0]!;
        expect(held).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: "2026-11-27T10:00:10.000Z" });
        clock.advance(10_000);
        await runner.runOnce();
        clock.advance(10_000);
        await runner.runOnce();
        expect(service.calls).toHaveLength(5);
      });

      it("escalates a sales-ready lead nobody claimed, only once its respondBy has passed, and drops the escalation of a claimed one", async () => {
        const clock = manualClock(Date.parse("2026-11-28T09:00:00.000Z"));
        const setup = only("slack-sales", { escalations: [{ to: "teams-lead" }] });
        const waiting = serverLead({ tier: "sales-ready", at: "2026-11-28T09:00:00.000Z", answers: { email: "wait@acme.example", name: "Wanda Wait" } });
        const claimed = serverLead({ tier: "sales-ready", at: "2026-11-28T09:00:00.000Z", answers: { email: "claim@acme.example", name: "Carl Claimed" } });
        await storeLeads(db, [waiting, claimed], setup, new Date(clock.now()));
        const service = scriptedFetch([{ status: 200 }]);
        const runner = testRunner(db, setup, { fetch: service.fetch, now: clock.now, publicUrl: PUBLIC_URL });
        await runner.runOnce(20);
        expect(service.calls.map((c) => new URL(c.url).pathname).sort()).toEqual(["/slack/T000/B000/XXXX", "/slack/T000/B000/XXXX", "/teams/workflows/abc", "/teams/workflows/abc"]);
        await createEventRepository(db).claim(claimed.leadId, "Ana Rep", new Date(clock.now() + 60_000), claimed.submittedAt);
        clock.advance(5 * 60_000 - 1);
        expect(await runner.runOnce(20)).toBe(0);
        clock.advance(1);
        expect(await runner.runOnce(20)).toBe(2);
        const escalations = service.calls.slice(4);
        expect(escalations).toHaveLength(1);
        expect(escalations[0]!.body).toContain("Not claimed in time: Wanda Wait");
        expect((await jobsOf(claimed.leadId)).find((j) => j.kind === "escalate")).toMatchObject({ status: "skipped", lastError: expect.stringMatching(/^claimed by Ana Rep/) });
        expect((await jobsOf(waiting.leadId)).find((j) => j.kind === "escalate")).toMatchObject({ status: "delivered", destination: "teams-lead" });
        expect(await runner.runOnce(20)).toBe(0);
      });

      it("finds a claim on any lead of the same person, by the desk's keys: email, visitorId or a supersedes chain", async () => {
        const at = "2026-11-29T09:00:00.000Z";
        const first = serverLead({ tier: "sales-ready", at, visitorId: "visitor-claim-1", answers: { email: "old@claim.example", name: "Paula Person" } });
        // Fixed a typo in the email on the next visit: the update supersedes the first lead.
        const update = serverLead({ tier: "sales-ready", at, supersedes: first.leadId, answers: { email: "new@claim.example", name: "Paula Person" } });
        const later = serverLead({ tier: "sales-ready", at, supersedes: update.leadId, answers: { email: "newest@claim.example", name: "Paula Person" } });
        const sameBrowser = serverLead({ tier: "sales-ready", at, visitorId: "visitor-claim-1", answers: { name: "Paula Person" } });
        const stranger = serverLead({ tier: "sales-ready", at, answers: { email: "else@claim.example", name: "Sam Else" } });
        const leads = createLeadRepository(db);
        for (const lead of [first, update, later, sameBrowser, stranger]) await leads.insert(lead);
        await createEventRepository(db).claim(first.leadId, "Ana Rep", new Date(Date.parse(at) + 60_000), at);
        const jobs = createForwardJobRepository(db);
        for (const lead of [first, update, later, sameBrowser]) expect(await jobs.claimOf(lead.leadId), lead.answers.email as string).toMatchObject({ actor: "Ana Rep" });
        expect(await jobs.claimOf(stranger.leadId)).toBeNull();
      });

      it("queues nothing twice when the same lead is stored again", async () => {
        const setup = only("crm");
        const lead = serverLead({ tier: "nurture" });
        expect(await storeLeads(db, [lead, lead], setup, new Date())).toBe(1);
        expect(await jobsOf(lead.leadId)).toHaveLength(1);
      });
    });
  });
}

/** Test-speed timeouts and no client-side limits: the 1,000-lead run checks the queue, not the limiter. */
function fastSetup(setup: ForwardSetup): ForwardSetup {
  for (const destination of setup.destinations.values()) {
    // Long enough that only the scripted hangs time out, even with PGlite busy in this same process
    // (a slow answer the fake already counted would be sent again: at-least-once, see the README).
    destination.timeoutMs = 1500;
    destination.rateLimit = null;
    destination.maxAttempts = 40;
    if (destination.type === "salesforce") destination.dailyCap = 1_000_000;
  }
  return setup;
}
