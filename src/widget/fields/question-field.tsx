import type { ChoiceField } from "./choice-field";
import type { ConsentField } from "./consent-field";
import type { FieldProps } from "./field-props";
import type { SelectField } from "./select-field";
import { TextField } from "./text-field";

/**
 * The choice, select and consent controls: they come with the form kit (see parts/form-kit.ts). The
 * landing-page file renders the text-like fields itself: a first visit always starts with the contact
 * questions (an email or phone every config must have), and mount() loads the kit before the first
 * render when the first step has another type.
 */
export interface ChoiceFields {
  ChoiceField: typeof ChoiceField;
  SelectField: typeof SelectField;
  ConsentField: typeof ConsentField;
}

/** The types `TextField` renders: a first step of only these needs no form kit. */
export const TEXT_FIELD_TYPES: ReadonlySet<string> = new Set(["text", "textarea", "email", "phone", "number", "date"]);

/**
 * The native control for a question's type (SPEC 10: radios and checkboxes in a named fieldset,
 * everything else one labelled input).
 *
 * @example <QuestionField question={q} value={answers[q.id]} fields={kit} ... />
 */
export function QuestionField(props: FieldProps & { fields?: ChoiceFields | undefined }) {
  const { fields, ...field } = props;
  switch (field.question.type) {
    case "single":
    case "multi":
      return fields ? <fields.ChoiceField {...field} /> : null;
    case "select":
      return fields ? <fields.SelectField {...field} /> : null;
    case "consent":
      return fields ? <fields.ConsentField {...field} /> : null;
    default:
      return <TextField {...field} />;
  }
}
