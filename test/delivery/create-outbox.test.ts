import { describe, expect, it, vi } from "vitest";
import { createOutbox, outboxValidators } from "../../src/delivery/create-outbox";
import type { DeliveredRecord, OutboxEntry } from "../../src/delivery/outbox-entry";
import { memoryStorage } from "../../src/delivery/storage-like";
import { memoryTable } from "../../src/delivery/table";
import { webStorageTable } from "../../src/delivery/web-storage-table";
import { makeLead } from "./support/make-lead";
import { deviceTables, quotaTable } from "./support/outbox-tables";

const KEY = (leadId: string) => `acme-analytics:${leadId}`;
const pause = async () => {};

function setup() {
  const device = deviceTables();
  let time = 1_000;
  const open = (extra: Partial<Parameters<typeof createOutbox>[0]> = {}) =>
    createOutbox({ formId: "acme-analytics", now: () => time, entries: [device.entries], delivered: [device.delivered], pause, ...extra });
  return { device, open, tick: (ms: number) => (time += ms) };
}

describe("createOutbox", () => {
  it("stores a lead as pending under its own key, per form and lead, and shows it at once", async () => {
    const { device, open } = setup();
    const outbox = open();
    const lead = makeLead();
    const stored = outbox.put(lead);
    expect(outbox.entries().map((e) => e.lead)).toEqual([lead]);
    await stored;
    expect(device.entries.map.get(KEY(lead.leadId))).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: 1000, createdAt: 1000, lead });
  });

  it("keeps leads across a simulated reload (a new outbox over the same storage)", async () => {
    const { open } = setup();
    const lead = makeLead();
    await open().put(lead);
    const afterReload = open();
    expect(afterReload.loaded).toBe(false);
    await afterReload.load();
    expect(afterReload.entries().map((e) => e.lead)).toEqual([lead]);
  });

  it("sees a lead another tab stored on its next load", async () => {
    const { open } = setup();
    const tabA = open();
    const tabB = open();
    await tabA.load();
    const lead = makeLead();
    await tabB.put(lead);
    await tabA.load();
    expect(tabA.entries().map((e) => e.lead.leadId)).toEqual([lead.leadId]);
  });

  it("does not duplicate a lead put twice", async () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    await outbox.put(lead);
    await outbox.put(lead);
    expect(outbox.entries()).toHaveLength(1);
  });

  it("removes a lead only on delivery and logs it in history, once", async () => {
    const { open, device } = setup();
    const outbox = open();
    const lead = makeLead();
    await outbox.put(lead);
    await outbox.markRetry(lead.leadId, { code: "http", message: "HTTP 503", status: 503 }, 5000);
    expect(outbox.get(lead.leadId)).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: 5000 });
    expect(await outbox.markDelivered(lead.leadId)).toMatchObject({ leadId: lead.leadId, tier: "nurture", total: 50 });
    expect(outbox.entries()).toEqual([]);
    expect(device.entries.map.size).toBe(0);
    const reloaded = open();
    await reloaded.load();
    expect(reloaded.history().map((r) => r.leadId)).toEqual([lead.leadId]);
    expect(await outbox.markDelivered(lead.leadId)).toBeNull();
  });

  it("logs delivered leads without their answers by default", async () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    await outbox.put(lead);
    await outbox.markDelivered(lead.leadId);
    expect(outbox.history()[0]).not.toHaveProperty("lead");
  });

  it("keeps every delivered lead whole in a kiosk's log, with no cap (2,000 and counting)", async () => {
    const { open } = setup();
    const outbox = open({ keepDeliveredLeads: true, historyLimit: 3 });
    const leads = Array.from({ length: 2_000 }, () => makeLead());
    for (const lead of leads) {
      await outbox.put(lead);
      await outbox.markDelivered(lead.leadId);
    }
    const reloaded = open({ keepDeliveredLeads: true });
    await reloaded.load();
    expect(reloaded.history()).toHaveLength(2_000);
    expect(reloaded.history()[1_999]?.lead).toEqual(leads[1_999]);
  });

  it("keeps a failed lead with its error and problem, and requeues it on request", async () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    await outbox.put(lead);
    const problem = { error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] };
    await outbox.markFailed(lead.leadId, { code: "http", message: "HTTP 400", status: 400, problem });
    expect(outbox.entries()[0]).toMatchObject({ status: "failed", lastError: { status: 400, problem }, lead });
    expect(outbox.due(10_000, { ignoreBackoff: true })).toEqual([]);
    expect(await outbox.requeue(lead.leadId)).toBe(true);
    expect(outbox.due(10_000)).toHaveLength(1);
  });

  it("caps a landing page's delivered log, dropping the oldest", async () => {
    const { open } = setup();
    const outbox = open({ historyLimit: 3 });
    const leads = [1, 2, 3, 4, 5].map(() => makeLead());
    for (const lead of leads) {
      await outbox.put(lead);
      await outbox.markDelivered(lead.leadId);
    }
    expect(outbox.history().map((r) => r.leadId)).toEqual(leads.slice(2).map((l) => l.leadId));
  });

  it("grants one lease per lead across tabs until it expires", async () => {
    const { open, tick } = setup();
    const tabA = open();
    const tabB = open();
    const lead = makeLead();
    await tabA.put(lead);
    await tabB.load();
    expect(await tabA.claim(lead.leadId, "tab-a", 30_000)).toMatchObject({ status: "sending", lease: { owner: "tab-a" } });
    expect(await tabB.claim(lead.leadId, "tab-b", 30_000)).toBeNull();
    expect(tabB.get(lead.leadId)).toMatchObject({ status: "sending", lease: { owner: "tab-a" } });
    expect(tabB.due(1_000)).toEqual([]);
    tick(30_000);
    expect(tabB.due(31_000)).toHaveLength(1);
    expect(await tabB.claim(lead.leadId, "tab-b", 30_000)).toMatchObject({ lease: { owner: "tab-b" } });
  });

  it("respects backoff in due() unless told to ignore it", async () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    await outbox.put(lead);
    await outbox.markRetry(lead.leadId, { code: "network", message: "offline" }, 9_000);
    expect(outbox.due(5_000)).toEqual([]);
    expect(outbox.due(5_000, { ignoreBackoff: true })).toHaveLength(1);
    expect(outbox.due(9_000)).toHaveLength(1);
  });
});

