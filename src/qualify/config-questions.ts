import type { Config, Question } from "../config/types";
import { builtInPhoneQuestion } from "./call-me-now-question";
import { fixedProductLine } from "./fixed-product-line";
import { productLineQuestion } from "./product-line-question";

/**
 * Every question a config can ask, whatever the answers: the core questions, the product-line
 * picker when the visitor has to choose, every product line's questions, and the built-in
 * call-me-now phone question when the config has no phone question of its own. Used to decide
 * what may be remembered and which answers belong to this form.
 *
 * @example configQuestions(config).map((q) => q.id) // ["email", "role", …, "productLine", "seats"]
 */
export function configQuestions(config: Config): Question[] {
  const lines = Object.values(config.productLines);
  const picker = lines.length > 0 && fixedProductLine(config) === undefined ? [productLineQuestion(config)] : [];
  const phone = builtInPhoneQuestion(config);
  const builtIn = phone ? [phone] : [];
  return [...config.questions, ...picker, ...lines.flatMap((line) => line.questions), ...builtIn];
}
