// Prints the raw and gzip size of the script-tag build; with --check (CI), fails above the budget.
//
// The budget is a regression ceiling set from a measurement, not the 25 KB target of issue 3: the
// libraries alone (zod/mini, preact, signals) are ~16.7 KB gzip, and one self-contained file holding
// inline + popup + kiosk modes, full config validation, the BANT preset and four locales measured
// 54-57 KB. `npm run size:breakdown` shows where every byte goes; lower this number as it shrinks.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 60 * 1024;
const file = new URL("../dist/lead-qualifier.js", import.meta.url);
const raw = await readFile(file).catch(() => {
  console.error("dist/lead-qualifier.js is missing: run `npm run build` first");
  process.exit(1);
});
const gzip = gzipSync(raw, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log(`dist/lead-qualifier.js  raw ${kb(raw.length)} (${raw.length} B)  gzip ${kb(gzip)} (${gzip} B)  budget ${kb(BUDGET_GZIP_BYTES)} gzip`);
if (process.argv.includes("--check") && gzip > BUDGET_GZIP_BYTES) {
  console.error(`size budget exceeded: ${gzip} B gzip > ${BUDGET_GZIP_BYTES} B`);
  process.exit(1);
}
