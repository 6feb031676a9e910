// Prints the raw and gzip size of the script-tag build; with --check, fails above the budget.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

const BUDGET_GZIP_BYTES = 25 * 1024;
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
