import "./zod-setup";
import * as z from "zod/mini";
import { conditionSchema, QUESTION_ID_MESSAGE, QUESTION_ID_PATTERN } from "./condition-schema";
import { DIMENSIONS, QUESTION_TYPES } from "./types";

/** A plain string, or one string per locale: `{ "en": "Role", "de": "Rolle" }`. */
export const localizedTextSchema = z.union(
  [
    z.string(),
    z.record(z.string().check(z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "expected a locale like en or de-AT")), z.string()),
  ],
  { error: 'expected a string or one per locale, e.g. {"en": "...", "de": "..."}' },
);

const points = z.number().check(z.refine(Number.isFinite, "expected a finite number"));

/** Points per dimension. Strict, so a typo like `"autority"` is reported instead of scoring nothing. */
export const scoreMapSchema = z.strictObject({
  budget: z.optional(points),
  authority: z.optional(points),
  need: z.optional(points),
  timeframe: z.optional(points),
  fit: z.optional(points),
});
// Keep the hand-written keys above in step with DIMENSIONS (a new dimension must be added here).
const _dimensionsCovered: Record<(typeof DIMENSIONS)[number], unknown> = scoreMapSchema.shape;
void _dimensionsCovered;

export const optionSchema = z.strictObject({
  value: z.string().check(z.minLength(1, "must not be empty")),
  label: localizedTextSchema,
  score: z.optional(scoreMapSchema),
});

/** A numeric band: `min` inclusive, `max` exclusive; the first matching range scores. */
export const rangeSchema = z.strictObject({
  min: z.optional(points),
  max: z.optional(points),
  score: scoreMapSchema,
});

/**
 * One question. The shape is shared by every type; which fields make sense for which type
 * (options only on choices, ranges only on numbers...) is checked in `cross-check.ts`, where
 * the message can say why.
 *
 * @example questionSchema.parse({ id: "role", type: "single", label: "Your role", options: [{ value: "vp", label: "VP" }] })
 */
export const questionSchema = z.strictObject({
  id: z.string().check(z.regex(QUESTION_ID_PATTERN, QUESTION_ID_MESSAGE)),
  type: z.enum(QUESTION_TYPES, { error: `expected one of ${QUESTION_TYPES.join(", ")}` }),
  label: localizedTextSchema,
  help: z.optional(localizedTextSchema),
  placeholder: z.optional(localizedTextSchema),
  required: z.optional(z.boolean()),
  options: z.optional(z.array(optionSchema)),
  ranges: z.optional(z.array(rangeSchema)),
  showIf: z.optional(conditionSchema),
  remember: z.optional(z.boolean()),
  contact: z.optional(z.boolean()),
  min: z.optional(points),
  max: z.optional(points),
  maxLength: z.optional(z.int().check(z.positive("must be positive"))),
  reject: z.optional(z.array(z.enum(["free-email", "disposable-email"]))),
});
