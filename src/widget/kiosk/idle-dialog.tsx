import { useEffect, useRef } from "preact/hooks";
import { t } from "../../i18n/t";
import { systemTimers, type Timers } from "./timers";
import { useCountdown } from "./use-countdown";

export interface IdleDialogProps {
  locale: string;
  /** How long the visitor has to answer before the kiosk resets. */
  seconds: number;
  onStay(): void;
  onTimeout(): void;
  timers?: Timers;
}

/**
 * "Still there?": an alert dialog with a visible countdown and an "I'm still here" button that
 * takes focus, so one tap (or Enter) keeps the visitor's answers. At zero, `onTimeout` resets.
 *
 * @example <IdleDialog locale="en" seconds={15} onStay={resume} onTimeout={reset} />
 */
export function IdleDialog({ locale, seconds, onStay, onTimeout, timers = systemTimers }: IdleDialogProps) {
  const left = useCountdown(seconds, onTimeout, timers);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div class="lq-kiosk-overlay">
      <div
        class="lq-kiosk-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="lq-idle-title"
        aria-describedby="lq-idle-countdown"
      >
        <h2 id="lq-idle-title">{t(locale, "stillThere")}</h2>
        <p id="lq-idle-countdown" class="lq-countdown">
          {t(locale, "countdown", { seconds: Math.max(0, left) })}
        </p>
        <div class="lq-kiosk-dialog-actions">
          <button ref={stay} type="button" class="lq-kiosk-primary" onClick={onStay}>
            {t(locale, "imHere")}
          </button>
        </div>
      </div>
    </div>
  );
}