describe("createOutbox under storage pressure", () => {
  it("never evicts a pending lead: trims the delivered log's lead bodies first, then keeps the new lead in storage", async () => {
    const entries = quotaTable<OutboxEntry>();
    const delivered = quotaTable<DeliveredRecord>();
    const outbox = createOutbox({ formId: "acme-analytics", now: () => 0, entries: [entries.table], delivered: [delivered.table], keepDeliveredLeads: true, pause });
    const old = makeLead();
    await outbox.put(old);
    await outbox.markDelivered(old.leadId);
    const waiting = makeLead();
    await outbox.put(waiting);
    // Full, but trimming frees room: the quota lifts once a delivered record lost its body.
    entries.state.full = true;
    const realPut = delivered.inner.put.bind(delivered.inner);
    delivered.inner.put = async (key, value) => {
      await realPut(key, value);
      if (!("lead" in value)) entries.state.full = false;
    };
    const fresh = makeLead();
    await outbox.put(fresh);
    await expect(entries.inner.get(KEY(fresh.leadId))).resolves.toMatchObject({ lead: fresh });
    await expect(entries.inner.get(KEY(waiting.leadId))).resolves.toMatchObject({ lead: waiting });
    expect(outbox.history()).toEqual([expect.not.objectContaining({ lead: expect.anything() })]);
    expect(outbox.storage().unsaved).toEqual([]);
  });

  it("falls back to localStorage when IndexedDB is full, and to memory when both are, naming the unsaved leads", async () => {
    const idb = quotaTable<OutboxEntry>();
    const local = memoryStorage();
    let localFull = false;
    const webStorage = { ...local, setItem: (k: string, v: string) => (localFull ? (() => { throw new DOMException("full", "QuotaExceededError"); })() : local.setItem(k, v)) };
    Object.defineProperty(webStorage, "length", { get: () => local.length });
    const onFallback = vi.fn();
    const open = () =>
      createOutbox({
        formId: "acme-analytics", now: () => 0, pause, onFallback,
        entries: [idb.table, webStorageTable(webStorage, { keyPrefix: "lead-qualifier:outbox:v1:", isValid: outboxValidators.isEntry })],
        delivered: [memoryTable<DeliveredRecord>("indexeddb")],
      });
    const outbox = open();
    idb.state.full = true;
    const inLocal = makeLead();
    await outbox.put(inLocal);
    expect(local.getItem(`lead-qualifier:outbox:v1:acme-analytics:${inLocal.leadId}`)).toContain(inLocal.leadId);
    expect(onFallback).toHaveBeenCalledWith("localstorage", expect.anything());
    localFull = true;
    const inMemory = makeLead();
    await outbox.put(inMemory);
    expect(outbox.storage()).toEqual({ kind: "memory", unsaved: [inMemory.leadId] });
    expect(outbox.entries()).toHaveLength(2);

    // Space frees up: the next write saves the waiting lead too, and everything is back in IndexedDB.
    idb.state.full = false;
    localFull = false;
    const next = makeLead();
    await outbox.put(next);
    expect(outbox.storage().unsaved).toEqual([]);
    const reloaded = open();
    await reloaded.load();
    expect(reloaded.entries().map((e) => e.lead.leadId).sort()).toEqual([inLocal, inMemory, next].map((l) => l.leadId).sort());
    expect([...idb.inner.map?.keys?.() ?? []]).toHaveLength(3);
    expect(local.length).toBe(0);
  });

  it("saves a lead held in memory as soon as a delivery frees room", async () => {
    const idb = quotaTable<OutboxEntry>();
    const outbox = createOutbox({ formId: "acme-analytics", now: () => 0, pause, entries: [idb.table], delivered: [memoryTable<DeliveredRecord>("indexeddb")] });
    const sent = makeLead();
    await outbox.put(sent);
    idb.state.full = true;
    const waiting = makeLead();
    await outbox.put(waiting);
    expect(outbox.storage().unsaved).toEqual([waiting.leadId]);
    idb.state.full = false;
    await outbox.markDelivered(sent.leadId);
    expect(outbox.storage().unsaved).toEqual([]);
    expect(await idb.inner.get(KEY(waiting.leadId))).toMatchObject({ lead: waiting });
  });
});

