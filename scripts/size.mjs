// Prints every script-tag file's size (raw, gzip -9, brotli -11) and what each kind of page loads; with
// --check (CI), fails when the landing-page path is over its budget.
//
// The landing-page path is what a page with an English, compiled config (`lead-qualifier build`) fetches
// before its first question shows: the loader (dist/lead-qualifier.js) and the landing-page file with
// what it imports (the "main" part). Issue 10 set the budget at 25 KB gzip (stretch: 20 KB); the one-file
// build it replaced was 65.6 KB. Everything else is loaded when used and printed here too, so a part that
// grows is seen: the form kit after the first paint, a language, the validator for a hand-written config,
// the kiosk. `npm run size:breakdown` shows where a file's bytes go.
import { readFile } from "node:fs/promises";
import { brotli, gzip, LOADERS } from "./script-files.mjs";

const BUDGET_GZIP_BYTES = 25 * 1024;
const dist = new URL("../dist/", import.meta.url);
const list = await readFile(new URL("lead-qualifier.files.json", dist), "utf8").catch(() => {
  console.error("dist/lead-qualifier.files.json is missing: run `npm run build` first");
  process.exit(1);
});
const { files } = JSON.parse(list);

const sizes = new Map();
for (const { path, parts } of files) {
  const bytes = await readFile(new URL(path, dist));
  sizes.set(path, { parts, raw: bytes.length, gzip: gzip(bytes).length, brotli: brotli(bytes).length });
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const row = (name, { raw, gzip, brotli }) =>
  `${name.padEnd(50)} ${kb(raw).padStart(9)} ${kb(gzip).padStart(9)} ${kb(brotli).padStart(9)}`;
const sum = (paths) =>
  paths.reduce((total, path) => {
    const size = sizes.get(path);
    return { raw: total.raw + size.raw, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli };
  }, { raw: 0, gzip: 0, brotli: 0 });
const partFiles = (...names) => [...sizes].filter(([, { parts }]) => parts.some((part) => names.includes(part))).map(([path]) => path);

console.log(`${"file".padEnd(50)} ${"raw".padStart(9)} ${"gzip".padStart(9)} ${"brotli".padStart(9)}  part`);
for (const [path, size] of sizes) console.log(`${row(`dist/${path}`, size)}  ${size.parts.join(", ")}`);

const [loader, kioskLoader] = LOADERS;
const pages = [
  ["landing page, first question (English, compiled)", [loader, ...partFiles("main")]],
  ["  + after the first paint (form kit)", [loader, ...partFiles("main", "form-kit")]],
  ["German page, first question (compiled)", [loader, ...partFiles("main", "locale-de")]],
  ["hand-written config, first question", [loader, ...partFiles("main", "diagnostics")]],
  ["kiosk booth (lead-qualifier-kiosk.js)", [kioskLoader, ...partFiles("main", "kiosk", "form-kit")]],
];
console.log("\nwhat a page loads, in all");
for (const [name, paths] of pages) console.log(row(name, sum([...new Set(paths)])));

const landing = sum([loader, ...partFiles("main")]);
console.log(`\nlanding-page path: ${kb(landing.gzip)} (${landing.gzip} B) gzip, budget ${kb(BUDGET_GZIP_BYTES)}; brotli ${kb(landing.brotli)}`);
if (process.argv.includes("--check") && landing.gzip > BUDGET_GZIP_BYTES) {
  console.error(`size budget exceeded: the landing-page path is ${landing.gzip} B gzip > ${BUDGET_GZIP_BYTES} B`);
  process.exit(1);
}
