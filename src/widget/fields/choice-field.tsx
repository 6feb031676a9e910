import { localize } from "../../config/localize";
import { FieldNotes } from "./field-notes";
import { describedBy, fieldIds, type FieldProps } from "./field-props";

/**
 * `single` (radios) and `multi` (checkboxes): native inputs in a `fieldset` whose `legend` is
 * the question label, so the group is named by it (SPEC 10). When the step heading already shows
 * the label, the legend is visually hidden rather than removed: the group still needs its name.
 *
 * Auto-advance must not fire on arrow keys: they move between radios AND change the value, so a
 * keyboard user would be whisked to the next step while just looking at the options. Only a
 * pointer click (`detail > 0`; keyboard-synthesized clicks have detail 0) or Enter/Space counts
 * as a deliberate pick.
 *
 * @example <ChoiceField question={roleQuestion} value="vp" ... />
 */
export function ChoiceField(props: FieldProps) {
  const { question, locale, value, error, idBase, solo, onValue, onPick } = props;
  const multi = question.type === "multi";
  const ids = fieldIds(idBase);
  const hasHelp = localize(question.help, locale) !== "";
  const described = describedBy(idBase, hasHelp, error !== null);
  const selected = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];

  const toggle = (input: HTMLInputElement, optionValue: string) => {
    if (!multi) return onValue(optionValue, true);
    // Read the group's checked boxes from the DOM, not from `selected`: two quick toggles can both land
    // before the re-render, and the second would otherwise start from the stale list and drop the first.
    const group = input.closest("fieldset");
    const boxes = group ? Array.from(group.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) : [input];
    const checked = new Set(boxes.filter((box) => box.checked).map((box) => box.value));
    const ordered = (question.options ?? []).map((o) => o.value).filter((v) => checked.has(v));
    onValue(ordered.length > 0 ? ordered : undefined, true);
  };

  const onKeyDown = (event: KeyboardEvent, optionValue: string) => {
    if (multi || !onPick || (event.key !== "Enter" && event.key !== " ")) return;
    event.preventDefault();
    onValue(optionValue, true);
    onPick(optionValue);
  };

  return (
    <fieldset
      class="lq-question lq-fieldset"
      aria-invalid={error !== null ? "true" : undefined}
      aria-describedby={described}
    >
      <legend id={ids.label} class={solo ? "lq-legend lq-visually-hidden" : "lq-legend"}>
        {localize(question.label, locale)}
      </legend>
      <FieldNotes question={question} locale={locale} idBase={idBase} error={error} only="help" />
      <div class={multi ? "lq-choices is-multi" : "lq-choices"}>
        {(question.options ?? []).map((option, index) => {
          const optionId = `${ids.control}-${index}`;
          return (
            <label key={option.value} class={selected.includes(option.value) ? "lq-choice is-selected" : "lq-choice"} for={optionId}>
              <input
                id={optionId}
                type={multi ? "checkbox" : "radio"}
                name={idBase}
                value={option.value}
                checked={selected.includes(option.value)}
                required={!multi && question.required === true}
                aria-invalid={error !== null ? "true" : undefined}
                aria-describedby={described}
                onChange={(event) => toggle(event.currentTarget, option.value)}
                onClick={(event) => {
                  // The change event (after this click) records the value; this only flags intent.
                  if (!multi && onPick && event.detail > 0) onPick(option.value);
                }}
                onKeyDown={(event) => onKeyDown(event, option.value)}
              />
              <span>{localize(option.label, locale)}</span>
            </label>
          );
        })}
      </div>
      <FieldNotes question={question} locale={locale} idBase={idBase} error={error} only="error" />
    </fieldset>
  );
}
