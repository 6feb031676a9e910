import { describe, expect, it, vi } from "vitest";
import { loadConfig } from "../../src/widget/load-config";
import { newLeadId } from "../../src/widget/new-lead-id";

const noFetch = (() => Promise.reject(new Error("no network in this test"))) as typeof fetch;

describe("loadConfig", () => {
  it("returns a config object as it is", async () => {
    const config = { id: "acme" };
    expect(await loadConfig(config, { fetch: noFetch, document })).toEqual({ ok: true, value: config });
  });

  it("reads #id from a JSON script element", async () => {
    const script = document.createElement("script");
    script.type = "application/json";
    script.id = "lq-config";
    script.textContent = '{"id":"from-script"}';
    document.body.append(script);
    expect(await loadConfig("#lq-config", { fetch: noFetch, document })).toEqual({ ok: true, value: { id: "from-script" } });
    script.remove();
  });

  it("reports a missing script element and broken JSON as invalid_config", async () => {
    expect(await loadConfig("#nope", { fetch: noFetch, document })).toEqual({
      ok: false,
      error: { code: "invalid_config", issues: [{ path: "#nope", message: "no element with this id" }] },
    });
    const script = document.createElement("script");
    script.id = "broken";
    script.textContent = "{ id: ";
    document.body.append(script);
    const result = await loadConfig("#broken", { fetch: noFetch, document });
    expect(result.ok ? null : result.error.code).toBe("invalid_config");
    script.remove();
  });

  it("fetches a URL without credentials", async () => {
    const fetch = vi.fn(async () => new Response('{"id":"remote"}', { status: 200 }));
    expect(await loadConfig("/forms/a.json", { fetch: fetch as unknown as typeof globalThis.fetch, document })).toEqual({
      ok: true,
      value: { id: "remote" },
    });
    expect(fetch).toHaveBeenCalledWith("/forms/a.json", expect.objectContaining({ credentials: "omit" }));
  });

  it("calls a 404 or a network failure config_unreachable", async () => {
    const notFound = (async () => new Response("nope", { status: 404 })) as unknown as typeof fetch;
    expect(await loadConfig("/missing.json", { fetch: notFound, document })).toEqual({
      ok: false,
      error: { code: "config_unreachable", issues: [{ path: "/missing.json", message: "HTTP 404" }] },
    });
    const result = await loadConfig("https://down.example/x.json", { fetch: noFetch, document });
    expect(result.ok ? null : result.error.code).toBe("config_unreachable");
  });

  it("treats an empty source (no data-config) as an invalid config", async () => {
    const result = await loadConfig("", { fetch: noFetch, document });
    expect(result.ok ? null : result.error.issues[0]?.path).toBe("config");
  });
});

describe("newLeadId", () => {
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it("uses crypto.randomUUID when the page is a secure context", () => {
    expect(newLeadId({ randomUUID: () => "from-random-uuid", getRandomValues: (a: Uint8Array) => a } as never)).toBe("from-random-uuid");
  });

  it("falls back to a v4 UUID built from getRandomValues", () => {
    const getRandomValues = <T extends ArrayBufferView | null>(array: T) => crypto.getRandomValues(array as never) as T;
    const ids = new Set(Array.from({ length: 50 }, () => newLeadId({ getRandomValues })));
    expect(ids.size).toBe(50);
    for (const id of ids) expect(id).toMatch(uuid);
  });
});
