import { describe, expect, it, vi } from "vitest";
import { safeStorage } from "../../src/delivery/safe-storage";
import { keysWithPrefix, memoryStorage } from "../../src/delivery/storage-like";

const blocked = () => {
  throw new DOMException("The operation is insecure.", "SecurityError");
};

describe("safeStorage", () => {
  it("passes through to working storage", () => {
    const real = memoryStorage();
    const storage = safeStorage(() => real);
    storage.setItem("a", "1");
    expect(real.getItem("a")).toBe("1");
    expect(storage.degraded).toBe(false);
  });

  it("enumerates the keys it holds, in memory too, so the outbox still finds its leads", () => {
    const storage = safeStorage(blocked, { warn: () => {} });
    storage.setItem("lead-qualifier:outbox:v1:f:1", "x");
    storage.setItem("lead-qualifier:outbox:v1:f:2", "y");
    storage.removeItem("lead-qualifier:outbox:v1:f:1");
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i));
    expect(keys).toEqual(["lead-qualifier:outbox:v1:f:2"]);
    expect(keysWithPrefix(storage, "lead-qualifier:outbox:v1:f:")).toEqual(["lead-qualifier:outbox:v1:f:2"]);
  });

  it("degrades to memory with one warning when storage access throws", () => {
    const warn = vi.fn();
    const onUnavailable = vi.fn();
    const storage = safeStorage(blocked, { warn, onUnavailable });
    expect(storage.getItem("a")).toBeNull();
    storage.setItem("a", "1");
    storage.setItem("b", "2");
    expect(storage.getItem("a")).toBe("1");
    storage.removeItem("a");
    expect(storage.getItem("a")).toBeNull();
    expect(storage.degraded).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });

  it("keeps reading what the real storage has when only writes fail (quota)", () => {
    const real = memoryStorage({ old: "kept" });
    const full = { ...real, setItem: () => { throw new DOMException("full", "QuotaExceededError"); } };
    const storage = safeStorage(() => full, { warn: () => {} });
    storage.setItem("new", "v");
    expect(storage.getItem("new")).toBe("v");
    expect(storage.getItem("old")).toBe("kept");
  });

  it("warns through console.warn by default", () => {
    const spy = vi.spyOn(console, "warn").mockImplementation(() => {});
    const storage = safeStorage(blocked);
    storage.setItem("a", "1");
    storage.setItem("b", "1");
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
