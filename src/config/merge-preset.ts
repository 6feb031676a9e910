import type { ParsedConfig } from "./config-schema";
import type { Preset } from "./bant-preset";
import type { Question, Rule } from "./types";

type OwnOutcome = NonNullable<ParsedConfig["outcomes"][keyof ParsedConfig["outcomes"]]>;

/**
 * Merges a preset under a config. The rules, chosen so that merging twice changes nothing
 * (a validated config can be validated again):
 * - questions: a config question with a preset question's id replaces it whole, in the
 *   preset's position; other config questions follow the preset's; the preset's consent
 *   question stays last, and is dropped when the config brings its own consent question;
 * - scoring.rules: the config's first (so its routing rules win, SPEC 4 takes the first
 *   matching non-disqualify rule), then the preset's that the config does not already list;
 * - scoring.max merges key-wise (config wins); thresholds come from the config (the schema
 *   already filled the same defaults the preset uses);
 * - scoring.gates merge per tier: a config's list for a tier replaces the preset's list for that
 *   tier whole (so `"gates": { "sales-ready": [] }` lifts the preset's sales-ready gates), since a
 *   gate list states everything the tier requires and a config must be able to relax it;
 * - outcomes merge per tier and field-wise, `cta` too, so `{ "sales-ready": { "cta": { "url": ... } } }`
 *   is enough to add a booking link to the preset's outcome.
 *
 * @example mergePreset(configSchema.parse({ id: "a", endpoint: "/leads", preset: "bant" }), BANT_PRESET).questions.length // 9
 */
export function mergePreset(config: ParsedConfig, preset: Preset): ParsedConfig {
  const base = structuredClone(preset);
  return {
    ...config,
    questions: mergeQuestions(base.questions, config.questions),
    scoring: {
      ...config.scoring,
      max: { ...base.scoring.max, ...config.scoring.max },
      rules: [...config.scoring.rules, ...base.scoring.rules.filter((rule) => !containsRule(config.scoring.rules, rule))],
      ...(base.scoring.gates || config.scoring.gates ? { gates: { ...base.scoring.gates, ...config.scoring.gates } } : {}),
    },
    outcomes: mergeOutcomes(base.outcomes, config.outcomes),
  };
}

function mergeQuestions(presetQuestions: Question[], own: Question[]): Question[] {
  const presetIds = new Set(presetQuestions.map((question) => question.id));
  const ownById = new Map(own.map((question) => [question.id, question]));
  const extras = own.filter((question) => !presetIds.has(question.id));
  const ownConsent = extras.some((question) => question.type === "consent");
  const body: Question[] = [];
  const tail: Question[] = [];
  for (const question of presetQuestions) {
    const chosen = ownById.get(question.id) ?? question;
    if (question.type !== "consent") body.push(chosen);
    else if (!ownConsent || ownById.has(question.id)) tail.push(chosen);
  }
  return [...body, ...extras, ...tail];
}

function containsRule(rules: Rule[], rule: Rule): boolean {
  const text = stableJson(rule);
  return rules.some((candidate) => stableJson(candidate) === text);
}

// Key order must not matter: `{ gte: 50, score: "total" }` is the same rule as the preset's.
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

function mergeOutcomes(base: Preset["outcomes"], own: ParsedConfig["outcomes"]): ParsedConfig["outcomes"] {
  const merged: Record<string, OwnOutcome> = { ...base };
  for (const [tier, outcome] of Object.entries(own)) {
    if (outcome === undefined) continue;
    const before: OwnOutcome = merged[tier] ?? {};
    const cta = before.cta || outcome.cta ? { ...before.cta, ...outcome.cta } : undefined;
    merged[tier] = { ...before, ...outcome, ...(cta ? { cta } : {}) };
  }
  return merged;
}
