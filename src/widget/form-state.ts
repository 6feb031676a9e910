import { signal, type Signal } from "@preact/signals";
import type { Answers, AnswerValue, Score } from "../config/types";
import type { AnswerError } from "../qualify/validate-answer";

/** Where focus should go after the next render (consumed once by the form). */
export type FocusRequest = { kind: "heading" } | { kind: "field"; questionId: string } | { kind: "outcome" };

/**
 * The state of one form instance, as signals. Only what the visitor did is stored; the steps
 * are derived from the answers on every render (see `visitSteps`), never kept here, so they
 * can never disagree with the answers.
 */
export interface FormState {
  /** This visit's answers (known answers stay in props). */
  answers: Signal<Answers>;
  /** The step on screen, 0-based; clamped against the derived steps when read. */
  stepIndex: Signal<number>;
  /** Validation errors of the current step, by question id. */
  errors: Signal<Readonly<Record<string, AnswerError>>>;
  /** "Did you mean …?" suggestions, by email question id. */
  suggestions: Signal<Readonly<Record<string, string>>>;
  /** The email value a suggestion already held the visitor back for (only once per value). */
  nudged: Signal<Readonly<Record<string, string>>>;
  /** The honeypot's value: anything here means a bot filled the form. */
  honeypot: Signal<string>;
  /** Set on submit: what the outcome screen shows. */
  result: Signal<{ answers: Answers; score: Score } | null>;
  focus: Signal<FocusRequest | null>;
}

/**
 * A fresh, empty form state. No module-level singletons: each widget instance makes its own.
 *
 * @example const state = createFormState(); setAnswer(state, "role", "vp");
 */
export function createFormState(): FormState {
  return {
    answers: signal<Answers>({}),
    stepIndex: signal(0),
    errors: signal({}),
    suggestions: signal({}),
    nudged: signal({}),
    honeypot: signal(""),
    result: signal(null),
    focus: signal(null),
  };
}

/**
 * Records (or, with `undefined`, removes) one answer. The question's error clears at once, so
 * the message does not linger while the visitor is fixing it; a stale email suggestion goes too.
 *
 * @example setAnswer(state, "employees", 250)
 */
export function setAnswer(state: FormState, questionId: string, value: AnswerValue | undefined): void {
  const { [questionId]: _previous, ...rest } = state.answers.value;
  state.answers.value = value === undefined ? rest : { ...rest, [questionId]: value };
  if (questionId in state.errors.value) state.errors.value = without(state.errors.value, questionId);
  if (questionId in state.suggestions.value) state.suggestions.value = without(state.suggestions.value, questionId);
}

/**
 * Back to the start: no answers, no errors, first step, no outcome.
 *
 * @example resetFormState(state)
 */
export function resetFormState(state: FormState): void {
  const fresh = createFormState();
  state.answers.value = fresh.answers.value;
  state.stepIndex.value = 0;
  state.errors.value = {};
  state.suggestions.value = {};
  state.nudged.value = {};
  state.honeypot.value = "";
  state.result.value = null;
  state.focus.value = { kind: "heading" };
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const { [key]: _dropped, ...rest } = record;
  return rest;
}
