import { t } from "../../i18n/t";
import { systemTimers, type Timers } from "./timers";
import { useCountdown } from "./use-countdown";

export interface AfterSubmitProps {
  locale: string;
  /** kiosk.resetAfterSubmitSeconds: how long the outcome stays before the next visitor. */
  seconds: number;
  /** The giveaway (kiosk.giveaway.label, localized) and the visitor's code, when configured. */
  giveaway?: { label: string; code: string } | null;
  onDone(): void;
  timers?: Timers;
}

/**
 * Shown under the outcome in kiosk mode: the giveaway code to show staff (if any), the time
 * left before the screen resets, and `Done` to end it sooner. The Done row sticks to the bottom of
 * the screen (kiosk-css.ts), so on a phone it never falls below the fold; it is rendered as a
 * sibling of the form (a fragment), because a sticky box cannot leave its parent.
 *
 * @example <AfterSubmit locale="en" seconds={10} giveaway={{ label: "A coffee mug", code: "7B0C" }} onDone={reset} />
 */
export function AfterSubmit({ locale, seconds, giveaway, onDone, timers = systemTimers }: AfterSubmitProps) {
  const left = useCountdown(seconds, onDone, timers);
  return (
    <>
      {giveaway ? (
        <div class="lq-giveaway">
          <p>{giveaway.label}</p>
          <p>{t(locale, "kiosk.giveaway")}</p>
          <p>
            {t(locale, "kiosk.code")} <strong class="lq-giveaway-code">{giveaway.code}</strong>
          </p>
        </div>
      ) : null}
      <div class="lq-kiosk-after">
        <p class="lq-countdown">{t(locale, "kiosk.nextVisitor", { seconds: Math.max(0, left) })}</p>
        <button type="button" class="lq-kiosk-primary" onClick={onDone}>{t(locale, "done")}</button>
      </div>
    </>
  );
}
