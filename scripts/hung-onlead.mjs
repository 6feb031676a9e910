// A receiver whose onLead hangs on a third of its calls: `npm run build && node scripts/hung-onlead.mjs`.
// Full scale by default (issue 11): 100 leads, every third onLead call hangs 75 s ignoring its AbortSignal,
// the handler's time limit is 10 s. Half of the hung calls then store the lead (a slow CRM that still
// writes), half give up without storing (they throw). Each lead is sent by its own client that retries like
// the widget (equal-jitter backoff from 1 s, capped at 30 s here, Retry-After as a floor) until it gets a 2xx. Prints the figures;
// `--json` adds one JSON line with them (the test runs this script scaled down: --hang-ms 7500 --limit-ms 1000,
// with every client delay scaled by limit / 10 s).
//   node scripts/hung-onlead.mjs [--leads 100] [--hang-ms 75000] [--limit-ms 10000] [--json]
import { createServer, Agent, request } from "node:http";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { leads: { type: "string", default: "100" }, "hang-ms": { type: "string", default: "75000" }, "limit-ms": { type: "string", default: "10000" }, json: { type: "boolean", default: false } },
});
const LEADS = Number(values.leads);
const HANG_MS = Number(values["hang-ms"]);
const LIMIT_MS = Number(values["limit-ms"]);
const SCALE = LIMIT_MS / 10_000; // client delays shrink with the limit, so a scaled run keeps the same shape
const ORIGIN = "https://www.acme.io";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const { createLeadHandler, scoreLead, toNodeListener, validateConfig } = await import(new URL("../dist/server.js", import.meta.url).href);
const rawConfig = { id: "booth-form", endpoint: "https://api.example.com/leads", preset: "bant" };
const checked = validateConfig(rawConfig);
if (!checked.ok) throw new Error(JSON.stringify(checked.issues));

// What onLead did: stores per leadId, calls running per leadId, and the most of each at once.
const stored = new Map();
const running = new Map();
const callStarts = new Set();
let calls = 0;
let hungCalls = 0;
let mostAtOnceForOneLead = 0;
let mostOverdueAtOnce = 0;
const leadIndex = new Map();

async function onLead(lead) {
  const call = ++calls;
  const started = performance.now();
  callStarts.add(started);
  running.set(lead.leadId, (running.get(lead.leadId) ?? 0) + 1);
  mostAtOnceForOneLead = Math.max(mostAtOnceForOneLead, running.get(lead.leadId));
  try {
    if (call % 3 === 0) {
      hungCalls += 1;
      await sleep(HANG_MS); // ignores its signal, like a CRM client without cancellation
      if (leadIndex.get(lead.leadId) % 2 === 1) throw new Error("the CRM gave up");
    }
    stored.set(lead.leadId, (stored.get(lead.leadId) ?? 0) + 1);
  } finally {
    running.set(lead.leadId, running.get(lead.leadId) - 1);
    callStarts.delete(started);
  }
}
const overdueWatch = setInterval(() => {
  const now = performance.now();
  mostOverdueAtOnce = Math.max(mostOverdueAtOnce, [...callStarts].filter((t) => now - t > LIMIT_MS).length);
}, Math.max(20, LIMIT_MS / 20));

const handler = createLeadHandler({ configs: [rawConfig], onLead, onLeadTimeoutMs: LIMIT_MS, allowedOrigins: [ORIGIN], logError: () => {} });
const server = createServer(toNodeListener(handler));
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address();
const agent = new Agent({ keepAlive: true, maxSockets: 32 });

