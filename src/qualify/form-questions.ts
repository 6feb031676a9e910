import type { Config, Question } from "../config/types";

/**
 * The questions the config itself writes: the core ones, then every product line's, whatever the answers
 * (no product-line picker, no built-in call-me-now phone question: see `configQuestions` for those).
 *
 * @example formQuestions(config).map((q) => q.id) // ["email", "role", …, "warehouse", "seats"]
 */
export function formQuestions(config: Config): Question[] {
  return [...(config.questions ?? []), ...Object.values(config.productLines ?? {}).flatMap((line) => line.questions)];
}
