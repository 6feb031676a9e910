import { describe, expect, it } from "vitest";
import { createMemoryDedupeStore } from "../../src/server/dedupe-store";

const result = (leadId: string) => ({ leadId, tier: "nurture" as const, total: 40 });

describe("createMemoryDedupeStore", () => {
  it("claims an unknown leadId and reports it in flight to a second begin", async () => {
    const store = createMemoryDedupeStore();
    expect(await store.begin("a", "h1", 0, 1000)).toBeUndefined();
    expect(await store.begin("a", "h1", 1, 1000)).toEqual({ state: "in-flight", hash: "h1", since: 0 });
  });

  it("remembers a completed lead with its result", async () => {
    const store = createMemoryDedupeStore();
    await store.begin("a", "h1", 0, 1000);
    await store.complete("a", "h1", result("a"));
    expect(await store.begin("a", "h2", 5, 1000)).toEqual({ state: "done", hash: "h1", result: result("a") });
  });

  it("forgets a released in-flight lead but never a completed one", async () => {
    const store = createMemoryDedupeStore();
    await store.begin("a", "h", 0, 1000);
    await store.release("a");
    expect(await store.get("a")).toBeUndefined();
    await store.complete("b", "h", result("b"));
    await store.release("b");
    expect(await store.get("b")).toMatchObject({ state: "done" });
  });

  it("lets a claim be taken over only once its lease has ended", async () => {
    const store = createMemoryDedupeStore();
    await store.begin("a", "h", 0, 1000);
    expect(await store.begin("a", "h", 999, 1000)).toMatchObject({ state: "in-flight" });
    expect(await store.begin("a", "h", 1000, 1000)).toBeUndefined();
  });

  it("keeps a claim whose lease is extended, however long its call runs", async () => {
    const store = createMemoryDedupeStore();
    await store.begin("a", "h", 0, 1000);
    for (let t = 500; t <= 75_000; t += 500) {
      await store.extend("a", t, 1000);
      expect(await store.begin("a", "h", t + 999, 1000)).toMatchObject({ state: "in-flight", since: 0 });
    }
  });

  it("never extends or expires a completed lead", async () => {
    const store = createMemoryDedupeStore();
    await store.complete("a", "h", result("a"));
    await store.extend("a", 0, 1);
    expect(await store.begin("a", "h", 10_000_000, 1000)).toMatchObject({ state: "done" });
  });

  it("falls back to inFlightTtlMs as the lease for callers that pass none", async () => {
    const store = createMemoryDedupeStore({ inFlightTtlMs: 1000 });
    const legacyBegin = store.begin as (leadId: string, hash: string, now: number) => ReturnType<typeof store.begin>;
    await legacyBegin("a", "h", 0);
    expect(await legacyBegin("a", "h", 999)).toMatchObject({ state: "in-flight" });
    expect(await legacyBegin("a", "h", 1000)).toBeUndefined();
  });

  it("stays within its size bound, forgetting the least recently used first", async () => {
    const store = createMemoryDedupeStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c"]) await store.complete(id, "h", result(id));
    await store.get("a");
    await store.complete("d", "h", result("d"));
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toBeDefined();
    expect(await store.get("d")).toBeDefined();
  });

  it("never holds more than maxEntries, forgetting the oldest tenth at once when full", async () => {
    const store = createMemoryDedupeStore({ maxEntries: 100 });
    for (let i = 0; i < 1000; i++) await store.complete(`lead-${i}`, "h", result(`lead-${i}`));
    const kept = [];
    for (let i = 0; i < 1000; i++) if (await store.get(`lead-${i}`)) kept.push(i);
    expect(kept.length).toBeLessThanOrEqual(100);
    expect(kept.length).toBeGreaterThanOrEqual(90);
    expect(kept.at(-1)).toBe(999);
  });
});
