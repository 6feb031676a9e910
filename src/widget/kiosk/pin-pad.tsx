import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../../i18n/t";
import type { PinCheck } from "./pin-guard";

export interface PinPadProps {
  locale: string;
  /** Checks a PIN (the caller keeps the wrong-try count, so closing the pad does not reset a lock-out). */
  check(entered: string): PinCheck;
  onUnlock(): void;
  onClose(): void;
}

const DIGITS = ["1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

/**
 * The staff PIN dialog: a labelled password input (a hardware keyboard works) and a large
 * on-screen digit pad. A wrong PIN says so; after too many, it says how long the pad is locked.
 * Nothing typed here is kept after the dialog closes.
 *
 * @example <PinPad locale="en" check={(pin) => guard(pin)} onUnlock={openPanel} onClose={close} />
 */
export function PinPad({ locale, check, onUnlock, onClose }: PinPadProps) {
  const [value, setValue] = useState("");
  const [message, setMessage] = useState("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);

  const submit = (event: Event) => {
    event.preventDefault();
    const result = check(value);
    setValue("");
    input.current?.focus();
    if (result.outcome === "ok") return onUnlock();
    setMessage(
      result.outcome === "locked"
        ? t(locale, "staff.locked", { seconds: Math.ceil(result.retryInMs / 1000) })
        : t(locale, "staff.wrongPin"),
    );
  };
  const press = (digit: string) => setValue((current) => (current + digit).slice(0, 12));

  return (
    <div class="lq-kiosk-overlay" onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <div class="lq-kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="lq-pin-title">
        <h2 id="lq-pin-title">{t(locale, "staff.title")}</h2>
        <form onSubmit={submit} autoComplete="off">
          <label class="lq-pin-label" for="lq-pin-input">{t(locale, "staff.pin")}</label>
          <input
            ref={input}
            id="lq-pin-input"
            class="lq-pin-input"
            type="password"
            inputMode="numeric"
            autoComplete="off"
            maxLength={12}
            value={value}
            aria-describedby="lq-pin-message"
            onInput={(event) => setValue(event.currentTarget.value.replace(/\D/g, "").slice(0, 12))}
          />
          <p id="lq-pin-message" class="lq-kiosk-message" role="alert">{message}</p>
          <div class="lq-pin-keys">
            {DIGITS.map((digit) => (
              <button key={digit} type="button" class="lq-kiosk-secondary" onClick={() => press(digit)}>{digit}</button>
            ))}
            <button type="button" class="lq-kiosk-secondary" aria-label={t(locale, "staff.deleteDigit")} onClick={() => setValue((v) => v.slice(0, -1))}>
              ⌫
            </button>
            <button type="button" class="lq-kiosk-secondary" onClick={() => press("0")}>0</button>
            <button type="submit" class="lq-kiosk-primary">{t(locale, "staff.unlock")}</button>
          </div>
          <div class="lq-kiosk-dialog-actions">
            <button type="button" class="lq-kiosk-secondary" onClick={onClose}>{t(locale, "close")}</button>
          </div>
        </form>
      </div>
    </div>
  );
}
