import { LOCALE_PATTERN } from "../config/patterns";
import { CHANNELS, type Channel, type Config, type Mode } from "../config/types";
import { isAllowedEndpoint } from "../config/endpoint-url";

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

/**
 * Lays the overrides over a config that is already valid and complete (a compiled one), checking each
 * value by the same rule the config validator would: a known channel, an allowed endpoint, a locale
 * tag, one of the config's product lines. Returns null when the result needs the full validator: an
 * override it would report, or a switch into or out of kiosk mode (which changes defaults such as
 * channel, auto-advance and remembering). Otherwise the result equals validating the overridden config.
 *
 * @example overrideValidConfig(config, { productLine: "analytics" })?.productLine // "analytics"
 */
export function overrideValidConfig(config: Config, overrides: MountOverrides = {}): Config | null {
  const given = (key: keyof MountOverrides) => overrides[key] !== undefined && overrides[key] !== "";
  const { mode, channel, endpoint, locale, productLine } = overrides;
  if (given("mode") && mode !== config.mode && (mode === "kiosk" || config.mode === "kiosk" || mode !== "popup" && mode !== "inline")) {
    return null;
  }
  if (given("channel") && !(CHANNELS as readonly unknown[]).includes(channel)) return null;
  if (given("endpoint") && (typeof endpoint !== "string" || !isAllowedEndpoint(endpoint))) return null;
  if (given("locale") && (typeof locale !== "string" || !LOCALE_PATTERN.test(locale))) return null;
  if (given("productLine") && (typeof productLine !== "string" || !Object.prototype.hasOwnProperty.call(config.productLines, productLine))) {
    return null;
  }
  return applyOverrides(config, overrides) as Config;
}
