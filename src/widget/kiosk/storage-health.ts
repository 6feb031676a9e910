import type { OutboxStorageState } from "../../delivery/create-outbox";

/** What `navigator.storage.estimate()` says, in bytes (either may be unknown). */
export interface StorageEstimateLike {
  usage?: number | undefined;
  quota?: number | undefined;
}

/** How the staff panel judges the device's storage. */
export type StorageHealth =
  | { level: "ok" }
  /** Space is short, or only localStorage (a few MB) is available: export now, before it fills up. */
  | { level: "low" }
  /** Some leads are in memory only: no storage took them. */
  | { level: "unsaved"; leadIds: string[] };

/** Below this much free space a kiosk warns: room for roughly a thousand more leads. */
export const LOW_FREE_BYTES = 5 * 1024 * 1024;
/** …or when this share of the quota is used. */
export const LOW_USED_SHARE = 0.8;

/**
 * Whether to warn booth staff about storage, early: before leads have nowhere to go ("low"), and
 * when some already have not been saved ("unsaved", naming them). Pure.
 *
 * @example storageHealth({ kind: "indexeddb", unsaved: [] }, { usage: 9e6, quota: 1e7 }) // { level: "low" }
 */
export function storageHealth(state: OutboxStorageState, estimate: StorageEstimateLike | null): StorageHealth {
  if (state.unsaved.length > 0) return { level: "unsaved", leadIds: [...state.unsaved] };
  if (state.kind !== "indexeddb") return { level: "low" };
  const { usage, quota } = estimate ?? {};
  if (typeof usage === "number" && typeof quota === "number" && quota > 0) {
    if (quota - usage < LOW_FREE_BYTES || usage / quota >= LOW_USED_SHARE) return { level: "low" };
  }
  return { level: "ok" };
}

/**
 * A byte count for people: "840 KB", "2.6 MB", "1.2 GB".
 *
 * @example formatBytes(2_700_000) // "2.6 MB"
 */
export function formatBytes(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}
