import { describe, expect, it } from "vitest";
import type { OutboxEntry } from "../../src/delivery/outbox-entry";
import { watchDeliveryNotice } from "../../src/widget/delivery-notice";
import { makeLead } from "../delivery/support/make-lead";

function fakeDelivery() {
  let entries: OutboxEntry[] = [];
  const listeners = new Set<() => void>();
  return {
    entry: (leadId: string) => entries.find((e) => e.lead.leadId === leadId),
    subscribe: (fn: () => void) => (listeners.add(fn), () => void listeners.delete(fn)),
    set(next: OutboxEntry[]) {
      entries = next;
      listeners.forEach((fn) => fn());
    },
  };
}

const entry = (lead: ReturnType<typeof makeLead>, over: Partial<OutboxEntry>): OutboxEntry => ({ lead, status: "pending", attempts: 0, nextAttemptAt: 0, createdAt: 0, ...over });

describe("watchDeliveryNotice", () => {
  it("admits a refused lead at once", () => {
    const delivery = fakeDelivery();
    const watch = watchDeliveryNotice(delivery, false);
    const lead = makeLead();
    watch.track(lead.leadId);
    expect(watch.notice.value).toBeNull();
    delivery.set([entry(lead, { status: "failed", attempts: 1, lastError: { code: "http", message: "HTTP 400", status: 400 } })]);
    expect(watch.notice.value).toBe("refused");
  });

  it("admits a lead that keeps getting no answer after two attempts, not after one", () => {
    const delivery = fakeDelivery();
    const watch = watchDeliveryNotice(delivery, false);
    const lead = makeLead();
    watch.track(lead.leadId);
    delivery.set([entry(lead, { attempts: 1, lastError: { code: "network", message: "Failed to fetch" } })]);
    expect(watch.notice.value).toBeNull();
    delivery.set([entry(lead, { attempts: 2, lastError: { code: "network", message: "Failed to fetch" } })]);
    expect(watch.notice.value).toBe("unreachable");
  });

  it("does not alarm a kiosk visitor about an offline booth, and forgets on a new visit", () => {
    const delivery = fakeDelivery();
    const watch = watchDeliveryNotice(delivery, true);
    const lead = makeLead();
    watch.track(lead.leadId);
    delivery.set([entry(lead, { attempts: 5, lastError: { code: "network", message: "offline" } })]);
    expect(watch.notice.value).toBeNull();
    delivery.set([entry(lead, { status: "failed", attempts: 6, lastError: { code: "http", message: "HTTP 400" } })]);
    expect(watch.notice.value).toBe("refused");
    watch.clear();
    expect(watch.notice.value).toBeNull();
  });
});
