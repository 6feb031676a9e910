// `npm run bench` (browser half): first input visible and JS heap in headless Chromium at 4x CPU throttling
// (a mid-range phone), the built landing page against a floor, in one interleaved run. Never fails on a
// number; it prints them. Needs `npm run build` first. `--rounds N` (default 15) after one warm-up round;
// `--baseline DIR` adds the page `baseline`: the same snippet served from another build's dist/ (e.g. of
// main: `git worktree add /tmp/lq-main main && (cd /tmp/lq-main && npm ci && npm run build)`), to measure a
// change before and after in the same run. Its compiled config must be of the same version.
//
// The pages (scripts/bench/bench-pages.mjs), each with the six questions of test/browser/pages/widget-form.json:
//   floor           issue 10's floor: Preact + signals + zod/mini, a minimal step-by-step form whose Next
//                   validates the answer with a zod/mini schema (scripts/bench/floor-form.tsx). One classic
//                   script; the form JSON is compiled into it (no config request), no shadow root, no
//                   stylesheet, no storage. Its gzip size is printed: compare it with the landing path.
//   floor-async     the same floor file behind `<script async>`, as SPEC 2's snippet loads the widget (Chromium
//                   fetches an async script at low priority and runs it when the parser lets it): a reference
//                   for what the snippet's tag costs; the targets are measured against the floor above.
//   lead-qualifier  the snippet as a marketer pastes it: dist/lead-qualifier.js (async) with `data-config`
//                   pointing at the same form compiled by `lead-qualifier build`. The loader fetches the
//                   landing-page file and the config in parallel; the form kit follows the first paint.
//   surveyjs        when bench/node_modules has survey-core and survey-js-ui (not a dependency of this
//                   project: `mkdir -p bench && cd bench && npm i survey-core survey-js-ui`).
//   blank           no script at all: the heap every page starts from (a reference, not compared).
// What differs, exactly. Requests before the first input: the floor's page fetches one script, found by the
// HTML preload scanner at high priority; the widget's page fetches the loader (async, so low priority, run
// when the parser lets it, often after the page's first paint), which then fetches the landing-page file
// (a modulepreload with its integrity hash) and the config in parallel: a second round trip the one-snippet
// contract forces. Work: the widget renders into a shadow root with its stylesheet (SPEC 2, 9), checks the
// compiled config's SHA-256, and shows progress and a honeypot; the floor does none of that. Same: the
// questions, the config data in reach, no storage read before the first input, everything from 127.0.0.1
// with no network throttling (so round trips, not bandwidth).
//
// Measured per page load, in a fresh browser context:
//   first input     ms from navigation start until the first question's input is in the DOM and visible
//                   (a MutationObserver in an init script, see `probe`);
//   heap            performance.memory.usedJSHeapSize at that moment, as issue 10's table measured it (it
//                   holds whatever garbage the page made so far, so it depends on when V8 last collected);
//   after GC        the same right after a full garbage collection in that same task (`gc()`), before any
//                   later code runs: what the page really holds at its first input;
//   loaded          the same after a garbage collection once the page has loaded and fetched nothing for a
//                   second (for the widget: the form kit too, which follows the first paint).
// Rounds are interleaved and the order rotates each round (each page goes first in turn). Reported: the
// median with the interquartile range and min–max, and the widget/floor ratio both of the medians and
// per round (paired: both loads of a round saw the same machine), its median and IQR.
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { launchBenchBrowser, probe, REPORT, serveBenchPages } from "./bench/bench-pages.mjs";
import { pairedRatios, roundOrder, summarize } from "./bench/stats.mjs";

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const ROUNDS = Number(option("--rounds") ?? 15);
const baseline = option("--baseline");
const CPU_SLOWDOWN = 4;
const TARGET_RATIO = 1.25;
const TARGET_HEAP = 1.8 * 1024 * 1024;

const bench = await serveBenchPages(baseline ? { baseline: pathToFileURL(resolve(baseline) + "/") } : {});
const browser = await launchBenchBrowser();
const names = bench.names;
const results = Object.fromEntries(["blank", ...names].map((name) => [name, { ms: [], heap: [], gc: [], loaded: [], requests: [] }]));

