import { localize } from "../../config/localize";
import type { Answers, AnswerValue, Config, Question } from "../../config/types";
import { t } from "../../i18n/t";
import type { EmailSuggestion } from "../email-suggestion";
import { QuestionField, type ChoiceFields } from "../fields/question-field";
import { Honeypot } from "../honeypot";

export interface StepFormProps {
  config: Config;
  locale: string;
  /** The questions on this step (empty: nothing left to ask, only Submit). */
  step: Question[];
  /** 0-based position and number of steps this visit. */
  index: number;
  total: number;
  answers: Answers;
  /** Localized error messages by question id. */
  errors: Readonly<Record<string, string>>;
  suggestions: Readonly<Record<string, string>>;
  /** The "Did you mean …?" line under email fields; it comes with the form kit, like the suggestions. */
  Suggestion?: typeof EmailSuggestion;
  /** The choice, select and consent controls (form kit); text-like fields render without them. */
  fields?: ChoiceFields | undefined;
  idPrefix: string;
  kiosk: boolean;
  honeypot: string;
  onValue(question: Question, value: AnswerValue | undefined, commit: boolean): void;
  onPick(question: Question): void;
  onBlur(question: Question): void;
  onAcceptSuggestion(question: Question, email: string): void;
  onHoneypot(value: string): void;
  onBack(): void;
  /** Next, or Submit on the last step. */
  onSubmit(): void;
}

/**
 * One step as its own `<form>` (noValidate: validation is ours, with our messages): the heading,
 * the fields, the honeypot and the buttons. Enter in a text field submits the form, which is
 * Next — the keyboard path needs no extra wiring.
 *
 * @example <StepForm step={[roleQuestion]} index={0} total={4} ... />
 */
export function StepForm(props: StepFormProps) {
  const { config, locale, step, index, total, idPrefix, Suggestion } = props;
  const solo = step.length === 1;
  const first = step[0];
  const title = total === 0
    ? t(locale, "reviewTitle")
    : solo && first ? localize(first.label, locale) : t(locale, "stepTitle", { current: index + 1, total });
  const isLast = index >= total - 1;
  // A lone consent question's label is already the checkbox's visible label: showing it again as
  // the heading printed the whole consent text twice. The heading stays for focus and its name.
  const titleClass = solo && first?.type === "consent" ? "lq-step-title lq-visually-hidden" : "lq-step-title";
  return (
    <form
      class="lq-step"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <h2 class={titleClass} tabIndex={-1}>{title}</h2>
      {step.map((question) => (
        <div key={question.id} class="lq-field" data-question={question.id}>
          <QuestionField
            fields={props.fields}
            question={question}
            config={config}
            locale={locale}
            value={props.answers[question.id]}
            error={props.errors[question.id] ?? null}
            idBase={`${idPrefix}-q-${question.id}`}
            solo={solo}
            kiosk={props.kiosk}
            onValue={(value, commit) => props.onValue(question, value, commit)}
            onPick={question.type === "single" ? () => props.onPick(question) : undefined}
            onBlur={() => props.onBlur(question)}
          />
          {question.type === "email" && Suggestion && (
            <Suggestion
              locale={locale}
              suggestion={props.suggestions[question.id] ?? null}
              onAccept={(email) => props.onAcceptSuggestion(question, email)}
            />
          )}
        </div>
      ))}
      <Honeypot locale={locale} id={`${idPrefix}-website`} value={props.honeypot} onValue={props.onHoneypot} />
      <div class="lq-actions">
        {index > 0 && (
          <button type="button" class="lq-button lq-button-secondary" onClick={props.onBack}>
            {t(locale, "back")}
          </button>
        )}
        <button type="submit" class="lq-button lq-button-primary">
          {t(locale, isLast ? "submit" : "next")}
        </button>
      </div>
    </form>
  );
}
