import type { Answers, Config, Question } from "../config/types";
import { isAnswered } from "../qualify/answer-utils";
import { applicableQuestions } from "../qualify/applicable-questions";

export interface VisitStepsInput {
  config: Config;
  /** This visit's answers so far. */
  answers: Answers;
  productLine?: string;
  /** Known before the visit (profile, URL prefill): never asked again. */
  knownAnswers?: Answers;
  /** When given, only these questions are asked (the profile module's plan). */
  questionIds?: readonly string[];
}

/**
 * The steps of this visit, derived (never stored) from the answers: the applicable questions
 * (`showIf`, product-line picker and the chosen line's questions), minus the known ones, limited
 * to the plan when there is one, grouped `flow.questionsPerStep` at a time (always one in kiosk
 * mode: SPEC 7). Because it is recomputed from the answers, a `showIf` that turns true adds a
 * step and one that turns false removes it, with no bookkeeping.
 *
 * @example visitSteps({ config, answers: {} }).map((step) => step.map((q) => q.id)) // [["role"], ["email"]]
 */
export function visitSteps(input: VisitStepsInput): Question[][] {
  const { config, answers, knownAnswers = {}, questionIds } = input;
  const plan = questionIds ? new Set(questionIds) : null;
  const asked = applicableQuestions(config, { ...knownAnswers, ...answers }, input.productLine ?? config.productLine)
    .filter((question) => !isKnown(knownAnswers, question.id))
    .filter((question) => plan === null || plan.has(question.id));
  const size = config.mode === "kiosk" ? 1 : Math.max(1, Math.floor(config.flow.questionsPerStep));
  const steps: Question[][] = [];
  for (let i = 0; i < asked.length; i += size) steps.push(asked.slice(i, i + size));
  return steps;
}

function isKnown(known: Answers, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(known, id) && isAnswered(known[id]);
}
