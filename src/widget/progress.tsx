import { t } from "../i18n/t";

export interface ProgressProps {
  locale: string;
  /** 1-based current step. */
  current: number;
  total: number;
  /** Steps hold several questions: say "Step 2 of 5" rather than "Question 2 of 5". */
  byStep: boolean;
}

/**
 * Progress as a `role="progressbar"` (aria-valuenow/min/max/text, SPEC 10) drawn as one segment
 * per step — segments need no inline `style` width, which CSP forbids. The visible "Question 2 of
 * 5" line is also a polite live region, so screen readers hear progress after each Next.
 *
 * @example <Progress locale="en" current={2} total={5} byStep={false} />
 */
export function Progress({ locale, current, total, byStep }: ProgressProps) {
  const text = t(locale, byStep ? "stepTitle" : "progress", { current, total });
  return (
    <div class="lq-progress">
      <div
        class="lq-progress-bar"
        role="progressbar"
        aria-label={t(locale, "progressLabel")}
        aria-valuemin={1}
        aria-valuemax={total}
        aria-valuenow={current}
        aria-valuetext={text}
      >
        {Array.from({ length: total }, (_, index) => (
          <span
            key={index}
            class={index + 1 < current ? "lq-progress-seg is-done" : index + 1 === current ? "lq-progress-seg is-current" : "lq-progress-seg"}
          />
        ))}
      </div>
      <p class="lq-progress-text" aria-live="polite">{text}</p>
    </div>
  );
}
