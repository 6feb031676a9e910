import type { AnswerValue, Config, Question } from "../../config/types";

/** What every field component receives from the step. */
export interface FieldProps {
  question: Question;
  config: Config;
  locale: string;
  value: AnswerValue | undefined;
  /** The localized error message, or null. */
  error: string | null;
  /** Unique id prefix for this widget instance + question (ids must not collide across widgets). */
  idBase: string;
  /** The step has only this question: its h2 already shows the label, so the label is visually hidden. */
  solo: boolean;
  kiosk: boolean;
  /** `commit` is true for a settled value (change, not each keystroke): that is when `answer` fires. */
  onValue(value: AnswerValue | undefined, commit: boolean): void;
  /** A deliberate choice (pointer tap, Enter or Space) on a single-choice option: may auto-advance. */
  onPick?(value: string): void;
  onBlur?(): void;
}

/** The ids a field's parts use, all derived from one base so `aria-describedby` always matches. */
export function fieldIds(idBase: string) {
  return { control: `${idBase}-control`, help: `${idBase}-help`, error: `${idBase}-error`, label: `${idBase}-label` };
}

/** `aria-describedby` for a control: its help text and, when present, its error message. */
export function describedBy(idBase: string, hasHelp: boolean, hasError: boolean): string | undefined {
  const ids = fieldIds(idBase);
  const list = [hasHelp ? ids.help : null, hasError ? ids.error : null].filter((id) => id !== null);
  return list.length > 0 ? list.join(" ") : undefined;
}
