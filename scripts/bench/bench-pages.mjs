// What `npm run bench` and `node scripts/bench/profile.mjs` open: the floor form built from
// floor-form.tsx, the built landing page (dist/lead-qualifier.js with the bench form compiled by
// `lead-qualifier build`), SurveyJS when bench/node_modules has it, and a blank page (the heap of a page
// with no script at all), served from 127.0.0.1; plus the init-script probe that notes when the first
// question's input is on screen, and Chromium launched as the browser tests launch it. Needs `npm run build`.
import { createServer } from "node:http";
import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";
import { build } from "vite";
import { gzip } from "../script-files.mjs";

const root = new URL("../../", import.meta.url);
export const FORM_FILE = "test/browser/pages/widget-form.json";

/** Builds the floor like the widget's modules (minified, es2020): `{ js, gzipBytes }`. */
export async function buildFloor(form) {
  const outDir = await mkdtemp(join(tmpdir(), "lq-bench-"));
  await build({
    root: root.pathname,
    configFile: new URL("vite.config.ts", root).pathname,
    logLevel: "warn",
    publicDir: false,
    define: { "process.env.NODE_ENV": JSON.stringify("production"), __BENCH_FORM__: JSON.stringify(form) },
    build: {
      outDir, emptyOutDir: true, target: "es2020", minify: true,
      lib: { entry: new URL("scripts/bench/floor-form.tsx", root).pathname, name: "Floor", formats: ["iife"], fileName: () => "floor.js" },
    },
  });
  const js = await readFile(join(outDir, "floor.js"));
  return { js, gzipBytes: gzip(js).length };
}

/** The bench form as `lead-qualifier build` writes it (the landing page's fast path). */
async function compileForm() {
  const { runCli } = await import(new URL("dist/cli.js", root).href);
  let compiled = "";
  const status = await runCli(["build", new URL(FORM_FILE, root).pathname], {
    readFile: (path) => readFile(path, "utf8"), stdout: (line) => (compiled += line), stderr: (line) => console.error(line),
  });
  if (status !== 0) throw new Error("bench: the bench form does not compile");
  return compiled;
}

const html = (body) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body><main><h1>bench</h1>${body}</main></body></html>`;
const surveyFiles = ["survey-core/survey.core.min.js", "survey-js-ui/survey-js-ui.min.js", "survey-core/survey-core.min.css"];
const TYPES = { ".js": "text/javascript", ".json": "application/json", ".css": "text/css", ".html": "text/html" };

/**
 * Serves the bench pages on a free loopback port: `{ origin, names, floorGzipBytes, close() }`. `names`
 * lists the pages to measure (`floor`, `lead-qualifier`, `surveyjs` when installed); `blank` is extra.
 * `dist` is the folder the landing page's files come from (default: the project's dist/); `baseline`, a
 * second build's dist/ folder (an older commit's), adds the page `baseline`: the same snippet on that build,
 * so a change is measured before and after in one interleaved run.
 */
export async function serveBenchPages({ dist = new URL("dist/", root), baseline } = {}) {
  const form = JSON.parse(await readFile(new URL(FORM_FILE, root), "utf8"));
  const floor = await buildFloor(form);
  const compiled = await compileForm();
  const surveyDir = new URL("bench/node_modules/", root);
  const hasSurvey = surveyFiles.every((file) => existsSync(new URL(file, surveyDir)));
  // Every file is read into memory first, as the floor is built into memory: a busy machine's disk
  // never delays one page's request more than another's.
  const files = new Map();
  for (const [prefix, folder] of [["/dist/", dist], ...(baseline ? [["/baseline/", baseline]] : [])]) {
    for (const file of await readdir(folder, { recursive: true })) {
      if (/\.(js|json)$/.test(file)) files.set(`${prefix}${file}`, await readFile(new URL(file, folder)));
    }
  }
  if (hasSurvey) for (const file of surveyFiles) files.set(`/survey/${file}`, await readFile(new URL(file, surveyDir)));
  const surveyStart = `const questions = ${JSON.stringify(form.questions)};
const kinds = { single: "radiogroup", multi: "checkbox", select: "dropdown", email: "text", consent: "boolean" };
const model = new Survey.Model({ questionsOnPageMode: "questionPerPage", elements: questions.map((q) => ({
  name: q.id, title: q.label, isRequired: !!q.required, type: kinds[q.type] || "text", inputType: q.type === "email" ? "email" : undefined,
  choices: q.options && q.options.map((o) => ({ value: o.value, text: o.label })) })) });
model.render(document.getElementById("survey"));`;
  const pages = {
    blank: html("<div data-bench-blank></div>"),
    floor: html(`<div data-floor></div><script src="/floor.js"></script>`),
    // The same floor behind the snippet's `async` (SPEC 2): a reference for what that attribute costs.
    "floor-async": html(`<div data-floor></div><script src="/floor.js" async></script>`),
    // The snippet as a marketer pastes it: one async script, the config by URL.
    "lead-qualifier": html(`<div data-lead-qualifier data-config="/form.compiled.json"></div><script src="/dist/lead-qualifier.js" async></script>`),
    baseline: html(`<div data-lead-qualifier data-config="/form.compiled.json"></div><script src="/baseline/lead-qualifier.js" async></script>`),
    surveyjs: html(`<link rel="stylesheet" href="/survey/survey-core/survey-core.min.css"><div id="survey"></div>
