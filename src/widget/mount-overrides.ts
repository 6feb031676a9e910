import type { Channel, Config, Mode } from "../config/types";

/**
 * Per-placement settings that win over the config (SPEC 2): the `data-*` attributes of an
 * auto-mounted element, or the third argument of `mount()`. Unknown values are not rejected here:
 * they are merged into the config and reported by `validateConfig` with the rest of its issues.
 */
export interface MountOverrides {
  mode?: Mode;
  productLine?: string;
  channel?: Channel;
  endpoint?: string;
  locale?: string;
}

const OVERRIDE_KEYS = ["mode", "productLine", "channel", "endpoint", "locale"] as const satisfies ReadonlyArray<
  keyof MountOverrides & keyof Config
>;

/**
 * Lays the overrides over a raw (not yet validated) config object. Non-objects are returned as
 * they are so `validateConfig` can report them.
 *
 * @example applyOverrides({ id: "a", mode: "inline" }, { mode: "popup" }) // { id: "a", mode: "popup" }
 */
export function applyOverrides(raw: unknown, overrides: MountOverrides = {}): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const merged: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of OVERRIDE_KEYS) {
    const value = overrides[key];
    if (value !== undefined && value !== "") merged[key] = value;
  }
  return merged;
}
