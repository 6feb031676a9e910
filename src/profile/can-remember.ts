import type { Config, Mode } from "../config/types";
import { configQuestions } from "../qualify/config-questions";

export interface CanRememberInput {
  config: Config;
  /** Whether the visitor gave consent on this visit (the consent question or the consent box). */
  consentGiven: boolean;
  /** `navigator.globalPrivacyControl === true`. */
  gpc: boolean;
  /** The effective mode, when `data-mode` overrides the config's. */
  mode?: Mode;
}

/**
 * Whether this visit may write the visitor profile (SPEC 6): never in kiosk mode (a shared
 * tablet), never when `profile.remember` is false, never under Global Privacy Control, and never
 * when the form requires consent that was not given.
 *
 * @example canRemember({ config, consentGiven: true, gpc: false, mode: "inline" }) // true
 */
export function canRemember({ config, consentGiven, gpc, mode = config.mode }: CanRememberInput): boolean {
  if (mode === "kiosk" || !config.profile.remember || gpc) return false;
  return consentGiven || !requiresConsent(config);
}

/**
 * Whether the form makes consent mandatory: `consent.required`, or a required consent question.
 *
 * @example requiresConsent({ ...config, consent: { required: true, label: "I agree" } }) // true
 */
export function requiresConsent(config: Config): boolean {
  if (config.consent?.required) return true;
  return configQuestions(config).some((q) => q.type === "consent" && q.required === true);
}
