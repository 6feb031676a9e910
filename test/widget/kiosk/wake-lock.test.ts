import { describe, expect, it, vi } from "vitest";
import { holdWakeLock, type WakeLockEnv } from "../../../src/widget/kiosk/wake-lock";

function fakeEnv(request: () => Promise<{ release(): Promise<void> }>) {
  const listeners = new Set<() => void>();
  const env = {
    navigator: { wakeLock: { request: vi.fn(request) } },
    document: {
      visibilityState: "visible" as DocumentVisibilityState,
      addEventListener: (_: string, fn: () => void) => listeners.add(fn),
      removeEventListener: (_: string, fn: () => void) => listeners.delete(fn),
    },
  };
  return { env: env as unknown as WakeLockEnv & typeof env, listeners };
}

describe("holdWakeLock", () => {
  it("asks for a screen lock and releases it when told to", async () => {
    const release = vi.fn(async () => {});
    const { env, listeners } = fakeEnv(async () => ({ release }));
    const stop = holdWakeLock(env);
    await Promise.resolve();
    await Promise.resolve();
    expect(env.navigator.wakeLock.request).toHaveBeenCalledWith("screen");
    stop();
    expect(release).toHaveBeenCalledTimes(1);
    expect(listeners.size).toBe(0);
  });

  it("asks again when the page becomes visible after the browser dropped the lock", async () => {
    const { env, listeners } = fakeEnv(async () => ({ release: async () => {} }));
    holdWakeLock(env);
    env.document.visibilityState = "hidden";
    for (const fn of listeners) fn();
    expect(env.navigator.wakeLock.request).toHaveBeenCalledTimes(1);
    env.document.visibilityState = "visible";
    for (const fn of listeners) fn();
    expect(env.navigator.wakeLock.request).toHaveBeenCalledTimes(2);
  });

  it("ignores a refusal and browsers without the API", async () => {
    const { env } = fakeEnv(() => Promise.reject(new DOMException("denied", "NotAllowedError")));
    const stop = holdWakeLock(env);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(() => stop()).not.toThrow();
    const none = holdWakeLock({ navigator: {}, document: env.document } as unknown as WakeLockEnv);
    expect(() => none()).not.toThrow();
  });

  it("releases a lock that arrives after it was already given up", async () => {
    const release = vi.fn(async () => {});
    let grant: (lock: { release(): Promise<void> }) => void = () => {};
    const { env } = fakeEnv(() => new Promise((resolve) => (grant = resolve)));
    const stop = holdWakeLock(env);
    stop();
    grant({ release });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(release).toHaveBeenCalledTimes(1);
  });
});
