import { describe, expect, it, vi } from "vitest";
import type { Lead } from "../../src/config/types";
import { createDelivery } from "../../src/delivery/create-delivery";
import { createOutbox } from "../../src/delivery/create-outbox";
import { HttpError } from "../../src/delivery/http-error";
import { NetworkError } from "../../src/delivery/network-error";
import type { SendResult } from "../../src/delivery/send-lead";
import { fakeClock, settle } from "./support/fake-clock";
import { makeLead } from "./support/make-lead";
import { deviceTables } from "./support/outbox-tables";

const http = (status: number, retryAfter: string | null = null): SendResult =>
  status < 300 ? { ok: true, status } : { ok: false, error: new HttpError(status), retryAfter };

type Extra = { maxInFlight?: number; online?: () => boolean; liveOwners?: () => Promise<ReadonlySet<string> | null> };

function setup(responses: SendResult[], device = deviceTables(), owner = "tab-a", extra: Extra = {}) {
  const clock = fakeClock();
  const calls: Array<{ lead: Lead; keepalive: boolean }> = [];
  const send = vi.fn(async (lead: Lead, { keepalive }: { keepalive: boolean }) => {
    calls.push({ lead, keepalive });
    return responses.shift() ?? http(202);
  });
  const onDelivered = vi.fn();
  const onError = vi.fn();
  const outbox = createOutbox({ formId: "acme-analytics", now: clock.now, entries: [device.entries], delivered: [device.delivered], pause: async () => {} });
  const delivery = createDelivery({
    outbox, send, now: clock.now, random: () => 0, schedule: clock.schedule, lock: { owner }, onDelivered, onError, ...extra,
  });
  return { clock, calls, send, onDelivered, onError, outbox, delivery, device };
}