<script src="/survey/survey-core/survey.core.min.js"></script><script src="/survey/survey-js-ui/survey-js-ui.min.js"></script>
<script src="/survey-start.js"></script>`),
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    const send = (type, body) => res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    if (path.startsWith("/page/") && pages[path.slice(6)]) return send("text/html", pages[path.slice(6)]);
    if (path === "/floor.js") return send("text/javascript", floor.js);
    if (path === "/form.compiled.json") return send("application/json", compiled);
    if (path === "/survey-start.js") return send("text/javascript", surveyStart);
    if (files.has(path)) return send(TYPES[extname(path)], files.get(path));
    if (path === "/leads") return res.writeHead(202).end("{}");
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    names: ["floor", "floor-async", "lead-qualifier", ...(baseline ? ["baseline"] : []), ...(hasSurvey ? ["surveyjs"] : [])],
    hasSurvey,
    floorGzipBytes: floor.gzipBytes,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** The console message prefix the probe reports with (followed by JSON). */
export const REPORT = "lq-bench ";

/**
 * The init script every bench page gets. It reports once, as a console message (`REPORT` + JSON), so
 * the bench never runs a script in the page (Playwright's evaluate would add its own objects to the
 * heap it measures):
 *   ms       when the first question's input is in the DOM and visible (`checkVisibility`, which lays it
 *            out), from navigation start; absent on a page without one (the blank page: at load);
 *   heap     performance.memory.usedJSHeapSize then, as issue 10's table measured it;
 *   gcHeap   the same right after a full garbage collection in that same task (`gc()`, Chromium runs
 *            with --expose-gc), before any later code of the page runs;
 *   loaded   the same after a garbage collection once the page is quiet: loaded, and no resource
 *            fetched for a second (the widget's form kit comes right after the first paint);
 *   requests the resources fetched before the first input, with their timings.
 * It watches the document and every shadow root as it is attached (it wraps attachShadow), so it notes
 * the moment whatever the page's code does, and costs the page next to nothing.
 */
export function probe() {
  const w = window;
  const REPORT = "lq-bench ";
  const QUIET_MS = 1000;
  const roots = [document];
  const selector = "input[type=email], input[type=text]";
  const result = {};
  const find = () => roots.some((scope) => {
    const input = scope.querySelector(selector);
    return input !== null && input.checkVisibility();
  });
  const check = () => {
    if (result.ms !== undefined) return;
    if (!find()) {
      // In the DOM but not shown yet (a parent still hidden): look again next frame.
      if (roots.some((scope) => scope.querySelector(selector))) requestAnimationFrame(check);
      return;
    }
    result.ms = performance.now();
    result.heap = performance.memory.usedJSHeapSize;
    performance.mark("lq-bench-first-input"); // where scripts/bench/profile.mjs ends its trace
    // The page's own milestones before the first input (0: not reached yet), and the widget's `lq:` marks if any.
    const navigation = performance.getEntriesByType("navigation")[0];
    result.milestones = [
      ["HTML received", navigation.responseEnd],
      ["DOMContentLoaded", navigation.domContentLoadedEventStart],
      ...performance.getEntriesByType("paint").map((entry) => [entry.name, entry.startTime]),
      ...performance.getEntriesByType("mark").filter((entry) => entry.name.startsWith("lq:")).map((entry) => [entry.name, entry.startTime]),
    ].filter(([, at]) => at > 0);
    result.requests = performance.getEntriesByType("resource").map((entry) => ({
      name: entry.name.replace(location.origin, ""), start: entry.startTime, end: entry.responseEnd, bytes: entry.decodedBodySize,
    }));
    w.gc();
    result.gcHeap = performance.memory.usedJSHeapSize;
    observer.disconnect();
    whenQuiet();
  };
  const observer = new MutationObserver(check);
  const watch = (root) => observer.observe(root, { childList: true, subtree: true });
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    roots.push(root);
    watch(root);
    return root;
  };
  watch(document);

  let loaded = false;
  let blank = false;
  let timer = 0;
  const finish = () => {
    w.gc();
    result.loaded = performance.memory.usedJSHeapSize;
    console.debug(REPORT + JSON.stringify(result));
  };
  const whenQuiet = () => {
    if (!loaded || (result.ms === undefined && !blank)) return;
    clearTimeout(timer);
    timer = setTimeout(finish, QUIET_MS);
  };
  new PerformanceObserver(whenQuiet).observe({ type: "resource" });
  w.addEventListener("load", () => {
    loaded = true;
    // The blank page has no input: it reports its heap at load.
    blank = document.querySelector("[data-bench-blank]") !== null;
    if (blank) {
      result.heap = performance.memory.usedJSHeapSize;
      w.gc();
      result.gcHeap = performance.memory.usedJSHeapSize;
    }
    whenQuiet();
  });
}

/** Headless Debian Chromium with the browser tests' flags, precise `performance.memory` and `gc()`. */
export function launchBenchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--enable-precise-memory-info", "--js-flags=--expose-gc"],
  });
}
