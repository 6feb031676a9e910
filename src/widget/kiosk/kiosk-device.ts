import type { StorageLike } from "../../delivery/storage-like";

/** This tablet as the booth knows it: a random id, and the staff member currently holding it. */
export interface KioskDevice {
  readonly id: string;
  capturedBy(): string | null;
  setCapturedBy(name: string | null): void;
}

/** The storage key: one per browser profile (a booth tablet runs one kiosk). */
export const DEVICE_KEY = "lead-qualifier-kiosk-device";

/**
 * The device id (random, made once and kept in the kiosk's storage) and the "captured by" staff name
 * set in the staff panel, so every lead says which tablet and which person captured it. Neither is a
 * visitor's data: a reset between visitors keeps them. Storage that fails keeps them in memory for
 * this page's life.
 *
 * @example const device = createKioskDevice({ storage: localStorage, randomId: () => crypto.randomUUID() });
 */
export function createKioskDevice({ storage, randomId }: { storage: StorageLike | null; randomId: () => string }): KioskDevice {
  const saved = read(storage);
  let state = { id: saved.id ?? randomId(), capturedBy: saved.capturedBy ?? null };
  if (!saved.id) write(storage, state);
  return {
    id: state.id,
    capturedBy: () => state.capturedBy,
    setCapturedBy(name) {
      const clean = name?.trim() || null;
      state = { ...state, capturedBy: clean };
      write(storage, state);
    },
  };
}

function read(storage: StorageLike | null): { id?: string; capturedBy?: string | null } {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(DEVICE_KEY) ?? "null");
    if (typeof parsed !== "object" || parsed === null) return {};
    const { id, capturedBy } = parsed as { id?: unknown; capturedBy?: unknown };
    return {
      ...(typeof id === "string" && id !== "" ? { id } : {}),
      ...(typeof capturedBy === "string" ? { capturedBy } : {}),
    };
  } catch {
    return {};
  }
}

function write(storage: StorageLike | null, state: { id: string; capturedBy: string | null }): void {
  try {
    storage?.setItem(DEVICE_KEY, JSON.stringify(state));
  } catch {
    // Full or blocked storage: the id lives as long as the page.
  }
}