/** One load of one page in a fresh context: what its probe reports. */
async function measure(name) {
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await page.addInitScript(probe);
    const report = new Promise((resolve) =>
      page.on("console", (message) => message.text().startsWith(REPORT) && resolve(JSON.parse(message.text().slice(REPORT.length)))),
    );
    await page.goto(`${bench.origin}/page/${name}`);
    let timer;
    const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`bench: ${name} never reported`)), 60_000)));
    const figures = await Promise.race([report, timeout]).finally(() => clearTimeout(timer));
    return { ms: figures.ms, heap: figures.heap, gc: figures.gcHeap, loaded: figures.loaded, requests: figures.requests };
  } finally {
    await context.close();
  }
}

try {
  for (let round = 0; round <= ROUNDS; round++) {
    const line = [];
    for (const name of ["blank", ...roundOrder(names, round)]) {
      const figures = await measure(name);
      if (round === 0) continue; // warm-up: the browser's first loads compile and cache more than later ones
      for (const [key, value] of Object.entries(figures)) results[name][key].push(value);
      if (figures.ms !== undefined) line.push(`${name} ${figures.ms.toFixed(0)} ms`);
    }
    console.log(round === 0 ? "warm-up round done" : `round ${round}: ${line.join(", ")}`);
  }
} finally {
  await browser.close();
  await bench.close();
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)}`;
const spread = (s, format) => `${format(s.median)} (IQR ${format(s.q1)}–${format(s.q3)}, ${format(s.min)}–${format(s.max)})`;
const ms = (value) => value.toFixed(0);
const ratio = (value) => value.toFixed(2);

console.log(`\nfloor: Preact + signals + zod/mini, ${kb(bench.floorGzipBytes)} gzip in one script (the form JSON compiled in)`);
console.log(`first input visible, ms, ${CPU_SLOWDOWN}x CPU throttling, ${ROUNDS} interleaved rounds (after a warm-up), median (IQR, min–max):`);
for (const name of names) console.log(`  ${name.padEnd(15)} ${spread(summarize(results[name].ms), ms)}`);
const floor = summarize(results.floor.ms);
for (const name of names.filter((name) => name !== "floor")) {
  const paired = summarize(pairedRatios(results[name].ms, results.floor.ms));
  console.log(`  ${name} / floor: ${ratio(summarize(results[name].ms).median / floor.median)}x of the medians; per round ${spread(paired, ratio)}x`);
}
if (baseline) {
  const paired = summarize(pairedRatios(results["lead-qualifier"].ms, results.baseline.ms));
  console.log(`  lead-qualifier / baseline (${baseline}): per round ${spread(paired, ratio)}x`);
}

console.log(`\nJS heap, MB (performance.memory.usedJSHeapSize), median (IQR, min–max):`);
console.log(`  ${"page".padEnd(15)} ${"at first input".padEnd(28)} ${"at first input, after GC".padEnd(28)} loaded, after GC`);
for (const name of ["blank", ...names]) {
  const cells = ["heap", "gc", "loaded"].map((key) => spread(summarize(results[name][key]), mb).padEnd(28));
  console.log(`  ${name.padEnd(15)} ${cells.join(" ")}`);
}
console.log("  (blank: at load; loaded: at network idle, for the widget with the form kit)");

console.log("\nfetched before the first input (last round): ");
for (const name of names) {
  const requests = results[name].requests.at(-1) ?? [];
  console.log(`  ${name.padEnd(15)} the page, ${requests.map((r) => `${r.name} (${kb(r.bytes)}, ${ms(r.start)}–${ms(r.end)} ms)`).join(", ")}`);
}

const widget = summarize(results["lead-qualifier"].ms);
const widgetRatio = summarize(pairedRatios(results["lead-qualifier"].ms, results.floor.ms));
const heap = summarize(results["lead-qualifier"].heap).median;
const heapGc = summarize(results["lead-qualifier"].gc).median;
const loaded = summarize(results["lead-qualifier"].loaded).median;
const verdict = (ok) => (ok ? "met" : "not met");
console.log(`\ntargets (issue 10):`);
console.log(`  first input within ${TARGET_RATIO}x of the floor: ${ratio(widget.median / floor.median)}x of the medians, ` +
  `${ratio(widgetRatio.median)}x per round (median): ${verdict(widgetRatio.median <= TARGET_RATIO)}`);
console.log(`  JS heap <= ${mb(TARGET_HEAP)} MB: ${mb(heap)} MB at the first input (${verdict(heap <= TARGET_HEAP)}), ` +
  `${mb(heapGc)} MB after GC (${verdict(heapGc <= TARGET_HEAP)}), ${mb(loaded)} MB loaded with the form kit (${verdict(loaded <= TARGET_HEAP)})`);