describe("createOutbox migration from the localStorage-only versions", () => {
  it("moves queued leads and the delivered log from localStorage into IndexedDB, keeping their state", async () => {
    const pending = { lead: makeLead(), status: "pending", attempts: 2, nextAttemptAt: 5, createdAt: 1 };
    const failed = { lead: makeLead(), status: "failed", attempts: 1, nextAttemptAt: 0, createdAt: 2, lastError: { code: "http", message: "HTTP 400", status: 400 } };
    const record = { leadId: "old-1", formId: "acme-analytics", tier: "nurture", total: 40, submittedAt: "2026-01-01T00:00:00.000Z", deliveredAt: "2026-01-01T00:00:01.000Z" };
    const local = memoryStorage({
      [`lead-qualifier:outbox:v1:acme-analytics:${pending.lead.leadId}`]: JSON.stringify(pending),
      [`lead-qualifier:outbox:v1:acme-analytics:${failed.lead.leadId}`]: JSON.stringify(failed),
      "lead-qualifier:outbox:v1:other-form:x": JSON.stringify({ ...pending, lead: makeLead({ formId: "other-form" }) }),
      "lead-qualifier:delivered:v1:acme-analytics": JSON.stringify([record]),
    });
    const device = deviceTables();
    const outbox = createOutbox({
      formId: "acme-analytics", now: () => 0, pause, legacy: local,
      entries: [device.entries, webStorageTable(local, { keyPrefix: "lead-qualifier:outbox:v1:", isValid: outboxValidators.isEntry })],
      delivered: [device.delivered, webStorageTable(local, { keyPrefix: "lead-qualifier:delivered:v2:", isValid: outboxValidators.isRecord })],
    });
    await outbox.load();
    expect(outbox.entries()).toEqual([pending, failed]);
    expect(outbox.history().map((r) => r.leadId)).toEqual(["old-1"]);
    expect(Object.keys(local.dump())).toEqual(["lead-qualifier:outbox:v1:other-form:x"]);
    expect(device.entries.map.get(KEY(pending.lead.leadId))).toEqual(pending);
  });

  it("skips an unreadable localStorage entry, warns once, and keeps a raw copy", async () => {
    const warn = vi.fn();
    const local = memoryStorage({ "lead-qualifier:outbox:v1:acme-analytics:broken": "{not json" });
    const table = webStorageTable<OutboxEntry>(local, { keyPrefix: "lead-qualifier:outbox:v1:", isValid: outboxValidators.isEntry, warn });
    const outbox = createOutbox({ formId: "acme-analytics", now: () => 0, pause, entries: [table], delivered: [memoryTable<DeliveredRecord>()] });
    await outbox.load();
    await outbox.load();
    expect(outbox.entries()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(local.getItem("lead-qualifier:corrupt:v1:lead-qualifier:outbox:v1:acme-analytics:broken")).toBe("{not json");
  });
});
