import type { MountOverrides } from "./mount-overrides";

/** What an auto-mounted element asks for: where its config is, and the overrides. */
export interface DataAttributeOptions {
  /** `data-config`: a URL, or `#id` of a `<script type="application/json">` element. */
  config?: string;
  overrides: MountOverrides;
}

type OptionName = "config" | keyof MountOverrides;
type OptionValue<K extends OptionName> = K extends keyof MountOverrides ? NonNullable<MountOverrides[K]> : string;

/** Trimmed text; an empty attribute counts as absent. */
const text = (raw: string): string | undefined => raw.trim() || undefined;

/**
 * The enumerated options (mode, channel) are passed through as text on purpose: the config
 * validator checks them together with the config, so a typo in `data-mode` is reported as
 * `mode: ...` in the same console listing and notice as every other issue.
 */
const unchecked = <T extends string>(raw: string): T | undefined => text(raw) as T | undefined;

/** The one map of attribute → option and parser (SPEC 2 names these attributes; do not rename). */
export const DATA_ATTRIBUTES: { [K in OptionName]: { attribute: string; parse: (raw: string) => OptionValue<K> | undefined } } = {
  config: { attribute: "data-config", parse: text },
  mode: { attribute: "data-mode", parse: unchecked },
  productLine: { attribute: "data-product-line", parse: text },
  channel: { attribute: "data-channel", parse: unchecked },
  endpoint: { attribute: "data-endpoint", parse: text },
  locale: { attribute: "data-locale", parse: text },
};

/**
 * Reads an element's `data-*` attributes into mount options through `DATA_ATTRIBUTES`.
 *
 * @example
 * // <div data-lead-qualifier data-config="/forms/a.json" data-mode="popup">
 * readDataAttributes(el) // { config: "/forms/a.json", overrides: { mode: "popup" } }
 */
export function readDataAttributes(element: Element): DataAttributeOptions {
  const overrides: Record<string, string> = {};
  let config: string | undefined;
  for (const [option, { attribute, parse }] of Object.entries(DATA_ATTRIBUTES)) {
    const raw = element.getAttribute(attribute);
    if (raw === null) continue;
    const value = (parse as (raw: string) => string | undefined)(raw);
    if (value === undefined) continue;
    if (option === "config") config = value;
    else overrides[option] = value;
  }
  return config === undefined ? { overrides: overrides as MountOverrides } : { config, overrides: overrides as MountOverrides };
}
