import { ChoiceField } from "./choice-field";
import { ConsentField } from "./consent-field";
import type { FieldProps } from "./field-props";
import { SelectField } from "./select-field";
import { TextField } from "./text-field";

/**
 * The native control for a question's type (SPEC 10: radios and checkboxes in a named fieldset,
 * everything else one labelled input).
 *
 * @example <QuestionField question={q} value={answers[q.id]} ... />
 */
export function QuestionField(props: FieldProps) {
  switch (props.question.type) {
    case "single":
    case "multi":
      return <ChoiceField {...props} />;
    case "select":
      return <SelectField {...props} />;
    case "consent":
      return <ConsentField {...props} />;
    default:
      return <TextField {...props} />;
  }
}
