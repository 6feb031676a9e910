// `npm run bench` (browser half): in one interleaved run, headless Chromium at 4x CPU throttling (a mid-range
// phone), 7 rounds, the median of each page's
//   - first input visible: from navigation start to the first question's input on screen;
//   - JS heap at that moment (performance.memory, precise), and after the page has loaded all it loads
//     (network idle, then a garbage collection; for the widget that includes the form kit);
// for (1) the floor: Preact + signals and a minimal hand-written form of the same questions (built here
// from scripts/bench/floor-form.tsx), (2) the built landing page: dist/lead-qualifier.js with the same
// questions as a compiled config, (3) SurveyJS, when bench/node_modules holds survey-core and
// survey-js-ui (not a dependency of this project: `cd bench && npm i survey-core survey-js-ui`).
// Prints figures and the issue's targets (first input within 1.25x of the floor, heap <= 1.8 MB); never
// fails on timing. Needs `npm run build` first.
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";

const ROUNDS = 7;
const CPU_SLOWDOWN = 4;
const root = new URL("..", import.meta.url);
const FORM_FILE = "test/browser/pages/widget-form.json";
const form = JSON.parse(await readFile(new URL(FORM_FILE, root), "utf8"));

// The floor, built like the widget (minified, es2020), its questions inlined.
const floorDir = await mkdtemp(join(tmpdir(), "lq-bench-"));
await build({
  root: root.pathname,
  configFile: new URL("vite.config.ts", root).pathname,
  logLevel: "warn",
  define: { "process.env.NODE_ENV": JSON.stringify("production"), __BENCH_QUESTIONS__: JSON.stringify(form.questions) },
  build: {
    outDir: floorDir, emptyOutDir: true, target: "es2020", minify: true,
    lib: { entry: new URL("scripts/bench/floor-form.tsx", root).pathname, name: "Floor", formats: ["iife"], fileName: () => "floor.js" },
  },
});

// The same questions as a compiled config, as `lead-qualifier build` writes it.
const { runCli } = await import(new URL("dist/cli.js", root).href);
let compiled = "";
const status = await runCli(["build", new URL(FORM_FILE, root).pathname], {
  readFile: (path) => readFile(path, "utf8"), stdout: (line) => (compiled += line), stderr: (line) => console.error(line),
});
if (status !== 0) throw new Error("bench: the bench form does not compile");

const surveyDir = new URL("bench/node_modules/", root);
const survey = ["survey-core/survey.core.min.js", "survey-js-ui/survey-js-ui.min.js", "survey-core/survey-core.min.css"];
const hasSurvey = survey.every((file) => existsSync(new URL(file, surveyDir)));

// Each page marks nothing itself: the probe (an init script) watches for the first email input on screen.
const html = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main><h1>bench</h1>${body}</main></body></html>`;
const pages = {
  floor: html(`<div data-floor></div><script src="/floor.js"></script>`),
  "lead-qualifier": html(`<div data-lead-qualifier data-config="/form.compiled.json"></div><script src="/dist/lead-qualifier.js" async></script>`),
  surveyjs: html(`<link rel="stylesheet" href="/survey/survey-core/survey-core.min.css"><div id="survey"></div>
<script src="/survey/survey-core/survey.core.min.js"></script><script src="/survey/survey-js-ui/survey-js-ui.min.js"></script>
<script src="/survey-start.js"></script>`),
};
const surveyStart = `const questions = ${JSON.stringify(form.questions)};
const kinds = { single: "radiogroup", multi: "checkbox", select: "dropdown", email: "text", consent: "boolean" };
const model = new Survey.Model({ questionsOnPageMode: "questionPerPage", elements: questions.map((q) => ({
  name: q.id, title: q.label, isRequired: !!q.required, type: kinds[q.type] || "text", inputType: q.type === "email" ? "email" : undefined,
  choices: q.options && q.options.map((o) => ({ value: o.value, text: o.label })) })) });
