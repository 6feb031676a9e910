import type { ParsedConfig } from "./config-schema";
import { PRESETS } from "./bant-preset";
import { CONSENT_LABEL, DEFAULTS } from "./defaults";
import { mergePreset } from "./merge-preset";
import type { Config, LocalizedText, Outcome, Question, Tier } from "./types";

/**
 * Turns a schema-valid config into the complete `Config` the rest of the code relies on:
 * merges the preset, applies the defaults that depend on other fields (kiosk mode) and
 * settles consent. Assumes `crossCheck` found no issue (e.g. every outcome has a title).
 * The return type is the compile-time proof that the schema's output, normalised, is a `Config`.
 *
 * @example normalizeConfig(configSchema.parse({ id: "a", endpoint: "/leads", mode: "kiosk" })).channel // "kiosk"
 */
export function normalizeConfig(parsed: ParsedConfig): Config {
  const merged = parsed.preset ? mergePreset(parsed, PRESETS[parsed.preset]) : parsed;
  const { $schema: _ignored, channel, flow, profile, scoring, outcomes, consent: _consent, ...rest } = merged;
  const kiosk = merged.mode === "kiosk";
  const { questions, consent } = settleConsent(merged);
  return {
    ...rest,
    channel: channel ?? (kiosk ? "kiosk" : DEFAULTS.channel),
    questions,
    flow: { ...flow, autoAdvance: flow.autoAdvance ?? kiosk },
    // A shared tablet must never remember the previous visitor (SPEC 6), whatever the config says.
    profile: { ...profile, remember: kiosk ? false : profile.remember },
    scoring: { ...scoring, max: scoring.max ?? {} },
    outcomes: completeOutcomes(outcomes),
    ...(consent ? { consent } : {}),
  };
}

/**
 * Keeps the `consent` block and the consent question in step: the block words and requires
 * the question (appending one with id `consent` when the config has none), and a consent
 * question without a block yields a block describing it, so `config.consent` is set exactly
 * when the form asks for consent.
 */
function settleConsent(config: ParsedConfig): { questions: Question[]; consent?: Config["consent"] } {
  const block = config.consent;
  const existing = config.questions.find((question) => question.type === "consent");
  if (block === undefined) {
    if (existing === undefined) return { questions: config.questions };
    return { questions: config.questions, consent: { required: existing.required === true, label: existing.label } };
  }
  const label: LocalizedText = block.label ?? existing?.label ?? CONSENT_LABEL;
  const consent: NonNullable<Config["consent"]> = {
    required: block.required,
    label,
    ...(block.privacyUrl !== undefined ? { privacyUrl: block.privacyUrl } : {}),
  };
  if (existing === undefined) {
    return { questions: [...config.questions, { id: "consent", type: "consent", label, required: block.required }], consent };
  }
  const questions = config.questions.map((question) =>
    question.type === "consent" ? { ...question, label: block.label ?? question.label, required: block.required } : question,
  );
  return { questions, consent };
}

function completeOutcomes(outcomes: ParsedConfig["outcomes"]): Config["outcomes"] {
  const complete: Partial<Record<Tier, Outcome>> = {};
  for (const [tier, outcome] of Object.entries(outcomes) as Array<[Tier, ParsedConfig["outcomes"][Tier]]>) {
    if (outcome === undefined) continue;
    const { title, message, cta } = outcome;
    complete[tier] = {
      title: title ?? "",
      ...(message !== undefined ? { message } : {}),
      ...(cta ? { cta: { label: cta.label ?? "", url: cta.url ?? "" } } : {}),
    };
  }
  return complete;
}
