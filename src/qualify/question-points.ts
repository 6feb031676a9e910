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
  // Added up in place (no list of maps, no closures): the server scores every question of every lead.
  const sum: ScoreMap = {};
  if (question.type === "single" || question.type === "select") {
    if (typeof value !== "string") return sum;
    for (const option of question.options ?? []) {
      if (option.value === value) {
        if (option.score) addPoints(sum, option.score);
        break;
      }
    }
  } else if (question.type === "multi" && Array.isArray(value)) {
    const chosen = new Set(value);
    for (const option of question.options ?? []) {
      if (chosen.has(option.value) && option.score) addPoints(sum, option.score);
    }
  } else if (question.type === "number") {
    const n = toNumber(value);
    if (n === null) return sum;
    for (const range of question.ranges ?? []) {
      if ((range.min === undefined || n >= range.min) && (range.max === undefined || n < range.max)) {
        if (range.score) addPoints(sum, range.score);
        break;
      }
    }
  }
  return sum;
}

/**
 * Adds score maps dimension by dimension, skipping unknown keys and non-finite points.
 *
 * @example sumScoreMaps([{ need: 5 }, { need: 10, fit: 2 }]) // { need: 15, fit: 2 }
 */
export function sumScoreMaps(maps: readonly ScoreMap[]): ScoreMap {
  const sum: ScoreMap = {};
  for (const map of maps) addPoints(sum, map);
  return sum;
}

/**
 * Adds one map's points into `sum` (the five dimensions only, finite points only).
 *
 * @example addPoints(sum, { need: 5 }) // sum.need grew by 5
 */
export function addPoints(sum: ScoreMap, map: ScoreMap): void {
  // One statement per dimension, in DIMENSIONS order (so keys appear in the same order as a loop would
  // add them): reads and writes through a variable key were the slowest part of scoring a lead.
  if (isPoints(map.budget)) sum.budget = (sum.budget ?? 0) + map.budget;
  if (isPoints(map.authority)) sum.authority = (sum.authority ?? 0) + map.authority;
  if (isPoints(map.need)) sum.need = (sum.need ?? 0) + map.need;
  if (isPoints(map.timeframe)) sum.timeframe = (sum.timeframe ?? 0) + map.timeframe;
  if (isPoints(map.fit)) sum.fit = (sum.fit ?? 0) + map.fit;
}

// Fails to compile when a dimension is added, renamed or moved: addPoints must then change with it.
const WRITTEN_OUT: readonly ["budget", "authority", "need", "timeframe", "fit"] = DIMENSIONS;
void WRITTEN_OUT;

const isPoints = (points: unknown): points is number => typeof points === "number" && Number.isFinite(points);
