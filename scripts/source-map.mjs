// Reads a source map's `mappings` (Base64 VLQ): for each generated line, its segments as
// `{ column, source }` (source: the index into `sources`, -1 for generated glue). Shared by
// size-breakdown.mjs (bytes per source file) and bench/profile.mjs (CPU time per source file).
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decode(segment) {
  const values = [];
  let value = 0, shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else { values.push(value & 1 ? -(value >> 1) : value >> 1); value = 0; shift = 0; }
  }
  return values;
}

/** `lines[i]` = the segments of generated line i, in column order. */
export function decodeMappings(mappings) {
  let source = 0;
  return mappings.split(";").map((lineMappings) => {
    let column = 0;
    return lineMappings.split(",").filter(Boolean).map((segment) => {
      const values = decode(segment);
      column += values[0];
      if (values.length > 1) source += values[1];
      return { column, source: values.length > 1 ? source : -1 };
    });
  });
}

/** The source index of generated (line, column), both 0-based: the last segment at or before it. */
export function sourceAt(lines, line, column) {
  const segments = lines[line] ?? [];
  let found = -1;
  for (const segment of segments) {
    if (segment.column > column) break;
    found = segment.source;
  }
  return found;
}
