import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { canonicalJson, hashLead } from "../../src/server/hash-lead";

const shuffleKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(shuffleKeys);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v)]));
  return value;
};

describe("hashLead", () => {
  it("ignores object key order at every depth", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => (await hashLead(value)) === (await hashLead(shuffleKeys(value)))),
      { numRuns: 50 },
    );
  });

  it("differs when a value differs", async () => {
    expect(await hashLead({ a: 1 })).not.toBe(await hashLead({ a: 2 }));
    expect(await hashLead({ a: 1 })).toMatch(/^[0-9a-f]{64}$/);
  });

  it("round-trips through JSON.parse", () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => canonicalJson(JSON.parse(canonicalJson(value))) === canonicalJson(value)));
  });
});
