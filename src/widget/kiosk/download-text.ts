/**
 * Saves text as a file through the browser's download: a Blob, an object URL and a click on a
 * temporary `<a download>` (no server round trip, so it works offline). The object URL is
 * revoked after the click has been handled. A UTF-8 byte order mark is prepended for CSV so
 * spreadsheet apps read accented names correctly.
 *
 * @example downloadText(document, leadsToCsv(rows), "lead-qualifier-acme-2026-11-23.csv", "text/csv")
 */
export function downloadText(doc: Document, text: string, fileName: string, type = "text/csv"): void {
  const view = doc.defaultView ?? globalThis;
  const blob = new view.Blob([type === "text/csv" ? "\uFEFF" + text : text], { type: `${type};charset=utf-8` });
  const url = view.URL.createObjectURL(blob);
  const link = doc.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  view.setTimeout(() => view.URL.revokeObjectURL(url), 1000);
}
