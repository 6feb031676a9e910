// Where a bench page's time goes until its first input shows: `node scripts/bench/profile.mjs [page] [--runs N]
// [--throttle N]` (page: lead-qualifier (default), floor, floor-async, surveyjs). Loads the page N times (default 5)
// at the bench's 4x CPU throttling (or N; 1: none) with a Chromium trace, and prints for the median run, from
// navigation start to the first input:
// the requests (when each started and ended), and the renderer main thread's busy time by kind of work
// (script compile and evaluation, module loading, style recalculation, layout, garbage collection, …), each
// with its self time and the first time it happened. A developer's tool: it prints, never fails.
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { buildModules } from "../build-modules.mjs";
import { decodeMappings, sourceAt } from "../source-map.mjs";
import { launchBenchBrowser, probe, REPORT, serveBenchPages } from "./bench-pages.mjs";

const args = process.argv.slice(2);
const name = args.find((arg) => !arg.startsWith("--") && !/^\d+$/.test(arg)) ?? "lead-qualifier";
const option = (flag, fallback) => (args.includes(flag) ? Number(args[args.indexOf(flag) + 1]) : fallback);
const RUNS = option("--runs", 5);
const THROTTLE = option("--throttle", 4);
const CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8", "v8.execute", "blink", "loading", "toplevel", "blink.user_timing"];

const bench = await serveBenchPages();
const browser = await launchBenchBrowser();
const runs = [];
try {
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: THROTTLE });
    await page.addInitScript(probe);
    const report = new Promise((resolve) =>
      page.on("console", (message) => message.text().startsWith(REPORT) && resolve(JSON.parse(message.text().slice(REPORT.length)))),
    );
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    await cdp.send("Profiler.start");
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(`${bench.origin}/page/${name}`);
    const figures = await report;
    const trace = JSON.parse((await browser.stopTracing()).toString("utf8"));
    const { profile } = await cdp.send("Profiler.stop");
    await context.close();
    if (run > 0) runs.push({ figures, trace, profile }); // the first is a warm-up
  }
} finally {
  await browser.close();
  await bench.close();
}

runs.sort((a, b) => a.figures.ms - b.figures.ms);
const { figures, trace, profile } = runs[Math.floor(runs.length / 2)];
console.log(`${name}: first input at ${figures.ms.toFixed(0)} ms (median of ${runs.length}: ${runs.map((r) => r.figures.ms.toFixed(0)).join(", ")})`);
console.log("\nrequests and milestones (ms from navigation start):");
const timeline = [
  ...figures.requests.map((r) => [r.start, `${r.start.toFixed(0).padStart(5)}–${r.end.toFixed(0).padEnd(5)} ${r.name} (${(r.bytes / 1024).toFixed(1)} KB)`]),
  ...figures.milestones.map(([what, at]) => [at, `${at.toFixed(0).padStart(5)}       ${what}`]),
  [figures.ms, `${figures.ms.toFixed(0).padStart(5)}       first input visible`],
].sort((a, b) => a[0] - b[0]);
for (const [, line] of timeline) console.log(`  ${line}`);

// The renderer's main thread: the thread named CrRendererMain of the process that loaded the page.
const events = trace.traceEvents;
const threadName = new Map(events.filter((e) => e.name === "thread_name").map((e) => [`${e.pid}:${e.tid}`, e.args.name]));
// The probe's performance.mark at the first input anchors the trace's clock to the page's.
const mark = events.find((e) => e.name === "lq-bench-first-input");
if (!mark) throw new Error("profile: the trace has no first-input mark");
const mainKey = [...threadName].find(([key, n]) => n === "CrRendererMain" && key.startsWith(`${mark.pid}:`))?.[0];
const end = mark.ts;
const origin = end - figures.ms * 1000;
const main = events.filter((e) => `${e.pid}:${e.tid}` === mainKey && e.ph === "X" && e.ts >= origin && e.ts < end).sort((a, b) => a.ts - b.ts || b.dur - a.dur);

// Self time per event name: an event's duration minus its children's on the same thread.
const self = new Map();
const first = new Map();
const stack = [];
let busy = 0;
let cpu = 0;
for (const event of main) {
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= event.ts) stack.pop();
  const parent = stack.at(-1);
  if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - Math.min(event.dur, parent.ts + parent.dur - event.ts));
  else {
    busy += event.dur;
    cpu += event.tdur ?? 0;
  }
  self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
  if (!first.has(event.name)) first.set(event.name, event.ts);
  stack.push(event);
}
const ms = (us) => (us / 1000).toFixed(1);
console.log(`\nrenderer main thread until the first input: busy ${ms(busy)} ms of ${figures.ms.toFixed(0)} (${THROTTLE}x throttled); ` +
  `its own CPU time ${ms(cpu)} ms (thread time: what the throttling and a busy machine do not stretch); self time by kind of work:`);
