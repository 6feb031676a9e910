import { describe, expect, it, vi } from "vitest";
import { sendLead } from "../../src/delivery/send-lead";
import { HttpError } from "../../src/delivery/http-error";
import { NetworkError } from "../../src/delivery/network-error";
import { TimeoutError } from "../../src/delivery/timeout-error";
import { makeLead } from "./support/make-lead";

describe("sendLead", () => {
  it("POSTs the lead as JSON with the leadId as Idempotency-Key", async () => {
    const lead = makeLead();
    const fetch = vi.fn(async () => new Response("{}", { status: 202 }));
    const result = await sendLead("https://api.example.com/leads", lead, { fetch });
    expect(result).toEqual({ ok: true, status: 202 });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("https://api.example.com/leads");
    expect(init.method).toBe("POST");
    expect(init.headers).toEqual({ "Content-Type": "application/json", "Idempotency-Key": lead.leadId });
    expect(JSON.parse(String(init.body))).toEqual(lead);
    expect(init.keepalive).toBe(false);
    expect(init.credentials).toBe("omit");
  });

  it("passes keepalive through for pagehide sends", async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await sendLead("/l", makeLead(), { fetch, keepalive: true });
    expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].keepalive).toBe(true);
  });

  it("returns an HttpError and the Retry-After header for a non-2xx answer", async () => {
    const fetch = async () => new Response("busy", { status: 503, headers: { "Retry-After": "7" } });
    const result = await sendLead("/l", makeLead(), { fetch });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toBeInstanceOf(HttpError);
    expect((result.error as HttpError).status).toBe(503);
    expect(result.retryAfter).toBe("7");
  });

  it("returns a NetworkError when fetch rejects", async () => {
    const fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    const result = await sendLead("/l", makeLead(), { fetch });
    expect(result).toMatchObject({ ok: false, retryAfter: null });
    if (!result.ok) expect(result.error).toBeInstanceOf(NetworkError);
  });

  it("aborts and returns a TimeoutError after timeoutMs", async () => {
    const fetch = (_url: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))));
    const result = await sendLead("/l", makeLead(), { fetch, timeoutMs: 20 });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toBeInstanceOf(TimeoutError);
      expect(result.error.retryable).toBe(true);
    }
  });
});