describe("createDelivery", () => {
  it("writes the lead to the outbox before the first attempt", async () => {
    const { delivery, device, send } = setup([]);
    const lead = makeLead();
    send.mockImplementationOnce(async () => {
      expect(device.entries.map.get(`acme-analytics:${lead.leadId}`)?.status).toBe("sending");
      return http(202);
    });
    delivery.submit(lead);
    expect(delivery.entries()).toHaveLength(1);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
  });

  it("retries 503, 503 then 202 with the same lead and reports delivery once", async () => {
    const { delivery, calls, clock, onDelivered, outbox } = setup([http(503), http(503), http(202)]);
    const lead = makeLead();
    delivery.submit(lead);
    await settle();
    expect(outbox.get(lead.leadId)).toMatchObject({ status: "pending", attempts: 1, lastError: { status: 503 } });
    expect(clock.pendingTimers()).toEqual([500]);
    clock.advance(500);
    await settle();
    expect(clock.pendingTimers()).toEqual([1000]);
    clock.advance(1000);
    await settle();
    expect(calls.map((c) => c.lead.leadId)).toEqual([lead.leadId, lead.leadId, lead.leadId]);
    expect(onDelivered).toHaveBeenCalledTimes(1);
    expect(onDelivered).toHaveBeenCalledWith(lead.leadId);
    expect(outbox.entries()).toEqual([]);
    expect(delivery.history().map((r) => r.leadId)).toEqual([lead.leadId]);
  });

  it("waits at least the server's Retry-After", async () => {
    const { delivery, clock } = setup([http(429, "60")]);
    delivery.submit(makeLead());
    await settle();
    expect(clock.pendingTimers()).toEqual([60_000]);
  });

  it("keeps a 400 as failed, reports it with the status, and never retries it", async () => {
    const { delivery, calls, clock, onError, onDelivered } = setup([http(400)]);
    const lead = makeLead();
    delivery.submit(lead);
    await settle();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "delivery_failed", status: 400, leadId: lead.leadId }));
    expect(delivery.entries()).toMatchObject([{ status: "failed", lead: { leadId: lead.leadId } }]);
    clock.advance(24 * 3600_000);
    await delivery.flush();
    expect(calls).toHaveLength(1);
    expect(onDelivered).not.toHaveBeenCalled();
  });

  it("retries network errors and sends pending leads on flush regardless of backoff", async () => {
    const { delivery, calls, onDelivered } = setup([{ ok: false, error: new NetworkError(), retryAfter: null }]);
    delivery.submit(makeLead());
    await settle();
    await delivery.flush();
    expect(calls).toHaveLength(2);
    expect(onDelivered).toHaveBeenCalledTimes(1);
  });

  it("sends pending leads from a previous page load on start", async () => {
    const device = deviceTables();
    const first = setup([{ ok: false, error: new NetworkError(), retryAfter: null }], device);
    const lead = makeLead();
    first.delivery.submit(lead);
    await settle();
    first.delivery.stop();
    const second = setup([], device, "tab-b");
    second.clock.advance(1000);
    await second.delivery.start();
    expect(second.calls.map((c) => c.lead.leadId)).toEqual([lead.leadId]);
    expect(second.onDelivered).toHaveBeenCalledWith(lead.leadId);
  });

  it("does not send a lead another tab holds a lease on, and takes over when the lease expires", async () => {
    const device = deviceTables();
    const other = setup([], device, "tab-other");
    const lead = makeLead();
    await other.outbox.put(lead);
    await other.outbox.claim(lead.leadId, "tab-other", 30_000);
    const mine = setup([], device, "tab-mine");
    await mine.delivery.start();
    expect(mine.calls).toEqual([]);
    expect(mine.clock.pendingTimers()).toEqual([30_000]);
    mine.clock.advance(30_000);
    await settle();
    expect(mine.calls).toHaveLength(1);
  });

  it("re-sends pending and in-flight leads with keepalive on pagehide, reporting delivery once", async () => {
    const { delivery, calls, send, onDelivered } = setup([]);
    let release: (r: SendResult) => void = () => {};
    send.mockImplementationOnce((lead, { keepalive }) => {
      calls.push({ lead, keepalive });
      return new Promise((resolve) => (release = resolve));
    });
    const lead = makeLead();
    delivery.submit(lead);
    await settle();
    await delivery.flushKeepalive();
    release(http(202));
    await settle();
    expect(calls.map((c) => c.keepalive)).toEqual([false, true]);
    expect(onDelivered).toHaveBeenCalledTimes(1);
  });

  it("leaves no lease behind on pagehide, so the next page load can send at once", async () => {
    const device = deviceTables();
    const closing = setup([], device, "tab-closing");
    closing.send.mockImplementation(() => new Promise(() => {}));
    const lead = makeLead();
    closing.delivery.submit(lead);
    await settle();
    void closing.delivery.flushKeepalive();
    await settle();
    const next = setup([], device, "tab-next");
    await next.delivery.start();
    expect(next.calls.map((c) => c.lead.leadId)).toEqual([lead.leadId]);
    expect(next.onDelivered).toHaveBeenCalledWith(lead.leadId);
  });

  it("stops its timer on stop()", async () => {
    const { delivery, clock, calls } = setup([http(503)]);
    delivery.submit(makeLead());
    await settle();
    delivery.stop();
    expect(clock.pendingTimers()).toEqual([]);
    clock.advance(10 * 60_000);
    expect(calls).toHaveLength(1);
  });

  it("treats a throwing send as a network error and keeps the lead", async () => {
    const { delivery, send, outbox } = setup([]);
    send.mockImplementationOnce(async () => {
      throw new Error("boom");
    });
    const lead = makeLead();
    delivery.submit(lead);
    await settle();
    expect(outbox.get(lead.leadId)).toMatchObject({ status: "pending", lastError: { code: "network" } });
  });

  it("drains 2,000 queued leads in linear time with at most 4 requests in flight, each sent once", async () => {
    const device = deviceTables();
    const first = setup([], device, "tab-a");
    for (let i = 0; i < 2_000; i++) await first.outbox.put(makeLead());
    const { delivery, send, onDelivered } = setup([], device, "tab-b");
    let inFlight = 0;
    let most = 0;
    send.mockImplementation(async () => {
      most = Math.max(most, ++inFlight);
      await new Promise((resolve) => setTimeout(resolve, 0));
      inFlight -= 1;
      return http(202);
    });
    const started = performance.now();
    await delivery.start();
    const ms = performance.now() - started;
    expect(onDelivered).toHaveBeenCalledTimes(2_000);
    expect(new Set(send.mock.calls.map(([lead]) => lead.leadId)).size).toBe(2_000);
    expect(send).toHaveBeenCalledTimes(2_000);
    expect(most).toBe(4);
    expect(delivery.progress()).toEqual({ active: false, done: 2_000, total: 2_000, delivered: 2_000 });
    console.log(`drained 2,000 leads (memory tables, instant endpoint) in ${ms.toFixed(0)} ms`);
  });

  it("stops a round when the network is down instead of failing every queued lead, and resumes later", async () => {
    const device = deviceTables();
    const first = setup([], device, "tab-a");
    for (let i = 0; i < 100; i++) await first.outbox.put(makeLead());
    const offline: SendResult = { ok: false, error: new NetworkError(), retryAfter: null };
    const { delivery, send, clock } = setup([], device, "tab-b", { online: () => false });
    send.mockImplementation(async () => offline);
    await delivery.start();
    expect(send.mock.calls.length).toBeLessThanOrEqual(8 + 4);
    expect(clock.pendingTimers().length).toBe(1);
    send.mockImplementation(async () => http(202));
    await delivery.flush();
    expect(delivery.entries()).toEqual([]);
  });

  it("reports an unreachable endpoint once after three unanswered attempts in a row while online", async () => {
    const offline: SendResult = { ok: false, error: new NetworkError("Failed to fetch"), retryAfter: null };
    const { delivery, onError } = setup([offline, offline, offline, offline], deviceTables(), "tab-a", { online: () => true });
    delivery.submit(makeLead());
    await settle();
    for (let i = 0; i < 3; i++) await delivery.flush();
    const unreachable = onError.mock.calls.filter(([event]) => event.code === "endpoint_unreachable");
    expect(unreachable).toHaveLength(1);
  });

  it("hands the endpoint's problem details to the error event and keeps them with the failed lead", async () => {
    const problem = { error: "invalid_lead", issues: [{ path: "formId", message: "unknown form" }] };
    const { delivery, onError } = setup([{ ok: false, error: new HttpError(400), retryAfter: null, problem }]);
    const lead = makeLead();
    delivery.submit(lead);
    await settle();
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "delivery_failed", status: 400, problem }));
    expect(delivery.entries()[0]?.lastError).toMatchObject({ status: 400, problem });
  });

  it("takes over at once a lease held by a tab that is gone (a reload mid-send), but not one of a live tab", async () => {
    const device = deviceTables();
    const closed = setup([], device, "tab-closed");
    const alive = setup([], device, "tab-alive");
    const [gone, busy] = [makeLead(), makeLead()];
    await closed.outbox.put(gone);
    await closed.outbox.claim(gone.leadId, "tab-closed", 30_000);
    await alive.outbox.put(busy);
    await alive.outbox.claim(busy.leadId, "tab-alive", 30_000);
    const next = setup([], device, "tab-next", { liveOwners: async () => new Set(["tab-alive", "tab-next"]) });
    await next.delivery.start();
    expect(next.calls.map((c) => c.lead.leadId)).toEqual([gone.leadId]);
  });
});
