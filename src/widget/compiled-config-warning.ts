import { VERSION } from "../version";
import type { StaleCompiledConfig } from "./read-compiled-config";

/**
 * The console warning for a compiled config the widget validated again (the page still works, only
 * slower: the validator had to load). Part of the diagnostics part, which that path loads anyway.
 *
 * @example compiledConfigWarning({ reason: "changed" }) // "lead-qualifier: this compiled config was changed …"
 */
export function compiledConfigWarning(stale: StaleCompiledConfig): string {
  return stale.reason === "version"
    ? `lead-qualifier: this config was compiled by lead-qualifier ${stale.version}, the widget is ${VERSION}: it is validated again on every load. Run \`lead-qualifier build\` again for the fast path.`
    : "lead-qualifier: this compiled config was changed after `lead-qualifier build` (its sha256 does not match its content): it is validated in full on every load. Edit the source config and build it again.";
}