for (const [event, us] of [...self].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 500)) {
  console.log(`  ${ms(us).padStart(7)} ms  ${event.padEnd(40)} first at ${ms(first.get(event) - origin)} ms`);
}

// The top-level tasks, in order: what ran when (the critical path's shape).
console.log("\ntop-level tasks over 2 ms (start, duration, thread CPU time, what they ran):");
const tops = [];
for (const event of main) if (!tops.length || event.ts >= tops.at(-1).ts + tops.at(-1).dur) tops.push(event);
for (const task of tops.filter((t) => t.dur >= 2000)) {
  const inside = main.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e !== task);
  const names = [...new Set(inside.map((e) => e.name + (e.args?.data?.url ? ` ${e.args.data.url.replace(bench.origin, "").slice(0, 40)}` : "")))].slice(0, 6);
  console.log(`  ${ms(task.ts - origin).padStart(7)} +${ms(task.dur).padStart(6)} ms (cpu ${ms(task.tdur ?? 0).padStart(5)})  ${names.join(", ")}`);
}

// Inside the longest tasks: self time by kind of work.
console.log("\ninside the three longest tasks, self time by kind of work:");
for (const task of [...tops].sort((a, b) => b.dur - a.dur).slice(0, 3)) {
  const inside = main.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur);
  const own = new Map();
  const open = [];
  for (const event of inside) {
    while (open.length && open.at(-1).ts + open.at(-1).dur <= event.ts) open.pop();
    const parent = open.at(-1);
    if (parent) own.set(parent.name, (own.get(parent.name) ?? 0) - Math.min(event.dur, parent.ts + parent.dur - event.ts));
    own.set(event.name, (own.get(event.name) ?? 0) + event.dur);
    open.push(event);
  }
  const top = [...own].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([n, us]) => `${n} ${ms(us)}`);
  console.log(`  at ${ms(task.ts - origin)} ms, ${ms(task.dur)} ms: ${top.join(", ")}`);
}

// JavaScript by source file: the CPU profile's samples until the first input, each charged to the source
// file its position maps to (the landing page's modules are built again with source maps: same code).
const mapsDir = await mkdtemp(join(tmpdir(), "lq-profile-"));
await buildModules({ root: new URL("../../", import.meta.url), outDir: pathToFileURL(`${mapsDir}/`), sourcemap: true });
const maps = new Map();
for (const file of (await readdir(mapsDir)).filter((f) => f.endsWith(".js.map"))) {
  const map = JSON.parse(await readFile(join(mapsDir, file), "utf8"));
  maps.set(file.replace(/-[\w-]+\.js\.map$/, ""), { sources: map.sources, lines: decodeMappings(map.mappings) });
}
const place = ({ url, functionName, lineNumber, columnNumber }) => {
  if (!url) return `(${functionName || "anonymous"})`;
  const file = url.replace(/.*\//, "");
  const map = maps.get(file.replace(/-[\w-]+\.js$/, ""));
  if (!map || !url.includes("/lq/")) return file;
  const source = sourceAt(map.lines, lineNumber, columnNumber);
  return source >= 0 ? map.sources[source].replace(/.*node_modules\//, "").replace(/.*\/src\//, "src/") : `${file} (glue)`;
};
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const jsSelf = new Map();
const functions = new Map();
let at = profile.startTime;
profile.samples.forEach((id, i) => {
  at += profile.timeDeltas[i];
  const next = profile.timeDeltas[i + 1] ?? 0;
  if (at < origin || at > end) return;
  const frame = byId.get(id).callFrame;
  const key = place(frame);
  jsSelf.set(key, (jsSelf.get(key) ?? 0) + next);
  const fn = `${key} ${frame.functionName || "(anonymous)"}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + next);
});
console.log("\nCPU profile from navigation start to the first input, self time by source file (over 1 ms):");
for (const [file, us] of [...jsSelf].sort((a, b) => b[1] - a[1]).filter(([, us]) => us >= 1000)) console.log(`  ${ms(us).padStart(7)} ms  ${file}`);
console.log("\nthe 15 functions with the most self time (generated line:column):");
for (const [fn, us] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${ms(us).padStart(7)} ms  ${fn}`);
