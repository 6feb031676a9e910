// Receiver throughput in leads per CPU-second: `npm run build && node scripts/bench-server.mjs [leadsPerRun] [runs] [leadsPerSecond]`.
// Prints figures only (no thresholds). Three servers on node:http, each in its own child process so its CPU
// time (process.cpuUsage, user + system) is measured apart from the load generator's:
//   receiver   createLeadHandler + toNodeListener, the native Node path (what a customer deploys)
//   bridge     the same handler wrapped in a plain function, so it goes through Request/Response (the Web path)
//   baseline   JSON.parse + the zod lead schema on plain node:http, answering 202 (the floor)
// Each gets the same traffic: distinct bant leads as the widget sends them (Origin, Idempotency-Key) over
// keep-alive connections, sent open-loop at a fixed rate (default 1,500 leads/s, below what each can take).
// A fixed rate, not "as fast as it answers", so every server idles between leads the same way: closed-loop
// load makes the slower server also pay for waking the load generator on each answer (measured: 0.43x
// closed-loop where the same build is 0.56x open-loop). Runs are interleaved (receiver, baseline, bridge,
// then rotated) after three warm-up runs each (the JIT's optimizing tiers); medians are reported.
import { fork } from "node:child_process";
import { createServer, Agent, request } from "node:http";
import { fileURLToPath } from "node:url";

const root = new URL("..", import.meta.url);
const ORIGIN = "https://www.acme.io";
const MAX_SOCKETS = 64;
const rawConfig = { id: "bench-form", endpoint: "https://api.example.com/leads", preset: "bant" };

if (process.argv[2] === "--serve") await serve(process.argv[3]);
else await main(Number(process.argv[2] ?? 3000), Number(process.argv[3] ?? 7), Number(process.argv[4] ?? 1500));

/** A child: one server, answering "cpu" messages with its CPU time so far. */
async function serve(kind) {
  const listener = kind === "baseline" ? await baselineListener() : await receiverListener(kind === "bridge");
  // Idle keep-alive sockets stay open while the other servers take their turn (node closes them after 5 s,
  // racing the load generator's next request on them).
  const server = createServer({ keepAliveTimeout: 600_000 }, listener);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.on("message", (message) => {
    if (message === "cpu") process.send({ cpu: process.cpuUsage() });
    if (message === "exit") process.exit(0);
  });
  process.on("disconnect", () => process.exit(0)); // the bench ended or crashed: never linger
  process.send({ port: server.address().port });
}

async function receiverListener(bridge) {
  const { createLeadHandler, toNodeListener } = await import(new URL("dist/server.js", root).href);
  const handler = createLeadHandler({
    configs: [rawConfig],
    onLead: () => {},
    allowedOrigins: [ORIGIN],
    // The default per-IP limit stays on; the per-form one is raised because the bench sends more than 10,000 a minute.
    rateLimit: { perForm: { limit: 1e9, windowMs: 60_000 } },
  });
  return toNodeListener(bridge ? (req, info) => handler(req, info) : handler);
}

async function baselineListener() {
  const { leadSchema } = await import(new URL("node_modules/.cache/lead-qualifier-bench/lead-schema.js", root).href);
  return (req, res) => {
    const chunks = [];
    req.on("data", (chunk) => chunks.push(chunk));
    req.on("end", () => {
      let parsed;
      try {
        parsed = leadSchema.safeParse(JSON.parse(Buffer.concat(chunks).toString("utf8")));
      } catch {
        parsed = { success: false };
      }
      const body = parsed.success ? JSON.stringify({ leadId: parsed.data.leadId, tier: parsed.data.score.tier, total: parsed.data.score.total }) : "{}";
      res.writeHead(parsed.success ? 202 : 400, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(body) });
      res.end(body);
    });
  };
}

/** The lead schema from src/ as an ES module for the baseline (the package does not export it). */
async function buildLeadSchema() {
  const { build } = await import("vite");
  await build({
    configFile: false,
    logLevel: "silent",
    root: fileURLToPath(root),
    build: {
      outDir: fileURLToPath(new URL("node_modules/.cache/lead-qualifier-bench/", root)),
      emptyOutDir: true,
      minify: false,
      lib: { entry: fileURLToPath(new URL("src/qualify/lead-schema.ts", root)), formats: ["es"], fileName: () => "lead-schema.js" },
      rolldownOptions: { external: [/^zod(\/.*)?$/] },
    },
  });
}

