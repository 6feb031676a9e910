import { afterEach, describe, expect, it, vi } from "vitest";
import { startBrowserDelivery } from "../../src/delivery/browser-delivery";
import { memoryStorage } from "../../src/delivery/storage-like";
import { settle } from "./support/fake-clock";
import { makeLead } from "./support/make-lead";

/** Just enough of a Window for the wiring: storage, fetch, timers, events, crypto. */
function fakeWindow(fetchImpl: typeof fetch, localStorage: unknown = memoryStorage()) {
  const target = new EventTarget();
  const win = {
    fetch: fetchImpl,
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    clearTimeout: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    crypto: globalThis.crypto,
  } as Record<string, unknown>;
  Object.defineProperty(win, "localStorage", {
    get: () => {
      if (localStorage instanceof Error) throw localStorage;
      return localStorage;
    },
  });
  return win as unknown as Window;
}

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

describe("startBrowserDelivery", () => {
  it("submits without waiting, then reports delivery", async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 202 }));
    const onDelivered = vi.fn();
    const win = fakeWindow(fetch);
    const delivery = startBrowserDelivery({ endpoint: "https://api.example.com/leads", formId: "f", onDelivered, window: win });
    stops.push(delivery.stop);
    const lead = makeLead();
    expect(delivery.submit(lead)).toBeUndefined();
    expect(delivery.entries()).toHaveLength(1);
    await settle();
    expect(onDelivered).toHaveBeenCalledWith(lead.leadId);
    expect(delivery.history()).toHaveLength(1);
  });

  it("still sends the lead when localStorage is blocked, warning once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const fetch = vi.fn(async () => new Response(null, { status: 202 }));
    const onError = vi.fn();
    const onDelivered = vi.fn();
    const win = fakeWindow(fetch, new DOMException("denied", "SecurityError"));
    const delivery = startBrowserDelivery({ endpoint: "/leads", formId: "f", onError, onDelivered, window: win });
    stops.push(delivery.stop);
    delivery.submit(makeLead());
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(onDelivered).toHaveBeenCalledTimes(1);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: "storage_unavailable" }));
    warn.mockRestore();
  });

  it("re-sends pending leads with keepalive on pagehide and on online", async () => {
    let online = false;
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) => {
      if (!online) throw new TypeError("Failed to fetch");
      return new Response(null, { status: 202 });
    });
    const win = fakeWindow(fetch as typeof globalThis.fetch);
    const delivery = startBrowserDelivery({ endpoint: "/leads", formId: "f", window: win });
    stops.push(delivery.stop);
    delivery.submit(makeLead());
    await settle();
    win.dispatchEvent(new Event("pagehide"));
    await settle();
    expect(fetch.mock.calls.at(-1)?.[1]?.keepalive).toBe(true);
    online = true;
    win.dispatchEvent(new Event("online"));
    await vi.waitFor(() => expect(delivery.entries()).toEqual([]));
    expect(fetch.mock.calls.map((c) => c[1]?.keepalive)).toEqual([false, true, false]);
  });

  it("stops listening after stop()", async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError("offline");
    });
    const win = fakeWindow(fetch);
    const delivery = startBrowserDelivery({ endpoint: "/leads", formId: "f", window: win });
    delivery.submit(makeLead());
    await settle();
    delivery.stop();
    win.dispatchEvent(new Event("online"));
    await settle();
    expect(fetch).toHaveBeenCalledTimes(1);
  });
});
