import "./zod-setup";
import * as z from "zod/mini";
import { DIMENSIONS } from "./types";

/** Question ids: a letter, then letters, digits, `_` or `-` (safe in URLs, CSS and `lq_<id>` params). */
export const QUESTION_ID_PATTERN = /^[A-Za-z][A-Za-z0-9_-]*$/;
export const QUESTION_ID_MESSAGE = "must start with a letter and use only letters, digits, _ or -";

const questionRef = z.string().check(z.regex(QUESTION_ID_PATTERN, QUESTION_ID_MESSAGE));
const comparable = z.number().check(z.refine(Number.isFinite, "expected a finite number"));
const comparison = {
  gte: z.optional(comparable),
  gt: z.optional(comparable),
  lte: z.optional(comparable),
  lt: z.optional(comparable),
};

function hasComparison(value: { gte?: number; gt?: number; lte?: number; lt?: number }): boolean {
  return value.gte !== undefined || value.gt !== undefined || value.lte !== undefined || value.lt !== undefined;
}

// Each branch forbids the other branches' keys (`never`), so a condition with the wrong mix
// fails every branch "hard" and the error reported is the branch that fits best, instead of
// zod picking the one branch whose only failures were soft (an unknown key, a refinement).
const no = z.optional(z.never("not allowed here"));
const noComparison = { gte: no, gt: no, lte: no, lt: no };

const answerIn = z.strictObject({
  answer: questionRef,
  in: z.array(z.union([z.string(), z.number(), z.boolean()])).check(z.minLength(1, "must list at least one value")),
  is: no,
  ...noComparison,
});

const answerCompare = z
  .strictObject({ answer: questionRef, ...comparison, in: no, is: no })
  .check(z.refine(hasComparison, "needs in, is, or one of gte, gt, lte, lt"));

const answerIs = z.strictObject({
  answer: questionRef,
  is: z.enum(["free-email", "disposable-email", "answered"], { error: "expected one of free-email, disposable-email, answered" }),
  in: no,
  ...noComparison,
});

const scoreCompare = z
  .strictObject({ score: z.enum(["total", ...DIMENSIONS], { error: `expected one of total, ${DIMENSIONS.join(", ")}` }), ...comparison, answer: no, in: no, is: no })
  .check(z.refine(hasComparison, "needs one of gte, gt, lte, lt"));

const CONDITION_MESSAGE =
  "expected a condition: {answer, in}, {answer, gte|gt|lte|lt}, {answer, is}, {score, gte|gt|lte|lt}, {all}, {any} or {not}";

/**
 * The one condition language of `showIf` and scoring rules (SPEC 3). Recursive through getters,
 * which is how zod v4 wants recursion declared (no `z.lazy`, and the JSON Schema gets a `$ref`).
 *
 * @example conditionSchema.parse({ all: [{ answer: "timeframe", in: ["now"] }, { score: "total", gte: 50 }] })
 */
export const conditionSchema = z.union(
  [
    answerIn,
    answerCompare,
    answerIs,
    scoreCompare,
    z.strictObject({
      get all() {
        return z.array(conditionSchema).check(z.minLength(1, "must list at least one condition"));
      },
    }),
    z.strictObject({
      get any() {
        return z.array(conditionSchema).check(z.minLength(1, "must list at least one condition"));
      },
    }),
    z.strictObject({
      get not() {
        return conditionSchema;
      },
    }),
  ],
  { error: CONDITION_MESSAGE },
);
