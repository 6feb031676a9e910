// Handler throughput: `npm run build && node scripts/bench-server.mjs [N]`. Prints figures only (no thresholds).
//  1. in-process: N distinct valid leads straight into the Web handler (schema + re-score + dedupe + onLead);
//  2. node:http on 127.0.0.1: N leads over keep-alive connections, at most 32 in flight.
// Each is run 5 times; the median leads/s is reported (first run included: it warms the JIT like a fresh server).
import { createServer, Agent, request } from "node:http";
import { createLeadHandler, scoreLead, toNodeListener, validateConfig } from "../dist/server.js";

const N = Number(process.argv[2] ?? 2000);
const RUNS = 5;
const CONCURRENCY = 32;

const raw = {
  id: "bench-form",
  endpoint: "https://api.example.com/leads",
  preset: "bant",
};
const checked = validateConfig(raw);
if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
const config = checked.config;

function makeLead() {
  const answers = {};
  for (const q of config.questions) {
    if (q.options?.length) answers[q.id] = q.type === "multi" ? [q.options[0].value] : q.options[q.options.length - 1].value;
    else if (q.type === "email") answers[q.id] = "ana@acme.io";
    else if (q.type === "number") answers[q.id] = 250;
    else if (q.type === "consent") answers[q.id] = true;
    else if (q.type === "text" || q.type === "textarea") answers[q.id] = "Ana Example";
  }
  const now = new Date().toISOString();
  return {
    schema: "lead-qualifier/lead@1", leadId: crypto.randomUUID(), formId: config.id, channel: "landing-page",
    productLine: null, campaign: null, submittedAt: now, visitorId: null, profileComplete: true, answers,
    score: scoreLead(config, answers), priority: "normal", respondBy: null,
    context: { pageUrl: "https://acme.io/", referrer: "", locale: "en", utm: { source: "bench" }, params: {}, startedAt: now, durationMs: 30_000, visit: 1 },
    consent: null,
  };
}

const newHandler = () =>
  createLeadHandler({ configs: [config], onLead: () => {}, rateLimit: false, allowedOrigins: ["https://acme.io"] });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function inProcess() {
  const handler = newHandler();
  const bodies = Array.from({ length: N }, () => JSON.stringify(makeLead()));
  const start = performance.now();
  for (const body of bodies) {
    const leadId = JSON.parse(body).leadId;
    const response = await handler(
      new Request("https://api.example.com/leads", {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": leadId, origin: "https://acme.io" },
        body,
      }),
    );
    if (response.status !== 202) throw new Error(`unexpected ${response.status}: ${await response.text()}`);
  }
  return N / ((performance.now() - start) / 1000);
}

async function overHttp() {
  const server = createServer(toNodeListener(newHandler()));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const bodies = Array.from({ length: N }, () => JSON.stringify(makeLead()));
  const post = (body) =>
    new Promise((resolve, reject) => {
      const req = request({ host: "127.0.0.1", port, path: "/", method: "POST", agent, headers: { "content-type": "application/json" } }, (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 202 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on("error", reject);
      req.end(body);
    });
  let next = 0;
  const start = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (next < bodies.length) await post(bodies[next++]);
  }));
  const rate = N / ((performance.now() - start) / 1000);
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  return rate;
}

for (const [name, run] of [["in-process Web handler", inProcess], [`node:http on 127.0.0.1 (${CONCURRENCY} in flight)`, overHttp]]) {
  const rates = [];
  for (let i = 0; i < RUNS; i++) rates.push(await run());
  console.log(`${name}: median ${Math.round(median(rates))} leads/s over ${RUNS} runs of ${N} (runs: ${rates.map((r) => Math.round(r)).join(", ")})`);
}
