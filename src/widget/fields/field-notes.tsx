import { localize } from "../../config/localize";
import type { Question } from "../../config/types";
import { fieldIds } from "./field-props";

/**
 * The help line and the error message under a field. The error element only exists while there
 * is an error, so `aria-describedby` never points at an empty node.
 *
 * @example <FieldNotes question={q} locale="en" idBase="lq1-email" error="Please enter…" />
 */
export function FieldNotes(props: { question: Question; locale: string; idBase: string; error: string | null }) {
  const ids = fieldIds(props.idBase);
  const help = localize(props.question.help, props.locale);
  return (
    <>
      {help !== "" && <p id={ids.help} class="lq-help">{help}</p>}
      {props.error !== null && <p id={ids.error} class="lq-error">{props.error}</p>}
    </>
  );
}
