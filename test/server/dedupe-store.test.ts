import { describe, expect, it } from "vitest";
import { createMemoryDedupeStore } from "../../src/server/dedupe-store";

const result = (leadId: string) => ({ leadId, tier: "nurture" as const, total: 40 });

describe("createMemoryDedupeStore", () => {
  it("claims an unknown leadId and reports it in flight to a second begin", async () => {
    const store = createMemoryDedupeStore();
    expect(await store.begin("a", "h1", 0)).toBeUndefined();
    expect(await store.begin("a", "h1", 1)).toEqual({ state: "in-flight", hash: "h1", since: 0 });
  });

  it("remembers a completed lead with its result", async () => {
    const store = createMemoryDedupeStore();
    await store.begin("a", "h1", 0);
    await store.complete("a", "h1", result("a"));
    expect(await store.begin("a", "h2", 5)).toEqual({ state: "done", hash: "h1", result: result("a") });
  });

  it("forgets a released in-flight lead but never a completed one", async () => {
    const store = createMemoryDedupeStore();
    await store.begin("a", "h", 0);
    await store.release("a");
    expect(await store.get("a")).toBeUndefined();
    await store.complete("b", "h", result("b"));
    await store.release("b");
    expect(await store.get("b")).toMatchObject({ state: "done" });
  });

  it("treats an in-flight record older than the TTL as abandoned", async () => {
    const store = createMemoryDedupeStore({ inFlightTtlMs: 1000 });
    await store.begin("a", "h", 0);
    expect(await store.begin("a", "h", 999)).toMatchObject({ state: "in-flight" });
    expect(await store.begin("a", "h", 1000)).toBeUndefined();
  });

  it("stays within its size bound, evicting the least recently used", async () => {
    const store = createMemoryDedupeStore({ maxEntries: 3 });
    for (const id of ["a", "b", "c"]) await store.complete(id, "h", result(id));
    await store.get("a");
    await store.complete("d", "h", result("d"));
    expect(await store.get("b")).toBeUndefined();
    expect(await store.get("a")).toBeDefined();
    expect(await store.get("d")).toBeDefined();
  });
});
