import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SqlClient } from "../../src/store/sql-client";
import { createDbDedupeStore } from "../../src/store/create-db-dedupe-store";
import { createEventRepository } from "../../src/store/event-repository";
import { createLeadRepository } from "../../src/store/lead-repository";
import { createSessionRepository } from "../../src/store/session-repository";
import { migrate } from "../../src/store/migration";
import { MIGRATIONS } from "../../src/store/migrations";
import { serverLead } from "../support/server-lead";

/**
 * The store's behaviour, run against each database it supports (embedded PGlite, real Postgres):
 * the same SQL must mean the same thing on both.
 */
export function describeStoreContract(name: string, open: () => Promise<{ db: SqlClient; close(): Promise<void> }>) {
  describe(`the store on ${name}`, () => {
    let handle: { db: SqlClient; close(): Promise<void> };
    beforeAll(async () => {
      handle = await open();
      await migrate(handle.db, MIGRATIONS);
    }, 60_000); // PGlite compiles its WebAssembly first; initdb takes seconds too
    afterAll(async () => handle?.close());

    it("applies every migration once and nothing on a second run", async () => {
      expect(await migrate(handle.db, MIGRATIONS)).toEqual([]);
      const versions = await handle.db.query<{ version: number }>("select version from schema_migrations order by version");
      expect(versions.map((v) => v.version)).toEqual(MIGRATIONS.map((m) => m.version));
    });

    it("refuses a database whose schema is newer than the code", async () => {
      await expect(migrate(handle.db, MIGRATIONS.slice(0, 1))).rejects.toThrow(new RegExp(`schema is at version ${MIGRATIONS.length}.*upgrade`));
    });

    it("stores a lead once, keeps its body whole and ignores the same leadId again", async () => {
      const leads = createLeadRepository(handle.db);
      const lead = serverLead({ tier: "sales-ready", answers: { email: " Ana@Acme.io ", role: "vp", need: ["reporting"], employees: 250 } });
      expect(await leads.insert(lead)).toBe(true);
      expect(await leads.insert({ ...lead, score: { ...lead.score, total: 1 } })).toBe(false);
      expect(await leads.find(lead.leadId)).toEqual(lead);
      const [row] = await handle.db.query<{ email: string }>("select email from leads where lead_id = $1", [lead.leadId]);
      expect(row?.email).toBe("ana@acme.io");
    });

    it("lists leads oldest first", async () => {
      const leads = createLeadRepository(handle.db);
      const later = serverLead({ at: "2026-11-24T09:00:00.000Z" });
      const earlier = serverLead({ at: "2026-11-20T09:00:00.000Z" });
      await leads.insert(later);
      await leads.insert(earlier);
      const ids = (await leads.list()).map((l) => l.leadId);
      expect(ids.indexOf(earlier.leadId)).toBeLessThan(ids.indexOf(later.leadId));
    });

    it("lets only the first of two claims on a lead win and names who has it", async () => {
      const leads = createLeadRepository(handle.db);
      const events = createEventRepository(handle.db);
      const lead = serverLead({ tier: "sales-ready" });
      await leads.insert(lead);
      const [first, second] = await Promise.all([
        events.claim(lead.leadId, "ana", new Date("2026-11-23T12:01:00.000Z"), "2026-11-23T12:00:00.000Z"),
        events.claim(lead.leadId, "ben", new Date("2026-11-23T12:01:00.000Z")),
      ]);
      const winners = [first, second].filter((r) => r.ok);
      expect(winners).toHaveLength(1);
      const loser = [first, second].find((r) => !r.ok);
      expect(loser && !loser.ok && loser.claimedBy?.actor).toBe(winners[0]!.ok && winners[0]!.event.actor);
      const claims = (await events.list()).filter((e) => e.leadId === lead.leadId);
      expect(claims).toHaveLength(1);
      if (claims[0]!.actor === "ana") expect(claims[0]).toMatchObject({ kind: "claim", since: "2026-11-23T12:00:00.000Z" });
    });

    it("keeps a requalification as an event with its note and leaves the lead's score alone", async () => {
      const leads = createLeadRepository(handle.db);
      const events = createEventRepository(handle.db);
      const lead = serverLead({ tier: "disqualified", reasons: ["Student"] });
      await leads.insert(lead);
      const event = await events.requalify(lead.leadId, "marketing", new Date("2026-11-25T10:00:00.000Z"), {
        tier: "nurture", fromTier: "disqualified", note: "PhD student at a target account",
      });
      expect(event).toMatchObject({ kind: "requalify", tier: "nurture", fromTier: "disqualified", note: "PhD student at a target account", at: "2026-11-25T10:00:00.000Z" });
      expect((await events.list()).at(-1)).toEqual(event);
      expect(await events.newestId()).toBe(event.id);
      expect((await leads.find(lead.leadId))?.score.tier).toBe("disqualified");
    });

    it("finds a live session by token hash and forgets expired and deleted ones", async () => {
      const sessions = createSessionRepository(handle.db);
      const now = new Date("2026-11-23T12:00:00.000Z");
      await sessions.create({ tokenHash: "h1", user: "ana", csrfToken: "c1", expiresAt: "2026-11-23T20:00:00.000Z" }, now);
      await sessions.create({ tokenHash: "h2", user: "ben", csrfToken: "c2", expiresAt: "2026-11-23T12:30:00.000Z" }, now);
      expect(await sessions.find("h1", now)).toEqual({ tokenHash: "h1", user: "ana", csrfToken: "c1", expiresAt: "2026-11-23T20:00:00.000Z" });
      const later = new Date("2026-11-23T13:00:00.000Z");
      expect(await sessions.find("h2", later)).toBeUndefined();
      expect(await sessions.deleteExpired(later)).toBe(1);
      await sessions.delete("h1");
      expect(await sessions.find("h1", now)).toBeUndefined();
    });

    describe("the dedupe store", () => {
      const result = (leadId: string) => ({ leadId, tier: "nurture" as const, total: 50 });

      it("begins an unknown leadId, then reports it in flight, then done with its result", async () => {
        const store = createDbDedupeStore(handle.db);
        const id = crypto.randomUUID();
        expect(await store.begin(id, "hash-a", 1_000, 30_000)).toBeUndefined();
        expect(await store.begin(id, "hash-a", 1_500, 30_000)).toEqual({ state: "in-flight", hash: "hash-a", since: 1_000 });
        await store.complete(id, "hash-a", result(id));
        expect(await store.begin(id, "hash-b", 2_000, 30_000)).toEqual({ state: "done", hash: "hash-a", result: result(id) });
        expect(await store.get(id)).toEqual({ state: "done", hash: "hash-a", result: result(id) });
      });

      it("forgets a released leadId so it can be sent again, but never a done one", async () => {
        const store = createDbDedupeStore(handle.db);
        const id = crypto.randomUUID();
        await store.begin(id, "h", 1_000, 30_000);
        await store.release(id);
        expect(await store.get(id)).toBeUndefined();
        expect(await store.begin(id, "h", 1_100, 30_000)).toBeUndefined();
        await store.complete(id, "h", result(id));
        await store.release(id);
        await store.extend(id, 1_000_000, 30_000);
        expect((await store.get(id))?.state).toBe("done");
      });

      it("takes over an in-flight receipt only once its lease has lapsed (its process died)", async () => {
        const store = createDbDedupeStore(handle.db);
        const id = crypto.randomUUID();
        await store.begin(id, "h", 1_000, 30_000);
        expect(await store.begin(id, "h", 30_999, 30_000)).toMatchObject({ state: "in-flight" });
        expect(await store.begin(id, "h", 31_000, 30_000)).toBeUndefined();
        expect(await store.get(id)).toEqual({ state: "in-flight", hash: "h", since: 31_000 });
      });

      it("keeps a receipt whose lease is extended, however long its onLead call runs", async () => {
        const store = createDbDedupeStore(handle.db);
        const id = crypto.randomUUID();
        await store.begin(id, "h", 0, 30_000);
        for (const t of [10_000, 20_000, 30_000, 40_000, 75_000]) await store.extend(id, t, 30_000);
        expect(await store.begin(id, "h", 104_999, 30_000)).toMatchObject({ state: "in-flight", since: 0 });
        expect(await store.begin(id, "h", 105_000, 30_000)).toBeUndefined();
      });

      it("ends a receipt written before leases inFlightTtlMs after it began", async () => {
        const store = createDbDedupeStore(handle.db, { inFlightTtlMs: 60_000 });
        const id = crypto.randomUUID();
        await handle.db.query("insert into lead_receipts (lead_id, body_hash, state, since_ms) values ($1, 'h', 'in-flight', 1000)", [id]);
        expect(await store.begin(id, "h", 60_999, 30_000)).toMatchObject({ state: "in-flight" });
        expect(await store.begin(id, "h", 61_000, 30_000)).toBeUndefined();
      });

      it("lets exactly one of many concurrent begins for one leadId through", async () => {
        const store = createDbDedupeStore(handle.db);
        const id = crypto.randomUUID();
        const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.begin(id, "h", 5_000, 30_000)));
        expect(outcomes.filter((o) => o === undefined)).toHaveLength(1);
      });
    });
  });
}
