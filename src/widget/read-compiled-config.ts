import { compiledText, isCompiledConfig } from "../config/compiled-config";
import type { Config } from "../config/types";
import { VERSION } from "../version";
import { overrideValidConfig, type MountOverrides } from "./mount-overrides";

/** Why a compiled config was validated again: another version compiled it, or it changed since. */
export type StaleCompiledConfig = { reason: "version"; version: string } | { reason: "changed" };

/**
 * What a loaded config needs before it can render: `trusted` (a compiled config this widget can use as
 * it is), or `validate` (the full validator decides; `raw` is what it gets, `stale` says why a
 * compiled config was not trusted: see compiledConfigWarning).
 */
export type CompiledConfigRead = { kind: "trusted"; config: Config } | { kind: "validate"; raw: unknown; stale?: StaleCompiledConfig };

/**
 * The landing page's quick config check (instead of loading the validator): a config compiled by
 * `lead-qualifier build` of this very version whose SHA-256 still matches its content is one the full
 * validator accepted, so it renders at once; the page's overrides are checked by the validator's own
 * rules (`overrideValidConfig`). Anything else — a hand-written config, an edited or older compiled one,
 * an override that needs it, no WebCrypto (plain-http pages) — goes to the full validator, which then
 * reports every issue with its path. Sound by construction: nothing renders that the validator rejects.
 *
 * @example await readCompiledConfig(await (await fetch("/forms/a.json")).json(), {}, crypto.subtle)
 */
export async function readCompiledConfig(
  raw: unknown,
  overrides: MountOverrides,
  subtle: Pick<SubtleCrypto, "digest"> | undefined,
): Promise<CompiledConfigRead> {
  if (!isCompiledConfig(raw)) return { kind: "validate", raw };
  const inner = raw.config;
  const again = (stale?: StaleCompiledConfig): CompiledConfigRead => ({ kind: "validate", raw: inner, ...(stale ? { stale } : {}) });
  if (raw.version !== VERSION) return again({ reason: "version", version: String(raw.version) });
  const hash = subtle ? await sha256(subtle, compiledText(inner)).catch(() => null) : null;
  if (hash === null) return again();
  if (raw.sha256 !== hash) return again({ reason: "changed" });
  const config = overrideValidConfig(inner as Config, overrides);
  return config ? { kind: "trusted", config } : again();
}

async function sha256(subtle: Pick<SubtleCrypto, "digest">, text: string): Promise<string> {
  const digest = new Uint8Array(await subtle.digest("SHA-256", new TextEncoder().encode(text)));
  let binary = "";
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `sha256-${btoa(binary)}`;
}