function makeLead() {
  const answers = {};
  for (const q of checked.config.questions) {
    if (q.options?.length) answers[q.id] = q.type === "multi" ? [q.options[0].value] : q.options[0].value;
    else if (q.type === "email") answers[q.id] = "ana@acme.io";
    else if (q.type === "consent") answers[q.id] = true;
    else if (q.type === "number") answers[q.id] = 250;
    else answers[q.id] = "Ana Example";
  }
  const now = new Date().toISOString();
  return {
    schema: "lead-qualifier/lead@1", leadId: crypto.randomUUID(), formId: rawConfig.id, channel: "kiosk", productLine: null,
    campaign: { type: "trade-show", name: "RetailTech" }, submittedAt: now, visitorId: null, profileComplete: true, answers,
    score: scoreLead(checked.config, answers), priority: "normal", respondBy: null,
    context: { pageUrl: "https://booth.acme.io/", referrer: "", locale: "en", utm: {}, params: {}, startedAt: now, durationMs: 60_000, visit: 1 },
    consent: { given: true, text: "I agree to be contacted.", at: now },
  };
}

const statuses = {};
function post(body, leadId) {
  return new Promise((resolve) => {
    const headers = { "Content-Type": "application/json", Origin: ORIGIN, "Idempotency-Key": leadId, "Content-Length": Buffer.byteLength(body) };
    const req = request({ host: "127.0.0.1", port, method: "POST", path: "/leads", agent, headers }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode, retryAfter: res.headers["retry-after"] }));
    });
    req.on("error", () => resolve({ status: 0, retryAfter: undefined }));
    req.end(body);
  });
}

/**
 * One visitor's lead, sent until a 2xx like the widget's outbox does it: the same body every time, equal-jitter
 * backoff from 1 s with Retry-After as a floor. The backoff is capped at 30 s (the widget's cap is 5 min) so the
 * run ends sooner; how long a lead waits does not change how often it is stored.
 */
async function deliver(lead) {
  const body = JSON.stringify(lead);
  for (let attempt = 1; ; attempt++) {
    const { status, retryAfter } = await post(body, lead.leadId);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 200 && status < 300) return performance.now();
    const window = Math.min(30_000, 1000 * 2 ** (attempt - 1));
    const backoff = window / 2 + (window / 2) * Math.random();
    const floor = /^\d+$/.test(retryAfter ?? "") ? Number(retryAfter) * 1000 : 0;
    await sleep(Math.max(backoff, floor) * SCALE);
  }
}

const started = performance.now();
const leads = Array.from({ length: LEADS }, (_, i) => {
  const lead = makeLead();
  leadIndex.set(lead.leadId, i);
  return lead;
});
const acknowledged = await Promise.all(leads.map(deliver));
const lastAck = Math.max(...acknowledged) - started;
// Hung calls that already answered 503 may still be running: wait for them before counting stores.
while ([...running.values()].some((n) => n > 0)) await sleep(50);
clearInterval(overdueWatch);
agent.destroy();
server.close();

const counts = leads.map((lead) => stored.get(lead.leadId) ?? 0);
const figures = {
  leads: LEADS, hangMs: HANG_MS, limitMs: LIMIT_MS,
  storedOnce: counts.filter((n) => n === 1).length,
  storedTwiceOrMore: counts.filter((n) => n > 1).length,
  neverStored: counts.filter((n) => n === 0).length,
  onLeadCalls: calls, hungCalls, mostAtOnceForOneLead, mostOverdueAtOnce,
  answers: statuses,
  lastAcknowledgedMs: Math.round(lastAck),
  totalMs: Math.round(performance.now() - started),
};
console.log(`${LEADS} leads, onLead hangs ${HANG_MS / 1000} s (ignoring its signal) on every third call, time limit ${LIMIT_MS / 1000} s:`);
console.log(`  stored once: ${figures.storedOnce}, stored twice or more: ${figures.storedTwiceOrMore}, never stored: ${figures.neverStored}`);
console.log(`  onLead calls: ${calls} (${hungCalls} hung); most calls at once for one lead: ${mostAtOnceForOneLead}; most overdue calls at once: ${mostOverdueAtOnce}`);
console.log(`  answers: ${Object.entries(statuses).map(([s, n]) => `${s}×${n}`).join(", ")}`);
console.log(`  last lead acknowledged after ${(lastAck / 1000).toFixed(1)} s; all calls settled after ${(figures.totalMs / 1000).toFixed(1)} s`);
if (values.json) console.log(JSON.stringify(figures));
