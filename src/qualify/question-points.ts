import { DIMENSIONS, type AnswerValue, type Question, type ScoreMap } from "../config/types";
import { toNumber } from "./answer-utils";

/**
 * The points one answer earns, before any clamping: single/select → the chosen option's score;
 * multi → the sum over the chosen options (each option once, however often it was sent);
 * number → the first range with `min <= value < max` (a missing bound is open). Other types,
 * unknown options and non-numeric numbers earn nothing. Only the five dimensions are kept.
 *
 * @example questionPoints(roleQuestion, "vp") // { authority: 25 }
 */
export function questionPoints(question: Question, value: AnswerValue | undefined): ScoreMap {
  const maps: ScoreMap[] = [];
  if (question.type === "single" || question.type === "select") {
    const option = (question.options ?? []).find((o) => typeof value === "string" && o.value === value);
    if (option?.score) maps.push(option.score);
  } else if (question.type === "multi" && Array.isArray(value)) {
    const chosen = new Set(value);
    for (const option of question.options ?? []) {
      if (chosen.has(option.value) && option.score) maps.push(option.score);
    }
  } else if (question.type === "number") {
    const n = toNumber(value);
    const range = n === null ? undefined : (question.ranges ?? []).find(
      (r) => (r.min === undefined || n >= r.min) && (r.max === undefined || n < r.max),
    );
    if (range?.score) maps.push(range.score);
  }
  return sumScoreMaps(maps);
}

/**
 * Adds score maps dimension by dimension, skipping unknown keys and non-finite points.
 *
 * @example sumScoreMaps([{ need: 5 }, { need: 10, fit: 2 }]) // { need: 15, fit: 2 }
 */
export function sumScoreMaps(maps: readonly ScoreMap[]): ScoreMap {
  const sum: ScoreMap = {};
  for (const map of maps) {
    for (const dimension of DIMENSIONS) {
      const points = map[dimension];
      if (typeof points === "number" && Number.isFinite(points)) sum[dimension] = (sum[dimension] ?? 0) + points;
    }
  }
  return sum;
}
