// `npm run bench`: time from script start to the first question being visible, in headless Chromium
// with 4x CPU throttling (a mid-range phone). Median of 7 runs; prints only, never fails on timing.
// Needs `npm run build` first (it measures the built dist/lead-qualifier.js).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";

const RUNS = 7;
const CPU_SLOWDOWN = 4;
const root = new URL("..", import.meta.url);
const script = await readFile(new URL("dist/lead-qualifier.js", root));
const config = await readFile(new URL("demo/forms/acme-analytics.json", root));

// The mark goes right before the script tag; the observer watches the shadow root for the first
// question heading and records performance.now() when it is rendered and visible.
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body>
<main><h1>bench</h1><div data-lead-qualifier data-config="/form.json" data-product-line="analytics"></div></main>
<script src="/probe.js"></script>
<script src="/lead-qualifier.js"></script></body></html>`;
const probe = `performance.mark("lq-script-start");
const host = document.querySelector("[data-lead-qualifier]");
const done = () => {
  const heading = host.shadowRoot && host.shadowRoot.querySelector("h2");
  if (!heading || !heading.checkVisibility()) return false;
  window.__firstQuestionMs = performance.now() - performance.getEntriesByName("lq-script-start")[0].startTime;
  return true;
};
const watch = () => {
  if (!host.shadowRoot) return requestAnimationFrame(watch);
  new MutationObserver((_, observer) => done() && observer.disconnect())
    .observe(host.shadowRoot, { childList: true, subtree: true });
};
watch();`;

const files = { "/": ["text/html", page], "/probe.js": ["text/javascript", probe], "/lead-qualifier.js": ["text/javascript", script], "/form.json": ["application/json", config] };
const server = createServer((req, res) => {
  const file = files[new URL(req.url, "http://x").pathname];
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": file[0], "cache-control": "no-store" }).end(file[1]);
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const times = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const tab = await context.newPage();
    const cdp = await tab.context().newCDPSession(tab);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
    await tab.goto(origin + "/");
    await tab.waitForFunction(() => typeof window.__firstQuestionMs === "number", null, { timeout: 30_000 });
    const ms = await tab.evaluate(() => window.__firstQuestionMs);
    times.push(ms);
    console.log(`run ${run}: ${ms.toFixed(1)} ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)];
console.log(`script start → first question visible, ${CPU_SLOWDOWN}x CPU throttling, ${RUNS} runs:`);
console.log(`  median ${median.toFixed(1)} ms (min ${sorted[0].toFixed(1)}, max ${sorted.at(-1).toFixed(1)}); script ${script.length} bytes`);
