import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import { idbTable } from "../../src/delivery/idb-table";

let n = 0;
const fresh = () => idbTable<{ v: number }>(`test-db-${++n}`, "records");

describe("idbTable", () => {
  it("puts, gets and takes records as structured clones", async () => {
    const table = fresh();
    await table.put("a:1", { v: 1 });
    expect(await table.get("a:1")).toEqual({ v: 1 });
    expect(await table.take("a:1")).toEqual({ v: 1 });
    expect(await table.get("a:1")).toBeUndefined();
    expect(await table.take("a:1")).toBeUndefined();
  });

  it("updates atomically and leaves the record alone when the change returns null", async () => {
    const table = fresh();
    await table.put("k", { v: 1 });
    expect(await table.update("k", (current) => (current ? { v: current.v + 1 } : null))).toEqual({ v: 2 });
    expect(await table.update("k", () => null)).toBeNull();
    expect(await table.update("missing", (current) => (current ? { v: 9 } : null))).toBeNull();
    expect(await table.get("k")).toEqual({ v: 2 });
    expect(await table.get("missing")).toBeUndefined();
  });

  it("lets only one of two concurrent claims win (one readwrite transaction each)", async () => {
    const table = fresh();
    await table.put("lead", { v: 0 });
    const claim = () => table.update("lead", (current) => (current?.v === 0 ? { v: 1 } : null));
    const results = await Promise.all([claim(), claim()]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
  });

  it("scans only the keys with a prefix, a page at a time, in key order", async () => {
    const table = fresh();
    for (let i = 0; i < 25; i++) await table.put(`form:${String(i).padStart(3, "0")}`, { v: i });
    await table.put("form-other:1", { v: -1 });
    await table.put("forl:1", { v: -2 });
    const pages: number[][] = [];
    for await (const page of table.scan("form:", 10)) pages.push(page.map(([, value]) => value.v));
    expect(pages.map((p) => p.length)).toEqual([10, 10, 5]);
    expect(pages.flat()).toEqual(Array.from({ length: 25 }, (_, i) => i));
  });
});
