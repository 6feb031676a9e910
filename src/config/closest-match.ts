import { editDistance } from "./edit-distance";

/**
 * The candidate a mistyped value most likely meant, for "did you mean …?" hints: the nearest by
 * edit distance, case-insensitive, within 1 edit for short values and 2 from five characters on
 * (or "x" would be "did you mean id?"). `undefined` when nothing is that close; ties go to the
 * earlier candidate.
 *
 * @example closestMatch("no-plan", ["now", "next-quarter", "no-plans"]) // "no-plans"
 */
export function closestMatch(value: string, candidates: readonly string[]): string | undefined {
  const slack = value.length >= 5 ? 2 : 1;
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === value) continue;
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance <= slack && (best === undefined || distance < best.distance)) best = { candidate, distance };
  }
  return best?.candidate;
}

/** `" (did you mean x?)"` for the closest candidate, or `""`. */
export function didYouMean(value: string, candidates: readonly string[]): string {
  const close = closestMatch(value, candidates);
  return close === undefined ? "" : ` (did you mean ${close}?)`;
}
