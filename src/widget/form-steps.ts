import type { Answers, Config, Question } from "../config/types";
import type { EmailClassifier } from "../qualify/evaluate-condition";
import type { FormState } from "./form-state";
import { visitSteps } from "./visit-steps";

/** The props that shape the visit (everything but callbacks). */
export interface FormContext {
  config: Config;
  productLine?: string;
  knownAnswers?: Answers;
  questionIds?: string[];
  /** Progressive profiling: at most this many new questions this visit (see `visitSteps`). */
  budget?: number;
  /** `showIf` on an email's class: the form kit's `classifyEmail` (see `visitSteps`). */
  classifyEmail?: EmailClassifier;
}

/** Known answers with this visit's answers over them: what validation and scoring see. */
export function mergedAnswers(state: FormState, ctx: FormContext): Answers {
  return { ...ctx.knownAnswers, ...state.answers.value };
}

/**
 * The steps as they stand, and the current one clamped into range: a `showIf` that turned false
 * can shorten the list under the visitor's feet.
 */
export function currentStep(state: FormState, ctx: FormContext): { steps: Question[][]; index: number; step: Question[] } {
  const steps = visitSteps({ ...ctx, answers: state.answers.value });
  const index = Math.max(0, Math.min(state.stepIndex.value, steps.length - 1));
  return { steps, index, step: steps[index] ?? [] };
}

/**
 * Back one step, keeping every answer; errors are dropped (they belonged to the step left).
 *
 * @example goBack(state, { config })
 */
export function goBack(state: FormState, ctx: FormContext): void {
  const { index } = currentStep(state, ctx);
  state.stepIndex.value = Math.max(0, index - 1);
  state.errors.value = {};
  state.focus.value = { kind: "heading" };
}
