import { describe, expect, it, vi } from "vitest";
import { createOnLeadRunner, type OnLead } from "../../src/server/create-on-lead-runner";
import { createMemoryDedupeStore, type DedupeStore } from "../../src/server/dedupe-store";
import { rescoreLead } from "../../src/server/server-lead";
import { config, validLead } from "./support/fixtures";
import { sleep } from "./support/receiver-harness";

const serverLead = () => rescoreLead(config(), validLead(), new Date("2026-11-23T12:00:00.000Z"));

function runner(onLead: OnLead, store: DedupeStore = createMemoryDedupeStore(), extra: { timeoutMs?: number; maxOverdue?: number } = {}) {
  return createOnLeadRunner({ onLead, store, now: Date.now, timeoutMs: extra.timeoutMs ?? 100, maxOverdue: extra.maxOverdue ?? 10, logError: () => {} });
}

describe("createOnLeadRunner", () => {
  it("records a lead whose call resolved as accepted", async () => {
    const store = createMemoryDedupeStore();
    const run = runner(() => {}, store);
    const lead = serverLead();
    expect(await run.claim(lead.leadId, "h")).toBeUndefined();
    expect(await run.run(lead.leadId, "h", lead)).toEqual({ ok: true, result: { leadId: lead.leadId, tier: "sales-ready", total: 25 } });
    expect(await store.get(lead.leadId)).toMatchObject({ state: "done", hash: "h" });
  });

  it("answers at the time limit but keeps the claim, in this process and in the store, until the call settles", async () => {
    const store = createMemoryDedupeStore();
    let finish: () => void = () => {};
    const run = runner(() => new Promise<void>((resolve) => (finish = resolve)), store);
    const lead = serverLead();
    await run.claim(lead.leadId, "h");
    expect(await run.run(lead.leadId, "h", lead)).toEqual({ ok: false, reason: "timeout" });
    expect(run.isOverdue(lead.leadId)).toBe(true);
    expect(await run.claim(lead.leadId, "h")).toMatchObject({ state: "in-flight" });
    finish();
    await sleep(10);
    expect(run.isOverdue(lead.leadId)).toBe(false);
    expect(await run.claim(lead.leadId, "h")).toMatchObject({ state: "done" });
  });

  it("hands onLead a signal that aborts at the limit, also when it is first read after the limit", async () => {
    const signals: AbortSignal[] = [];
    const run = runner(async (_lead, context) => {
      signals.push(context.signal);
      await sleep(150);
      signals.push(context.signal);
    });
    const lead = serverLead();
    await run.claim(lead.leadId, "h");
    await run.run(lead.leadId, "h", lead);
    await sleep(100);
    expect(signals.map((s) => [s.aborted, (s.reason as Error | undefined)?.name])).toEqual([[true, "TimeoutError"], [true, "TimeoutError"]]);
  });

  it("renews an overdue call's lease every time limit, so another process never takes the lead over", async () => {
    const memory = createMemoryDedupeStore();
    const extend = vi.fn(memory.extend);
    const store = { ...memory, extend };
    let finish: () => void = () => {};
    const run = runner(() => new Promise<void>((resolve) => (finish = resolve)), store, { timeoutMs: 50 });
    const lead = serverLead();
    await run.claim(lead.leadId, "h");
    await run.run(lead.leadId, "h", lead);
    await sleep(400);
    // Another process asks the shared store well after three time limits (the lease length): still in flight.
    expect(await store.begin(lead.leadId, "h", Date.now(), 150)).toMatchObject({ state: "in-flight" });
    expect(extend.mock.calls.length).toBeGreaterThanOrEqual(4);
    expect(extend.mock.calls.every(([, , leaseMs]) => leaseMs === 150)).toBe(true);
    finish();
    await sleep(120);
    const renewals = extend.mock.calls.length;
    await sleep(150);
    expect(extend.mock.calls.length).toBe(renewals);
  });

  it("still never runs a lead twice in this process with a store that has no extend()", async () => {
    const memory = createMemoryDedupeStore();
    const { extend: _missing, ...legacy } = memory;
    const errors: string[] = [];
    let finish: () => void = () => {};
    const run = createOnLeadRunner({
      onLead: () => new Promise<void>((resolve) => (finish = resolve)),
      store: legacy as DedupeStore, now: Date.now, timeoutMs: 30, maxOverdue: 10, logError: (message) => errors.push(message),
    });
    const lead = serverLead();
    await run.claim(lead.leadId, "h");
    await run.run(lead.leadId, "h", lead);
    await sleep(200);
    expect(await run.claim(lead.leadId, "h")).toMatchObject({ state: "in-flight" });
    expect(errors.filter((e) => e.includes("no extend()"))).toHaveLength(1);
    finish();
  });

  it("releases a lead whose call rejected, even after its limit, so the next claim succeeds", async () => {
    const store = createMemoryDedupeStore();
    const run = runner(async () => {
      await sleep(150);
      throw new Error("CRM gave up");
    }, store);
    const lead = serverLead();
    await run.claim(lead.leadId, "h");
    expect(await run.run(lead.leadId, "h", lead)).toEqual({ ok: false, reason: "timeout" });
    await sleep(100);
    expect(await run.claim(lead.leadId, "h")).toBeUndefined();
  });

  it("is busy once maxOverdue calls are past their limit", async () => {
    const finishers: Array<() => void> = [];
    const run = runner(() => new Promise<void>((resolve) => finishers.push(resolve)), createMemoryDedupeStore(), { timeoutMs: 20, maxOverdue: 2 });
    for (let i = 0; i < 2; i++) {
      const lead = serverLead();
      expect(run.busy()).toBe(false);
      await run.claim(lead.leadId, "h");
      await run.run(lead.leadId, "h", lead);
    }
    expect(run.busy()).toBe(true);
    finishers.forEach((finish) => finish());
    await sleep(10);
    expect(run.busy()).toBe(false);
  });

  it("records a synchronous onLead at once, without starting a time limit", async () => {
    vi.useFakeTimers();
    try {
      const store = createMemoryDedupeStore();
      const run = runner(() => undefined, store);
      const lead = serverLead();
      await run.claim(lead.leadId, "h");
      const outcome = run.run(lead.leadId, "h", lead);
      expect(vi.getTimerCount()).toBe(0);
      expect(await outcome).toMatchObject({ ok: true });
      expect(await store.get(lead.leadId)).toMatchObject({ state: "done", hash: "h" });
    } finally {
      vi.useRealTimers();
    }
  });

  it("releases a lead whose onLead threw synchronously, so the next claim succeeds", async () => {
    const errors: unknown[] = [];
    const store = createMemoryDedupeStore();
    const run = createOnLeadRunner({
      onLead: () => {
        throw new Error("CRM client not configured");
      },
      store, now: Date.now, timeoutMs: 100, maxOverdue: 10, logError: (_message, error) => errors.push(error),
    });
    const lead = serverLead();
    await run.claim(lead.leadId, "h");
    expect(await run.run(lead.leadId, "h", lead)).toEqual({ ok: false, reason: "failed" });
    expect(errors).toEqual([new Error("CRM client not configured")]);
    expect(await run.claim(lead.leadId, "h")).toBeUndefined();
  });

  it("gives an abandoned claim back to the store", async () => {
    const store = createMemoryDedupeStore();
    const run = runner(() => {}, store);
    await run.claim("a", "h");
    await run.abandon("a");
    expect(await store.get("a")).toBeUndefined();
    expect(await run.claim("a", "h")).toBeUndefined();
  });
});
