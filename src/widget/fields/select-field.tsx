import { localize } from "../../config/localize";
import { t } from "../../i18n/t";
import { FieldNotes } from "./field-notes";
import { describedBy, fieldIds, type FieldProps } from "./field-props";

/**
 * `select`: a native `<select>` with a `<label>`, starting on an empty "Choose…" entry so no
 * option is preselected by accident (a silent default would skew the score).
 *
 * @example <SelectField question={countryQuestion} value="de" ... />
 */
export function SelectField(props: FieldProps) {
  const { question, locale, value, error, idBase, solo, onValue } = props;
  const ids = fieldIds(idBase);
  const hasHelp = localize(question.help, locale) !== "";
  return (
    <div class="lq-question">
      <label id={ids.label} for={ids.control} class={solo ? "lq-label lq-visually-hidden" : "lq-label"}>
        {localize(question.label, locale)}
      </label>
      <select
        id={ids.control}
        class="lq-select"
        value={typeof value === "string" ? value : ""}
        required={question.required === true}
        aria-invalid={error !== null ? "true" : undefined}
        aria-describedby={describedBy(idBase, hasHelp, error !== null)}
        onChange={(event) => onValue(event.currentTarget.value || undefined, true)}
      >
        <option value="">{localize(question.placeholder, locale) || t(locale, "choose")}</option>
        {(question.options ?? []).map((option) => (
          <option key={option.value} value={option.value}>
            {localize(option.label, locale)}
          </option>
        ))}
      </select>
      <FieldNotes question={question} locale={locale} idBase={idBase} error={error} />
    </div>
  );
}
