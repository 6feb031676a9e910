import { PRESETS, type Preset } from "./bant-preset";
import { checkBooth } from "./check-booth";
import { checkCondition } from "./check-condition";
import { checkExamples } from "./check-examples";
import { checkQuestionFields, checkQuestionIds, findQuestions, type FoundQuestion, type KnownQuestion } from "./check-questions";
import { DEFAULTS } from "./defaults";
import { isObject, join, listAt, numberAt, objectAt, textAt, type RawObject } from "./raw-view";
import { GATED_TIERS, TIERS, type ConfigIssue } from "./types";

// Examples are test data for `lead-qualifier check` and CI: the script-tag build leaves their
// check out (SPEC 9 keeps full diagnostics out of the landing-page file), so a wrong example can
// never take a live form down. The ESM build, the server and the CLI check them.
const CHECK_EXAMPLES = typeof __LQ_SCRIPT_BUILD__ === "undefined" || !__LQ_SCRIPT_BUILD__;

/**
 * The semantic checks a shape-only schema misses: duplicate ids, conditions pointing at
 * unknown questions or options, options/ranges on the wrong question type, gates that do not
 * lead down, thresholds out of order, unknown product lines, outcomes left without a title, and
 * examples whose answers the form itself would refuse (not in the script-tag build). Runs on the raw input (next to
 * the schema, not after it), so one pass reports every problem; never throws on malformed input.
 *
 * @example crossCheck({ id: "a", endpoint: "/leads", productLine: "x" }) // [{ path: "productLine", message: 'unknown product line "x" (this config has no productLines)' }]
 */
export function crossCheck(input: unknown): ConfigIssue[] {
  if (!isObject(input)) return [];
  const preset = textAt(input.preset) === "bant" ? PRESETS.bant : undefined;
  const { found, known } = findQuestions(input, preset);
  const issues: ConfigIssue[] = [...checkQuestionIds(found, preset), ...checkReachable(found, preset)];
  for (const entry of found) {
    issues.push(...checkQuestionFields(entry));
    issues.push(...checkCondition(entry.question.showIf, join(entry.path, "showIf"), known));
  }
  const scoring = objectAt(input.scoring);
  listAt(scoring.rules).forEach((rule, index) => {
    issues.push(...checkCondition(objectAt(rule).if, join(join(join("scoring", "rules"), index), "if"), known));
  });
  issues.push(...checkGates(objectAt(scoring.gates), known));
  issues.push(...checkThresholds(objectAt(scoring.thresholds)));
  issues.push(...checkProductLines(input));
  if (CHECK_EXAMPLES) issues.push(...checkExamples(input, known));
  issues.push(...checkOutcomes(objectAt(input.outcomes), preset));
  issues.push(...checkBooth(input, known));
  return issues;
}

// A lead sales cannot contact is worth nothing, and partial leads and returning visitors skip
// questions: only a required email or phone that every visitor is asked guarantees a way back.
// (The planner asks contact questions first and outside the budget; see planVisit.)
function checkReachable(found: FoundQuestion[], preset: Preset | undefined): ConfigIssue[] {
  const own = found.filter((entry) => entry.line === undefined).map((entry) => entry.question);
  const ownIds = new Set(own.map((question) => textAt(question.id)));
  const reaches = (question: { type?: unknown; required?: unknown; showIf?: unknown; contact?: unknown }) =>
    (question.type === "email" || question.type === "phone") &&
    question.required === true && question.showIf === undefined && question.contact !== false;
  const reachable = own.some(reaches) || (preset?.questions ?? []).some((question) => !ownIds.has(question.id) && reaches(question));
  if (reachable) return [];
  return [{ path: "questions", message: "needs a required email or phone question (without showIf), so every lead can be contacted" }];
}

// A gate sends a lead down, never sideways or up: that is what makes gates end (and make sense).
function checkGates(gates: RawObject, known: Map<string, KnownQuestion>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const tier of GATED_TIERS) {
    const path = join(join("scoring", "gates"), tier);
    listAt(gates[tier]).forEach((gate, index) => {
      const at = join(path, index);
      issues.push(...checkCondition(objectAt(gate).require, join(at, "require"), known));
      const to = textAt(objectAt(gate).else);
      const lower = TIERS.slice(TIERS.indexOf(tier) + 1);
      if (to !== undefined && (TIERS as readonly string[]).includes(to) && !lower.includes(to as (typeof TIERS)[number])) {
        issues.push({ path: join(at, "else"), message: `must be a tier below ${tier} (${lower.join(", ")})` });
      }
    });
  }
  return issues;
}

function checkThresholds(thresholds: RawObject): ConfigIssue[] {
  const salesReady = numberAt(thresholds["sales-ready"]) ?? DEFAULTS.thresholds["sales-ready"];
  const nurture = numberAt(thresholds.nurture) ?? DEFAULTS.thresholds.nurture;
  if (nurture < salesReady) return [];
  return [{ path: "scoring.thresholds.nurture", message: `must be below sales-ready (${salesReady})` }];
}

function checkProductLines(input: RawObject): ConfigIssue[] {
  const keys = Object.keys(objectAt(input.productLines));
  const issues: ConfigIssue[] = [];
  const checkLine = (value: unknown, path: string) => {
    const line = textAt(value);
    if (line === undefined || keys.includes(line)) return;
    const expected = keys.length === 0 ? "this config has no productLines" : `expected ${keys.join(", ")}`;
    issues.push({ path, message: `unknown product line "${line}" (${expected})` });
  };
  checkLine(input.productLine, "productLine");
  listAt(input.examples).forEach((example, index) => {
    checkLine(objectAt(example).productLine, join(join("examples", index), "productLine"));
  });
  return issues;
}

// Outcome fields are optional in the schema so a config can patch a preset outcome; what the
// preset does not supply must be there.
function checkOutcomes(outcomes: RawObject, preset: Preset | undefined): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const [tier, value] of Object.entries(outcomes)) {
    if (!isObject(value)) continue;
    const base = preset?.outcomes[tier as keyof Preset["outcomes"]];
    const path = join("outcomes", tier);
    if (value.title === undefined && base?.title === undefined) issues.push({ path: join(path, "title"), message: "required" });
    if (isObject(value.cta) && value.cta.label === undefined && base?.cta?.label === undefined) {
      issues.push({ path: join(join(path, "cta"), "label"), message: "required" });
    }
  }
  return issues;
}
