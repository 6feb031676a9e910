import type { Answers, Condition, Config, Question, ScoreMap } from "../config/types";
import { DIMENSIONS } from "../config/types";
import { answerOf, isAnswered } from "./answer-utils";
import { applicableQuestions } from "./applicable-questions";
import type { EmailClassifier } from "./evaluate-condition";
import { isContactQuestion } from "./is-contact-question";

export interface PlanVisitInput {
  config: Config;
  /**
   * Answers known before this visit: the visitor profile and `?lq_<id>=` URL prefill, as
   * `trustedKnown` leaves them (only values valid for this form's questions).
   */
  known: Answers;
  /** Answers given during this visit so far (a skipped optional question may be recorded as "" or []). */
  answers: Answers;
  /** A fixed product line (`data-product-line`); otherwise config `productLine` or the picker. */
  productLine?: string;
  /** New questions allowed this visit; defaults to `flow.maxNewQuestionsPerVisit`. */
  budget?: number;
  /** Answers `showIf` conditions on an email's class (see `resolveApplicable`); the form kit brings it. */
  classifyEmail?: EmailClassifier;
}

/**
 * The questions to ask on this visit, in config order (SPEC 6). Pure; call it again after every
 * answer, because answers can reveal questions (`showIf`, the chosen product line).
 *
 * - A question is known when `known` holds a non-empty answer for it; a known question is never
 *   asked. Pass `known` through `trustedKnown` first (the visit session does when it reads the
 *   profile and the URL), so a stale profile can never smuggle in a bad answer: this module
 *   stays free of answer validation, which the landing page's first screen does not need.
 * - `showIf` is applied to known + this visit's answers; hidden questions are never asked.
 * - At most `budget` questions are asked. When more are open, the plan keeps those answered this
 *   visit (so the plan is stable as the visitor answers), then ranks the rest by: required first,
 *   then questions a scoring rule or gate reads (they can change the tier outright), then the most
 *   points the question can add across dimensions (clamped to `scoring.max`), then config order.
 *   The chosen questions are presented in config order.
 * - Contact questions (`isContactQuestion`: email, phone, and those marked `contact`) that are
 *   not known are always asked, outside the budget, and those of the core without `showIf` come
 *   first: a lead sales can act on says who it is from, so the first visit starts with them
 *   (one revealed by `showIf`, or in a product line, stays in its place so the steps already
 *   shown do not shift). With a required email or phone (validateConfig insists on one) no lead,
 *   partial or complete, can leave without a way to reach the person.
 * - A required consent question that is not known is always asked and does not count against
 *   the budget: no lead can be sent without it. A plan of only that question means there is
 *   nothing new to ask; an empty plan means nothing is left at all.
 *
 * @example
 * planVisit({ config, known: { email: "ana@acme.io" }, answers: {}, budget: 2 })
 * // [role, timeframe]: email is known, the two highest-ranked open questions, in config order
 */
export function planVisit({ config, known, answers, productLine, budget, classifyEmail }: PlanVisitInput): Question[] {
  const limit = Math.max(0, Math.floor(budget ?? config.flow.maxNewQuestionsPerVisit));
  const applicable = applicableQuestions(config, { ...known, ...answers }, productLine, classifyEmail);
  const open = applicable.filter((question) => !isAnswered(answerOf(known, question.id)));

  const extra = new Set(open.filter((question) => isMandatoryConsent(config, question) || isContactQuestion(question)));
  const ruleIds = ruleAnswerIds(config);
  const rank = (question: Question, index: number) => ({
    question,
    index,
    answered: answerOf(answers, question.id) !== undefined,
    required: question.required === true,
    ruled: ruleIds.has(question.id),
    points: attainablePoints(question, config.scoring.max),
  });
  const ranked = open
    .map(rank)
    .filter((entry) => !extra.has(entry.question))
    .sort(
      (a, b) =>
        Number(b.answered) - Number(a.answered) ||
        Number(b.required) - Number(a.required) ||
        Number(b.ruled) - Number(a.ruled) ||
        b.points - a.points ||
        a.index - b.index,
    );
  const chosen = new Set(ranked.slice(0, limit).map((entry) => entry.question));
  const plan = open.filter((question) => extra.has(question) || chosen.has(question));
  const core = new Set(config.questions);
  const first = plan.filter((q) => core.has(q) && q.type !== "consent" && q.showIf === undefined && isContactQuestion(q));
  return [...first, ...plan.filter((question) => !first.includes(question))];
}

function isMandatoryConsent(config: Config, question: Question): boolean {
  return question.type === "consent" && (question.required === true || config.consent?.required === true);
}

/** Ids of the answers that scoring rules and gates read. */
function ruleAnswerIds(config: Config): Set<string> {
  const ids = new Set<string>();
  const visit = (condition: Condition): void => {
    if ("all" in condition) condition.all.forEach(visit);
    else if ("any" in condition) condition.any.forEach(visit);
    else if ("not" in condition) visit(condition.not);
    else if ("answer" in condition) ids.add(condition.answer);
  };
  for (const rule of config.scoring.rules) visit(rule.if);
  for (const gates of Object.values(config.scoring.gates ?? {})) for (const gate of gates ?? []) visit(gate.require);
  return ids;
}

/** The most points one answer to `question` can add, summed over dimensions, each clamped to its max. */
function attainablePoints(question: Question, max: ScoreMap): number {
  const worth = (score: ScoreMap | undefined) => clampedTotal(score ?? {}, max);
  if (question.type === "multi") {
    // Several options may be ticked: add up the positive points per dimension, then clamp.
    const sum: ScoreMap = {};
    for (const option of question.options ?? []) {
      for (const dimension of DIMENSIONS) {
        sum[dimension] = (sum[dimension] ?? 0) + Math.max(0, option.score?.[dimension] ?? 0);
      }
    }
    return worth(sum);
  }
  const scores = [...(question.options ?? []), ...(question.ranges ?? [])].map((choice) => worth(choice.score));
  return Math.max(0, ...scores);
}

function clampedTotal(score: ScoreMap, max: ScoreMap): number {
  let total = 0;
  for (const dimension of DIMENSIONS) {
    const points = Math.max(0, score[dimension] ?? 0);
    total += Math.min(points, max[dimension] ?? Number.POSITIVE_INFINITY);
  }
  return total;
}
