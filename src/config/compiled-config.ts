import type { Config } from "./types";

/** The `compiled` marker of a config written by `lead-qualifier build`. */
export const COMPILED_FORMAT = "lead-qualifier/compiled-config@1";

/**
 * A config validated and completed by `lead-qualifier build` (the full validator: schema, cross-checks,
 * examples), so the widget can use it without loading the validator. `sha256` covers
 * `compiledText(config)`; a config edited afterwards no longer matches and is validated in full.
 */
export interface CompiledConfig {
  compiled: typeof COMPILED_FORMAT;
  /** The lead-qualifier version that validated it; another version validates it again. */
  version: string;
  /** `sha256-<base64>` of `compiledText(config)`. */
  sha256: string;
  config: Config;
}

/**
 * The exact text the hash covers: the config as JSON without spaces. `JSON.stringify` of the parsed
 * file gives the same text back (key order and number forms survive a parse), in Node and browsers.
 *
 * @example compiledText(config) === JSON.stringify(config) // true
 */
export function compiledText(config: unknown): string {
  return JSON.stringify(config);
}

/**
 * Wraps a validated config for shipping; `hash` is SHA-256 as base64 (node:crypto in the CLI).
 * Examples are left out: they are test data for `lead-qualifier check`, never used by the form.
 *
 * @example compileConfig(validated, "0.1.0", (text) => createHash("sha256").update(text).digest("base64"))
 */
export function compileConfig(config: Config, version: string, hash: (text: string) => string): CompiledConfig {
  const shipped: Config = { ...config, examples: [] };
  return { compiled: COMPILED_FORMAT, version, sha256: `sha256-${hash(compiledText(shipped))}`, config: shipped };
}

/**
 * Whether a raw config is a compiled one (by its marker), whatever its other fields hold.
 * A hand-written config can never have `compiled`: it is not a config key (strict schema).
 *
 * @example isCompiledConfig({ compiled: "lead-qualifier/compiled-config@1", config: {} }) // true
 */
export function isCompiledConfig(raw: unknown): raw is { compiled: string; version?: unknown; sha256?: unknown; config?: unknown } {
  return typeof raw === "object" && raw !== null && (raw as { compiled?: unknown }).compiled === COMPILED_FORMAT;
}
