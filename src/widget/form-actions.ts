import type { Answers, Question, Score } from "../config/types";
import { answerOf } from "../qualify/answer-utils";
import { classifyEmail } from "../qualify/classify-email";
import { scoreLead } from "../qualify/score-lead";
import { suggestEmail } from "../qualify/suggest-email";
import { currentStep, mergedAnswers, type FormContext } from "./form-steps";
import type { FormState } from "./form-state";
import { submittedAnswers } from "./submitted-answers";
import { validateStep } from "./validate-step";

export type NextOutcome =
  | { kind: "invalid" }
  | { kind: "held" }
  | { kind: "advanced" }
  | { kind: "submitted"; answers: Answers; score: Score };

/**
 * Next / Submit. Validates the step; on errors records them and asks for focus on the first
 * invalid field. A likely email typo holds the visitor once per typed value (showing "Did you
 * mean …?") — a mistyped address is a lost lead, and one extra click is cheap. On the last step
 * it scores the answers that still apply and stores the result for the outcome screen.
 * Part of the form kit (loaded after the first paint): the first question renders without it.
 *
 * @example goNext(state, { config }) // { kind: "advanced" }
 */
export function goNext(state: FormState, form: FormContext): NextOutcome {
  if (state.result.value) return { kind: "invalid" };
  // The kit's own classifier, whatever the form rendered with: every step taken is planned in full.
  const ctx: FormContext = { ...form, classifyEmail };
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