model.render(document.getElementById("survey"));`;

const TYPES = { ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".html": "text/html" };
const server = createServer(async (req, res) => {
  const path = new URL(req.url, "http://x").pathname;
  const send = (type, body) => res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
  try {
    if (path.startsWith("/page/")) return send("text/html", pages[path.slice(6)]);
    if (path === "/floor.js") return send("text/javascript", await readFile(join(floorDir, "floor.js")));
    if (path === "/form.compiled.json") return send("application/json", compiled);
    if (path === "/survey-start.js") return send("text/javascript", surveyStart);
    if (path.startsWith("/survey/")) return send(TYPES[extname(path)], await readFile(new URL(path.slice(8), surveyDir)));
    if (path.startsWith("/dist/") && !path.includes("..")) return send(TYPES[extname(path)] ?? "application/octet-stream", await readFile(new URL(`.${path}`, root)));
    if (path === "/leads") return res.writeHead(202).end("{}");
  } catch {}
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const probe = () => {
  const w = window;
  const input = () => {
    const host = document.querySelector("[data-lead-qualifier]");
    const scope = host ? host.shadowRoot : document;
    return scope && scope.querySelector("input[type=email]");
  };
  const check = () => {
    const el = input();
    if (!el || !el.checkVisibility()) return false;
    w.__firstInput = { ms: performance.now(), heap: performance.memory.usedJSHeapSize };
    return true;
  };
  const observer = new MutationObserver(() => check() && observer.disconnect());
  const watch = () => {
    if (check()) return;
    observer.observe(document, { childList: true, subtree: true });
    const host = document.querySelector("[data-lead-qualifier]");
    if (host && host.shadowRoot) observer.observe(host.shadowRoot, { childList: true, subtree: true });
    else requestAnimationFrame(watch);
  };
  document.addEventListener("DOMContentLoaded", watch);
};

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--enable-precise-memory-info"],
});
const names = Object.keys(pages).filter((name) => name !== "surveyjs" || hasSurvey);
const results = Object.fromEntries(names.map((name) => [name, { ms: [], heap: [], retained: [], settled: [], bytes: [] }]));
try {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of names) {
      const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      let bytes = 0;
      page.on("response", (response) => void response.body().then((body) => (bytes += response.url().endsWith(".js") ? body.length : 0), () => {}));
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
      await page.addInitScript(probe);
      await page.goto(`${origin}/page/${name}`);
      await page.waitForFunction(() => window.__firstInput !== undefined, null, { timeout: 60_000, polling: "raf" });
      // Right away, what the page holds once its garbage is collected (the form kit loads a moment later).
      await cdp.send("HeapProfiler.collectGarbage");
      const retained = (await cdp.send("Runtime.getHeapUsage")).usedSize;
      const first = await page.evaluate(() => window.__firstInput);
      await page.waitForLoadState("networkidle");
      await cdp.send("HeapProfiler.collectGarbage");
      const { usedSize } = await cdp.send("Runtime.getHeapUsage");
      results[name].ms.push(first.ms);
      results[name].heap.push(first.heap);
      results[name].retained.push(retained);
      results[name].settled.push(usedSize);
      results[name].bytes.push(bytes);
      await context.close();
    }
    console.log(`round ${round}: ${names.map((name) => `${name} ${results[name].ms.at(-1).toFixed(0)} ms`).join(", ")}`);
  }
} finally {
  await browser.close();
  server.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const floor = median(results.floor.ms);
console.log(`\nfirst input visible and JS heap, ${CPU_SLOWDOWN}x CPU throttling, median of ${ROUNDS} interleaved rounds:`);
console.log(`${"page".padEnd(16)} ${"first input".padStart(12)} ${"vs floor".padStart(9)} ${"heap then".padStart(10)} ${"after GC".padStart(9)} ${"loaded".padStart(9)} ${"JS fetched".padStart(11)}`);
for (const name of names) {
  const ms = median(results[name].ms);
  console.log(
    `${name.padEnd(16)} ${`${ms.toFixed(0)} ms`.padStart(12)} ${`${(ms / floor).toFixed(2)}x`.padStart(9)} ` +
      `${mb(median(results[name].heap)).padStart(10)} ${mb(median(results[name].retained)).padStart(9)} ${mb(median(results[name].settled)).padStart(9)} ` +
      `${`${(median(results[name].bytes) / 1024).toFixed(1)} KB`.padStart(11)}`,
  );
}
if (!hasSurvey) console.log("surveyjs: skipped (not in bench/node_modules; `mkdir -p bench && cd bench && npm i survey-core survey-js-ui` to compare)");
const widget = median(results["lead-qualifier"].ms);
const heap = median(results["lead-qualifier"].heap);
console.log(`\ntargets (issue 10): first input within 1.25x of the floor: ${(widget / floor).toFixed(2)}x; JS heap <= 1.8 MB: ` +
  `${mb(median(results["lead-qualifier"].retained))} at the first input after GC (${mb(heap)} before GC), ` +
  `${mb(median(results["lead-qualifier"].settled))} once loaded (form kit included, after GC)`);
console.log("(heap then: performance.memory when the first input showed; after GC: right after, garbage collected; loaded: at");
console.log(" network idle, garbage collected. JS fetched: uncompressed bytes of the .js responses until network idle.)");
