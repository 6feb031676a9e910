import type { Config, ConfigIssue } from "./types";

/**
 * What is valid but probably a mistake in a config: `lead-qualifier check` prints these as
 * warnings (the form still works, so the exit code does not change; the widget never runs this).
 * Today: a form that asks for consent without `consent.privacyUrl`, so its checkbox links no
 * privacy policy (the default consent text never mentions one it cannot link).
 *
 * @example configWarnings(validated) // [{ path: "consent.privacyUrl", message: "not set: …" }]
 */
export function configWarnings(config: Config): ConfigIssue[] {
  const warnings: ConfigIssue[] = [];
  if (config.consent !== undefined && config.consent.privacyUrl === undefined) {
    warnings.push({
      path: "consent.privacyUrl",
      message: "not set: the consent checkbox links no privacy policy (add your policy's https URL)",
    });
  }
  return warnings;
}
