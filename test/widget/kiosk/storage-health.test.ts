// @vitest-environment node
import { describe, expect, it } from "vitest";
import { formatBytes, LOW_FREE_BYTES, storageHealth } from "../../../src/widget/kiosk/storage-health";

const idb = { kind: "indexeddb" as const, unsaved: [] };

describe("storageHealth", () => {
  it("is fine with IndexedDB and plenty of room", () => {
    expect(storageHealth(idb, { usage: 3e6, quota: 2e9 })).toEqual({ level: "ok" });
    expect(storageHealth(idb, null)).toEqual({ level: "ok" });
  });

  it("warns early when free space is short or most of the quota is used", () => {
    expect(storageHealth(idb, { usage: 1e6, quota: 1e6 + LOW_FREE_BYTES - 1 })).toEqual({ level: "low" });
    expect(storageHealth(idb, { usage: 8.1e9, quota: 1e10 })).toEqual({ level: "low" });
  });

  it("warns when only localStorage or memory is left", () => {
    expect(storageHealth({ kind: "localstorage", unsaved: [] }, null)).toEqual({ level: "low" });
  });

  it("names the leads no storage took, before anything else", () => {
    expect(storageHealth({ kind: "memory", unsaved: ["a", "b"] }, { usage: 0, quota: 1e9 })).toEqual({ level: "unsaved", leadIds: ["a", "b"] });
  });
});

describe("formatBytes", () => {
  it("writes sizes for people", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(2_700_000)).toBe("2.6 MB");
    expect(formatBytes(1.3e9)).toBe("1.2 GB");
  });
});
