import { describe, expect, it, vi } from "vitest";
import type { Lead } from "../../src/config/types";
import { createDelivery } from "../../src/delivery/create-delivery";
import { createOutbox } from "../../src/delivery/create-outbox";
import { HttpError } from "../../src/delivery/http-error";
import { NetworkError } from "../../src/delivery/network-error";
import type { SendResult } from "../../src/delivery/send-lead";
import { memoryStorage } from "../../src/delivery/storage-like";
import { fakeClock, settle } from "./support/fake-clock";
import { makeLead } from "./support/make-lead";

const http = (status: number, retryAfter: string | null = null): SendResult =>
  status < 300 ? { ok: true, status } : { ok: false, error: new HttpError(status), retryAfter };

function setup(responses: SendResult[], storage = memoryStorage(), owner = "tab-a") {
  const clock = fakeClock();
  const calls: Array<{ lead: Lead; keepalive: boolean }> = [];
  const send = vi.fn(async (lead: Lead, { keepalive }: { keepalive: boolean }) => {
    calls.push({ lead, keepalive });
    return responses.shift() ?? http(202);
  });
  const onDelivered = vi.fn();
  const onError = vi.fn();
  const outbox = createOutbox({ storage, formId: "acme-analytics", now: clock.now });
  const delivery = createDelivery({
    outbox, send, now: clock.now, random: () => 0, schedule: clock.schedule, lock: { owner }, onDelivered, onError,
  });
  return { clock, calls, send, onDelivered, onError, outbox, delivery, storage };
}

describe("createDelivery", () => {
  it("writes the lead to the outbox before the first attempt", () => {
    const { delivery, outbox, send } = setup([]);
    const lead = makeLead();
    send.mockImplementationOnce(async () => {
      expect(outbox.get(lead.leadId)?.status).toBe("sending");
      return http(202);
    });
    delivery.submit(lead);
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
    const storage = memoryStorage();
    const first = setup([{ ok: false, error: new NetworkError(), retryAfter: null }], storage);
    const lead = makeLead();
    first.delivery.submit(lead);
    await settle();
    first.delivery.stop();
    const second = setup([], storage, "tab-b");
    second.clock.advance(1000);
    await second.delivery.start();
    expect(second.calls.map((c) => c.lead.leadId)).toEqual([lead.leadId]);
    expect(second.onDelivered).toHaveBeenCalledWith(lead.leadId);
  });

  it("does not send a lead another tab holds a lease on, and takes over when the lease expires", async () => {
    const storage = memoryStorage();
    const other = setup([], storage, "tab-other");
    const lead = makeLead();
    other.outbox.put(lead);
    other.outbox.claim(lead.leadId, "tab-other", 30_000);
    const mine = setup([], storage, "tab-mine");
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
    await delivery.flushKeepalive();
    release(http(202));
    await settle();
    expect(calls.map((c) => c.keepalive)).toEqual([false, true]);
    expect(onDelivered).toHaveBeenCalledTimes(1);
  });

  it("leaves no lease behind on pagehide, so the next page load can send at once", async () => {
    const storage = memoryStorage();
    const closing = setup([], storage, "tab-closing");
    closing.send.mockImplementation(() => new Promise(() => {}));
    const lead = makeLead();
    closing.delivery.submit(lead);
    void closing.delivery.flushKeepalive();
    const next = setup([], storage, "tab-next");
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
});
