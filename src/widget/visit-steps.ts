import type { Answers, Config, Question } from "../config/types";
import { isAnswered } from "../qualify/answer-utils";
import { applicableQuestions } from "../qualify/applicable-questions";
import type { EmailClassifier } from "../qualify/evaluate-condition";
import { planVisit } from "../qualify/plan-visit";

export interface VisitStepsInput {
  config: Config;
  /** This visit's answers so far. */
  answers: Answers;
  productLine?: string;
  /** Known before the visit (profile, URL prefill): never asked again. */
  knownAnswers?: Answers;
  /** When given, only these questions are asked (the profile module's plan). */
  questionIds?: readonly string[];
  /**
   * Progressive profiling: at most this many new questions this visit, chosen by `planVisit`
   * from the known answers and re-planned from this visit's answers on every call.
   */
  budget?: number;
  /**
   * Answers `showIf` conditions on an email's class. The form kit brings it (`classifyEmail`): before
   * it arrives such a question counts as hidden, and the steps are planned again when it does (Next
   * always waits for the kit, so no step is ever taken on the lighter plan).
   */
  classifyEmail?: EmailClassifier;
}

/**
 * The steps of this visit, derived (never stored) from the answers: the applicable questions
 * (`showIf`, product-line picker and the chosen line's questions), minus the known ones, limited
 * to the plan when there is one, grouped `flow.questionsPerStep` at a time (always one in kiosk
 * mode: SPEC 7). Because it is recomputed from the answers, a `showIf` that turns true adds a
 * step and one that turns false removes it, with no bookkeeping. With a `budget`, the questions
 * are `planVisit`'s (known ones skipped, at most `budget` new ones, a required consent extra).
 *
 * @example visitSteps({ config, answers: {} }).map((step) => step.map((q) => q.id)) // [["role"], ["email"]]
 */
export function visitSteps(input: VisitStepsInput): Question[][] {
  const { config, answers, knownAnswers = {}, questionIds, budget, classifyEmail } = input;
  const productLine = input.productLine ?? config.productLine;
  const plan = questionIds ? new Set(questionIds) : null;
  const open = budget === undefined
    ? applicableQuestions(config, { ...knownAnswers, ...answers }, productLine, classifyEmail).filter((question) => !isKnown(knownAnswers, question.id))
    : planVisit({ config, known: knownAnswers, answers, budget, ...(productLine ? { productLine } : {}), ...(classifyEmail ? { classifyEmail } : {}) });
  const asked = open.filter((question) => plan === null || plan.has(question.id));
  const size = config.mode === "kiosk" ? 1 : Math.max(1, Math.floor(config.flow.questionsPerStep));
  const steps: Question[][] = [];
  for (let i = 0; i < asked.length; i += size) steps.push(asked.slice(i, i + size));
  return steps;
}

function isKnown(known: Answers, id: string): boolean {
  return Object.prototype.hasOwnProperty.call(known, id) && isAnswered(known[id]);
}
