import type { ComponentChildren } from "preact";
import type { Answers, Config, Score } from "../config/types";
import { localize } from "../config/localize";
import { t } from "../i18n/t";

export interface LeadFormProps {
  /** A validated config. */
  config: Config;
  /** The UI locale, already chosen by the caller (see `pickLocale`). */
  locale: string;
  /** Fixed by data-product-line / config; when absent the product-line picker question is asked. */
  productLine?: string;
  /** Remembered or prefilled answers (progressive profiling): not asked again. */
  knownAnswers?: Answers;
  /** The exact questions to ask this visit (planned by the profile module); default: all applicable unanswered. */
  questionIds?: string[];
  onStep?(detail: { index: number; total: number; questionIds: string[] }): void;
  onAnswer?(detail: { questionId: string }): void;
  /** Called once when the visitor submits the last step; the form then shows the outcome. */
  onComplete(result: { answers: Answers; score: Score; honeypot: boolean }): void;
  /** "Start over" on the outcome screen. */
  onRestart?(): void;
  /** A slot above the form, e.g. the profile module's "Welcome back" line. */
  header?: ComponentChildren;
}

/**
 * The step-by-step lead form (work in progress: final props, minimal rendering).
 *
 * @example <LeadForm config={config} locale="en" onComplete={({ score }) => console.log(score.tier)} />
 */
export function LeadForm(props: LeadFormProps) {
  const first = props.config.questions[0];
  return (
    <div class="lq-form">
      {props.header}
      <form class="lq-step" noValidate onSubmit={(event) => event.preventDefault()}>
        <h2 class="lq-step-title" tabIndex={-1}>
          {first ? localize(first.label, props.locale) : t(props.locale, "reviewTitle")}
        </h2>
        <div class="lq-actions">
          <button type="submit" class="lq-button lq-button-primary">
            {t(props.locale, "next")}
          </button>
        </div>
      </form>
    </div>
  );
}
