import { PRODUCT_LINE_QUESTION_ID } from "../config/product-line-question-id";
import type { Config, Question } from "../config/types";

/** The id of the built-in product-line picker (one definition, in config/); its answer is the chosen line's key. */
export { PRODUCT_LINE_QUESTION_ID };

const LABEL = {
  en: "Which product are you interested in?",
  de: "Für welches Produkt interessieren Sie sich?",
  fr: "Quel produit vous intéresse ?",
  es: "¿Qué producto le interesa?",
};

/**
 * The built-in single-choice question that lets the visitor pick a product line: one option per
 * product line (key as value, its label as label), in config order, required.
 *
 * @example productLineQuestion(config).options?.map((o) => o.value) // ["analytics", "crm"]
 */
export function productLineQuestion(config: Config): Question {
  return {
    id: PRODUCT_LINE_QUESTION_ID,
    type: "single",
    label: LABEL,
    required: true,
    options: Object.entries(config.productLines ?? {}).map(([value, line]) => ({ value, label: line.label })),
  };
}
