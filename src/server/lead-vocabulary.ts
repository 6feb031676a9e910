import { UTM_KEYS } from "../config/attribution-vocabulary";
import type { Config } from "../config/types";
import { configQuestions } from "../qualify/config-questions";
import { leadSchema } from "../qualify/lead-schema";
import { PRODUCT_LINE_QUESTION_ID } from "../qualify/product-line-question";

/**
 * The keys a problem body may name: every field of the lead schema, and what the server's own
 * configs define (question ids, the product-line picker, utm keys, configured hidden params). Any
 * other key in a lead was typed by its sender, so issue paths write it as `*`.
 *
 * @example
 * leadVocabulary([config]).has("answers"); // true
 * leadVocabulary([config]).has("<img src=x>"); // false
 */
export function leadVocabulary(configs: Iterable<Config>): ReadonlySet<string> {
  const known = new Set<string>([...schemaKeys(leadSchema), PRODUCT_LINE_QUESTION_ID, ...UTM_KEYS]);
  for (const config of configs) {
    for (const question of configQuestions(config)) known.add(question.id);
    for (const param of config.hiddenFields.params) known.add(param);
  }
  return known;
}

interface SchemaLike {
  shape?: Record<string, unknown>;
  _zod?: { def?: { innerType?: unknown } };
}

/** Every object key of a zod schema, through optional/nullable wrappers. */
function schemaKeys(schema: unknown): string[] {
  let current = schema as SchemaLike | undefined;
  while (current?._zod?.def?.innerType) current = current._zod.def.innerType as SchemaLike;
  if (!current?.shape) return [];
  return Object.entries(current.shape).flatMap(([key, child]) => [key, ...schemaKeys(child)]);
}
