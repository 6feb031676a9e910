import { useEffect } from "preact/hooks";

interface SentinelLike {
  release(): Promise<void>;
}
/** The parts of `navigator` and `document` a wake lock needs; passed in for tests. */
export interface WakeLockEnv {
  navigator: { wakeLock?: { request(type: "screen"): Promise<SentinelLike> } };
  document: Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener">;
}

/**
 * Keeps the screen on (Screen Wake Lock) until the returned function is called. The browser
 * drops the lock whenever the page is hidden, so it is asked for again when the page becomes
 * visible. Where unsupported or refused (battery saver, no permission), nothing happens: the
 * kiosk works, the screen may just dim.
 *
 * @example const release = holdWakeLock({ navigator, document }); ... release();
 */
export function holdWakeLock(env: WakeLockEnv): () => void {
  const api = env.navigator.wakeLock;
  if (!api) return () => {};
  let sentinel: SentinelLike | null = null;
  let released = false;
  const request = () => {
    if (released || env.document.visibilityState !== "visible") return;
    api.request("screen").then(
      (lock) => {
        if (released) void lock.release().catch(() => {});
        else sentinel = lock;
      },
      () => {},
    );
  };
  const onVisibility = () => request();
  env.document.addEventListener("visibilitychange", onVisibility);
  request();
  return () => {
    released = true;
    env.document.removeEventListener("visibilitychange", onVisibility);
    void sentinel?.release().catch(() => {});
    sentinel = null;
  };
}

/**
 * Holds a screen wake lock while `active` is true and the component is mounted.
 *
 * @example useWakeLock(true);
 */
export function useWakeLock(active: boolean, env?: WakeLockEnv): void {
  useEffect(() => {
    if (!active || typeof document === "undefined") return;
    try {
      return holdWakeLock(env ?? { navigator, document });
    } catch {
      return undefined;
    }
  }, [active, env]);
}
