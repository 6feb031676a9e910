import { localize } from "../../config/localize";
import type { Question } from "../../config/types";
import { fieldIds } from "./field-props";

/**
 * The help line and the error message of a field. The error element only exists while there
 * is an error, so `aria-describedby` never points at an empty node. `only` renders one of the two,
 * for fields that place them apart (a choice group's help reads before its options).
 *
 * @example <FieldNotes question={q} locale="en" idBase="lq1-email" error="Please enter…" />
 */
export function FieldNotes(props: { question: Question; locale: string; idBase: string; error: string | null; only?: "help" | "error" }) {
  const ids = fieldIds(props.idBase);
  const help = props.only === "error" ? "" : localize(props.question.help, props.locale);
  return (
    <>
      {help !== "" && <p id={ids.help} class="lq-help">{help}</p>}
      {props.error !== null && props.only !== "help" && <p id={ids.error} class="lq-error">{props.error}</p>}
    </>
  );
}
