/**
 * Lays rows out as left-aligned columns separated by two spaces; the last column is not padded,
 * so long failure messages do not drag trailing blanks along.
 *
 * @example formatTable([["FORM", "RESULT"], ["a.json", "PASS"]]) // ["FORM    RESULT", "a.json  PASS"]
 */
export function formatTable(rows: readonly (readonly string[])[]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}
