import { localize } from "../../config/localize";
import { inputAttributes } from "../input-attributes";
import { toAnswer, toInputValue } from "../input-value";
import { FieldNotes } from "./field-notes";
import { describedBy, fieldIds, type FieldProps } from "./field-props";

/**
 * text, textarea, email, phone, number and date: one native control with a `<label>`, the right
 * `type`, `inputMode` and `autocomplete` (see input-attributes.ts). The value is recorded on
 * every keystroke (so an error clears as soon as the visitor edits) and committed on change.
 *
 * @example <TextField question={{ id: "email", type: "email", label: "Work email" }} ... />
 */
export function TextField(props: FieldProps) {
  const { question, locale, value, error, idBase, solo, kiosk, onValue, onBlur } = props;
  const ids = fieldIds(idBase);
  const hasHelp = localize(question.help, locale) !== "";
  const shared = {
    id: ids.control,
    value: toInputValue(value),
    placeholder: localize(question.placeholder, locale) || undefined,
    required: question.required === true,
    maxLength: question.maxLength,
    "aria-invalid": error !== null ? ("true" as const) : undefined,
    "aria-describedby": describedBy(idBase, hasHelp, error !== null),
    onInput: (event: Event) => onValue(toAnswer(question, (event.currentTarget as HTMLInputElement).value), false),
    onChange: (event: Event) => onValue(toAnswer(question, (event.currentTarget as HTMLInputElement).value), true),
    onBlur,
  };
  const attrs = inputAttributes(question, kiosk);
  return (
    <div class="lq-question">
      <label id={ids.label} for={ids.control} class={solo ? "lq-label lq-visually-hidden" : "lq-label"}>
        {localize(question.label, locale)}
      </label>
      {question.type === "textarea" ? (
        <textarea {...shared} class="lq-textarea" rows={4} autoComplete={kiosk ? "off" : undefined} />
      ) : (
        <input
          {...shared}
          class="lq-input"
          // Preact 11 types `input` as a union keyed by the literal type; ours is chosen at run time.
          type={attrs.type as "text"}
          inputMode={attrs.inputMode}
          autoComplete={attrs.autoComplete}
          min={question.type === "number" ? question.min : undefined}
          max={question.type === "number" ? question.max : undefined}
        />
      )}
      <FieldNotes question={question} locale={locale} idBase={idBase} error={error} />
    </div>
  );
}
