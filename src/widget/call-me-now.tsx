import { useEffect, useRef, useState } from "preact/hooks";
import type { AnswerValue, Config, Question } from "../config/types";
import { t } from "../i18n/t";
import { validateAnswer } from "../qualify/validate-answer";
import { errorMessage } from "./error-message";
import { TextField } from "./fields/text-field";
import { fieldIds } from "./fields/field-props";

export interface CallMeNowProps {
  config: Config;
  locale: string;
  /** The phone question the number is stored under (see `callMeNowOffer`). */
  question: Question;
  idBase: string;
  /** The visitor asked for a call: send the number (the update lead). */
  onSend(phone: string): void;
}

/**
 * The optional "call me now" box under a sales-ready outcome: its own small `<form>` named by its
 * heading, one labelled phone input validated like any answer (the error tied to the field, focus
 * on it), and a button. Once sent, a confirmation with the number replaces it and takes focus, so
 * a screen reader hears that the request went out.
 *
 * @example <CallMeNow config={config} locale="en" question={phone} idBase="lq1-call" onSend={send} />
 */
export function CallMeNow({ config, locale, question, idBase, onSend }: CallMeNowProps) {
  const [value, setValue] = useState<AnswerValue | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [focusCount, setFocusCount] = useState(0);
  const root = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusCount === 0) return;
    const target = sent !== null ? ".lq-call-sent" : `#${fieldIds(idBase).control}`;
    root.current?.querySelector<HTMLElement>(target)?.focus();
  }, [focusCount]);

  const submit = (event: Event) => {
    event.preventDefault();
    const required = { ...question, required: true };
    const problem = validateAnswer(required, value);
    if (problem !== null || typeof value !== "string") {
      setError(errorMessage(locale, problem ?? { code: "phone" }, required));
    } else {
      const phone = value.trim();
      onSend(phone);
      setSent(phone);
    }
    setFocusCount((count) => count + 1);
  };

  const titleId = `${idBase}-title`;
  return (
    <div class="lq-call" ref={root}>
      {sent !== null ? (
        <p class="lq-call-sent" tabIndex={-1}>{t(locale, "callMeNow.sent", { phone: sent })}</p>
      ) : (
        <form class="lq-call-form" noValidate aria-labelledby={titleId} onSubmit={submit}>
          <h3 id={titleId} class="lq-call-title">{t(locale, "callMeNow.title")}</h3>
          <TextField
            question={question}
            config={config}
            locale={locale}
            value={value}
            error={error}
            idBase={idBase}
            solo={false}
            kiosk={false}
            onValue={(next) => {
              setValue(next);
              setError(null);
            }}
          />
          <button type="submit" class="lq-button lq-button-secondary">{t(locale, "callMeNow.button")}</button>
        </form>
      )}
    </div>
  );
}
