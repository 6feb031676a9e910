import { describe, expect, it, vi } from "vitest";
import { createOutbox } from "../../src/delivery/create-outbox";
import { memoryStorage } from "../../src/delivery/storage-like";
import { makeLead } from "./support/make-lead";

const PREFIX = "lead-qualifier:outbox:v1:acme-analytics:";

function setup(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  let time = 1_000;
  const warn = vi.fn();
  const open = () => createOutbox({ storage, formId: "acme-analytics", now: () => time, warn });
  return { storage, warn, open, tick: (ms: number) => (time += ms), at: () => time };
}

describe("createOutbox", () => {
  it("stores a lead as pending under its own versioned key, per form and lead", () => {
    const { storage, open } = setup();
    const lead = makeLead();
    open().put(lead);
    const stored = JSON.parse(storage.getItem(PREFIX + lead.leadId) ?? "null");
    expect(stored).toMatchObject({ status: "pending", attempts: 0, nextAttemptAt: 1000, createdAt: 1000, lead });
  });

  it("never drops a lead when two tabs write from stale copies (storage synced key by key, last writer wins)", () => {
    // Two tabs' views of localStorage; the browser propagates each changed key to the other later.
    const tabA = memoryStorage();
    const tabB = memoryStorage();
    const sync = (from: ReturnType<typeof memoryStorage>, to: ReturnType<typeof memoryStorage>) => {
      for (const [k, v] of Object.entries(from.dump())) to.setItem(k, v);
    };
    const outboxA = createOutbox({ storage: tabA, formId: "acme-analytics", now: () => 1 });
    const outboxB = createOutbox({ storage: tabB, formId: "acme-analytics", now: () => 2 });
    const x = makeLead();
    const y = makeLead();
    outboxA.put(x); // tab B has not seen it yet…
    outboxB.put(y); // …and writes its own lead meanwhile
    sync(tabB, tabA);
    sync(tabA, tabB);
    for (const outbox of [outboxA, outboxB]) expect(outbox.entries().map((e) => e.lead.leadId).sort()).toEqual([x.leadId, y.leadId].sort());
  });

  it("keeps leads across a simulated reload (a new outbox over the same storage)", () => {
    const { open } = setup();
    const lead = makeLead();
    open().put(lead);
    const afterReload = open();
    expect(afterReload.entries().map((e) => e.lead)).toEqual([lead]);
  });

  it("does not duplicate a lead put twice", () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    outbox.put(lead);
    outbox.put(lead);
    expect(outbox.entries()).toHaveLength(1);
  });

  it("removes a lead only on delivery and logs it in history", () => {
    const { open, storage } = setup();
    const outbox = open();
    const lead = makeLead();
    outbox.put(lead);
    outbox.markRetry(lead.leadId, { code: "http", message: "HTTP 503", status: 503 }, 5000);
    expect(outbox.get(lead.leadId)).toMatchObject({ status: "pending", attempts: 1, nextAttemptAt: 5000 });
    expect(outbox.markDelivered(lead.leadId)).toMatchObject({ leadId: lead.leadId, tier: "nurture", total: 50 });
    expect(outbox.entries()).toEqual([]);
    expect(storage.getItem(PREFIX + lead.leadId)).toBeNull();
    expect(open().history().map((r) => r.leadId)).toEqual([lead.leadId]);
    expect(outbox.markDelivered(lead.leadId)).toBeNull();
  });

  it("logs delivered leads without their answers by default", () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    outbox.put(lead);
    outbox.markDelivered(lead.leadId);
    expect(open().history()[0]).not.toHaveProperty("lead");
  });

  it("keeps the whole delivered lead in the log when asked to (kiosk backup export)", () => {
    const storage = memoryStorage();
    const open = () => createOutbox({ storage, formId: "acme-analytics", now: () => 0, keepDeliveredLeads: true });
    const lead = makeLead();
    open().put(lead);
    open().markDelivered(lead.leadId);
    expect(open().history()[0]?.lead).toEqual(lead);
  });

  it("keeps a failed lead with its error and lists it as failed", () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    outbox.put(lead);
    outbox.markFailed(lead.leadId, { code: "http", message: "HTTP 400", status: 400 });
    expect(outbox.failed()).toHaveLength(1);
    expect(outbox.failed()[0]).toMatchObject({ status: "failed", lastError: { status: 400 }, lead });
    expect(outbox.pending()).toEqual([]);
    expect(outbox.requeue(lead.leadId)).toBe(true);
    expect(outbox.pending()).toHaveLength(1);
  });

  it("caps the delivered log, dropping the oldest", () => {
    const { storage } = setup();
    const outbox = createOutbox({ storage, formId: "acme-analytics", now: () => 0, historyLimit: 3 });
    const leads = [1, 2, 3, 4, 5].map(() => makeLead());
    for (const lead of leads) {
      outbox.put(lead);
      outbox.markDelivered(lead.leadId);
    }
    expect(outbox.history().map((r) => r.leadId)).toEqual(leads.slice(2).map((l) => l.leadId));
  });

  it("grants one lease per lead until it expires", () => {
    const { open, tick } = setup();
    const outbox = open();
    const lead = makeLead();
    outbox.put(lead);
    expect(outbox.claim(lead.leadId, "tab-a", 30_000)).toMatchObject({ status: "sending", lease: { owner: "tab-a" } });
    expect(outbox.claim(lead.leadId, "tab-b", 30_000)).toBeNull();
    expect(outbox.due(1_000)).toEqual([]);
    tick(30_000);
    expect(outbox.due(31_000)).toHaveLength(1);
    expect(outbox.claim(lead.leadId, "tab-b", 30_000)).toMatchObject({ lease: { owner: "tab-b" } });
  });

  it("respects backoff in due() unless told to ignore it", () => {
    const { open } = setup();
    const outbox = open();
    const lead = makeLead();
    outbox.put(lead);
    outbox.markRetry(lead.leadId, { code: "network", message: "offline" }, 9_000);
    expect(outbox.due(5_000)).toEqual([]);
    expect(outbox.due(5_000, { ignoreBackoff: true })).toHaveLength(1);
    expect(outbox.due(9_000)).toHaveLength(1);
  });

  it("skips an unreadable entry, warns once, and keeps a raw copy", () => {
    const { open, warn, storage } = setup({ [`${PREFIX}broken`]: "{not json" });
    const outbox = open();
    expect(outbox.entries()).toEqual([]);
    expect(outbox.entries()).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(storage.getItem(`lead-qualifier:corrupt:v1:${PREFIX}broken`)).toBe("{not json");
  });

  it("keeps the entries that parse when others are damaged", () => {
    const good = { lead: makeLead(), status: "pending", attempts: 2, nextAttemptAt: 0, createdAt: 0 };
    const { open, warn } = setup({
      [PREFIX + good.lead.leadId]: JSON.stringify(good),
      [`${PREFIX}a`]: JSON.stringify({ lead: null }),
      [`${PREFIX}b`]: "42",
      [`${PREFIX}c`]: JSON.stringify({ lead: { leadId: 7 } }),
    });
    const outbox = open();
    expect(outbox.entries().map((e) => e.lead.leadId)).toEqual([good.lead.leadId]);
    expect(warn).toHaveBeenCalledTimes(3);
    outbox.put(makeLead());
    expect(open().entries()).toHaveLength(2);
  });
});
