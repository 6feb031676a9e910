// The bench's arithmetic, pure: quantiles of a sample and ratios of paired samples. Timings on a shared
// machine are noisy (one page load can take 3x another), so the bench reports a median with its spread,
// and compares two pages round by round (paired) as well as by their medians.

/** The q-quantile (0..1) of numbers, interpolating between the two nearest ranks. */
export function quantile(values, q) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** `{ n, median, q1, q3, min, max }` of a sample. */
export function summarize(values) {
  return {
    n: values.length,
    median: quantile(values, 0.5),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
    min: Math.min(...values),
    max: Math.max(...values),
  };
}

/** Round by round, `a[i] / b[i]` (both measured in the same round, so they saw the same machine). */
export function pairedRatios(a, b) {
  if (a.length !== b.length) throw new Error("pairedRatios: samples of different lengths");
  return a.map((value, i) => value / b[i]);
}

/** The order of the pages in round `round`: rotated by one each round, so each page goes first in turn. */
export function roundOrder(names, round) {
  const shift = round % names.length;
  return [...names.slice(shift), ...names.slice(0, shift)];
}
