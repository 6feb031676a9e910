/**
 * Reads RFC 4180 CSV text (quoted cells with doubled quotes, CRLF or LF line ends, a UTF-8 BOM) into
 * rows of cells. Small on purpose: it reads what the kiosk's `leadsToCsv` writes (and what a
 * spreadsheet saves back), and a property test round-trips the two.
 *
 * @example parseCsv('a,b\r\n"x, y",2\r\n') // [["a", "b"], ["x, y", "2"]]
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRow = () => {
    row.push(cell);
    rows.push(row);
    row = [];
    cell = "";
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i += 1;
      } else {
        cell += ch;
        i += 1;
      }
    } else if (ch === '"' && cell === "") {
      quoted = true;
      i += 1;
    } else if (ch === ",") {
      row.push(cell);
      cell = "";
      i += 1;
    } else if (ch === "\n" || (ch === "\r" && text[i + 1] === "\n")) {
      endRow();
      i += ch === "\r" ? 2 : 1;
    } else {
      cell += ch;
      i += 1;
    }
  }
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}