async function main(leadsPerRun, runs, rate) {
  await buildLeadSchema();
  const { scoreLead, validateConfig } = await import(new URL("dist/server.js", root).href);
  const checked = validateConfig(rawConfig);
  if (!checked.ok) throw new Error(JSON.stringify(checked.issues));
  const config = checked.config;
  const makeLead = () => {
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
      context: { pageUrl: "https://www.acme.io/", referrer: "", locale: "en", utm: { source: "bench" }, params: {}, startedAt: now, durationMs: 30_000, visit: 1 },
      consent: { given: true, text: "I agree to be contacted.", at: now },
    };
  };

  const kinds = ["receiver", "baseline", "bridge"];
  const children = {};
  for (const kind of kinds) children[kind] = await startChild(kind);
  const results = Object.fromEntries(kinds.map((k) => [k, { perCpuSecond: [], perCpuSecondWithClient: [], perSecond: [] }]));
  try {
    // Warm-up, not counted: sockets, and the JIT's optimizing tiers (the first thousands of leads run slower).
    for (let i = 0; i < 3; i++) for (const kind of kinds) await measure(children[kind], makeLead, leadsPerRun, rate);
    for (let run = 0; run < runs; run++) {
      const order = kinds.map((_, i) => kinds[(i + run) % kinds.length]);
      for (const kind of order) {
        const measured = await measure(children[kind], makeLead, leadsPerRun, rate);
        for (const key of Object.keys(measured)) results[kind][key].push(measured[key]);
      }
    }
  } finally {
    await Promise.all(Object.values(children).map((child) => child.stop()));
  }

  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const round = (x) => Math.round(x).toLocaleString("en-US");
  console.log(`receiver CPU cost, ${runs} interleaved runs of ${leadsPerRun} leads each at ${rate} leads/s (keep-alive, 127.0.0.1), medians:`);
  const labels = { receiver: "receiver (toNodeListener, native path)", bridge: "receiver through Request/Response (Web path)", baseline: "baseline: JSON.parse + zod lead schema" };
  for (const kind of kinds) {
    const r = results[kind];
    console.log(`  ${labels[kind].padEnd(46)} ${round(median(r.perCpuSecond)).padStart(7)} leads per server CPU-second  (runs: ${r.perCpuSecond.map(round).join(", ")})`);
    const kept = median(r.perSecond) >= rate * 0.95 ? "" : " (did not keep up with the rate)";
    console.log(`  ${"".padEnd(46)} ${round(median(r.perCpuSecondWithClient)).padStart(7)} leads per CPU-second of server + load generator, ${round(median(r.perSecond))} leads/s wall${kept}`);
  }
  const ratio = (key) => (median(results.receiver[key]) / median(results.baseline[key])).toFixed(2);
  console.log(`  receiver / baseline: ${ratio("perCpuSecond")}x in server CPU, ${ratio("perCpuSecondWithClient")}x counting the load generator too (target >= 0.6x and >= 4,000 leads per CPU-second)`);
}

async function startChild(kind) {
  const child = fork(fileURLToPath(import.meta.url), ["--serve", kind], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const replies = [];
  const waiting = [];
  child.on("message", (message) => (waiting.length ? waiting.shift()(message) : replies.push(message)));
  const next = () => new Promise((resolve) => (replies.length ? resolve(replies.shift()) : waiting.push(resolve)));
  const started = await Promise.race([next(), new Promise((resolve) => child.once("exit", () => resolve(null)))]);
  if (!started) throw new Error(`the ${kind} server did not start`);
  const { port } = started;
  const agent = new Agent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  return {
    port,
    agent,
    async cpu() {
      child.send("cpu");
      const { cpu } = await next();
      return (cpu.user + cpu.system) / 1e6;
    },
    stop() {
      agent.destroy();
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.disconnect();
      return exited;
    },
  };
}

async function measure(child, makeLead, count, rate) {
  const bodies = Array.from({ length: count }, () => JSON.stringify(makeLead()));
  const post = (body) =>
    new Promise((resolve, reject) => {
      const leadId = body.slice(body.indexOf('"leadId":"') + 10, body.indexOf('"leadId":"') + 46);
      const headers = { "Content-Type": "application/json", Origin: ORIGIN, "Idempotency-Key": leadId, "Content-Length": Buffer.byteLength(body) };
      const req = request({ host: "127.0.0.1", port: child.port, path: "/leads", method: "POST", agent: child.agent, headers }, (res) => {
        res.resume();
        res.on("end", () => (res.statusCode === 202 ? resolve() : reject(new Error(`status ${res.statusCode}`))));
      });
      req.on("error", reject);
      req.end(body);
    });
  let next = 0;
  const cpuBefore = await child.cpu();
  const clientBefore = process.cpuUsage();
  const start = performance.now();
  const sent = [];
  await new Promise((resolve) => {
    const tick = setInterval(() => {
      const due = Math.min(count, Math.floor(((performance.now() - start) / 1000) * rate));
      while (next < due) sent.push(post(bodies[next++]));
      if (next >= count) resolve(clearInterval(tick));
    }, 5);
  });
  await Promise.all(sent);
  const seconds = (performance.now() - start) / 1000;
  const client = process.cpuUsage(clientBefore);
  const cpuSeconds = (await child.cpu()) - cpuBefore;
  const withClient = cpuSeconds + (client.user + client.system) / 1e6;
  return { perCpuSecond: count / cpuSeconds, perCpuSecondWithClient: count / withClient, perSecond: count / seconds };
}
