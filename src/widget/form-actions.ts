import type { Answers, Config, Question, Score } from "../config/types";
import { answerOf } from "../qualify/answer-utils";
import { scoreLead } from "../qualify/score-lead";
import { suggestEmail } from "../qualify/suggest-email";
import type { FormState } from "./form-state";
import { submittedAnswers } from "./submitted-answers";
import { validateStep } from "./validate-step";
import { visitSteps } from "./visit-steps";

/** The props that shape the visit (everything but callbacks). */
export interface FormContext {
  config: Config;
  productLine?: string;
  knownAnswers?: Answers;
  questionIds?: string[];
  /** Progressive profiling: at most this many new questions this visit (see `visitSteps`). */
  budget?: number;
}

export type NextOutcome =
  | { kind: "invalid" }
  | { kind: "held" }
  | { kind: "advanced" }
  | { kind: "submitted"; answers: Answers; score: Score };

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
 * Next / Submit. Validates the step; on errors records them and asks for focus on the first
 * invalid field. A likely email typo holds the visitor once per typed value (showing "Did you
 * mean …?") — a mistyped address is a lost lead, and one extra click is cheap. On the last step
 * it scores the answers that still apply and stores the result for the outcome screen.
 *
 * @example goNext(state, { config }) // { kind: "advanced" }
 */
export function goNext(state: FormState, ctx: FormContext): NextOutcome {
  if (state.result.value) return { kind: "invalid" };
  const { steps, index, step } = currentStep(state, ctx);
  const answers = mergedAnswers(state, ctx);
  const errors = validateStep(step, answers);
  const invalid = step.find((question) => question.id in errors);
  if (invalid) {
    state.errors.value = errors;
    state.focus.value = { kind: "field", questionId: invalid.id };
    return { kind: "invalid" };
  }
  if (holdForSuggestion(state, step, answers)) return { kind: "held" };
  state.errors.value = {};
  if (index < steps.length - 1) {
    state.stepIndex.value = index + 1;
    state.focus.value = { kind: "heading" };
    return { kind: "advanced" };
  }
  const final = submittedAnswers(ctx.config, answers, ctx.productLine);
  const score = scoreLead(ctx.config, final, ctx.productLine);
  state.result.value = { answers: final, score };
  state.focus.value = { kind: "outcome" };
  return { kind: "submitted", answers: final, score };
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

/**
 * Shows the "Did you mean …?" suggestion for an email question (on blur).
 *
 * @example showSuggestion(state, "email", "ana@gmial.com") // suggestions.email = "ana@gmail.com"
 */
export function showSuggestion(state: FormState, questionId: string, value: unknown): string | null {
  const suggestion = typeof value === "string" ? suggestEmail(value) : null;
  const { [questionId]: _old, ...rest } = state.suggestions.value;
  state.suggestions.value = suggestion === null ? rest : { ...rest, [questionId]: suggestion };
  return suggestion;
}

function holdForSuggestion(state: FormState, step: Question[], answers: Answers): boolean {
  let held = false;
  for (const question of step) {
    if (question.type !== "email") continue;
    const value = answerOf(answers, question.id);
    if (typeof value !== "string" || state.nudged.value[question.id] === value) continue;
    if (showSuggestion(state, question.id, value) === null) continue;
    state.nudged.value = { ...state.nudged.value, [question.id]: value };
    held = true;
  }
  return held;
}
