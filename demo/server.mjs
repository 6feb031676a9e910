// The demo's local receiver and static server: `npm run demo` (builds first), then open the printed URL.
//   /            demo pages (demo/*.html, written by the widget helper)
//   /dist/*      the built script (dist/lead-qualifier.js)
//   POST /api/leads   the real lead handler from dist/server.js, with the forms in demo/forms/*.json
//   GET  /api/leads   received leads, newest first (for demo/inbox.html)
// Leads are appended to demo/data/leads.jsonl (git-ignored) and reloaded at start, together with the
// dedupe records in demo/data/dedupe.jsonl, so a browser re-sending after a restart still gets a 200.
import { createServer } from "node:http";
import { appendFile, mkdir, readFile, readdir } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createLeadHandler, createMemoryDedupeStore, toNodeListener, validateConfig } from "../dist/server.js";

const DEMO = fileURLToPath(new URL("./", import.meta.url));
const DIST = fileURLToPath(new URL("../dist/", import.meta.url));
// DEMO_DATA_DIR lets tests use a scratch directory instead of the developer's demo/data.
const DATA = process.env.DEMO_DATA_DIR ?? join(DEMO, "data");
const LEADS_FILE = join(DATA, "leads.jsonl");
const DEDUPE_FILE = join(DATA, "dedupe.jsonl");
const PORT = Number(process.env.PORT ?? 5173);
const HOST = "127.0.0.1";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".sri": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};
// The strict policy the widget promises to work under (SPEC 9), minus Trusted Types for the demo's own scripts.
const SECURITY_HEADERS = {
  "Content-Security-Policy": "default-src 'self'",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

async function readJsonLines(file) {
  let text = "";
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const items = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) continue;
    try {
      items.push(JSON.parse(line));
    } catch {
      console.warn(`skipping an unreadable line in ${file}`);
    }
  }
  return items;
}

async function loadConfigs() {
  const dir = join(DEMO, "forms");
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith(".json")).sort();
  const configs = [];
  for (const name of names) {
    const raw = JSON.parse(await readFile(join(dir, name), "utf8"));
    const result = validateConfig(raw);
    if (result.ok) configs.push(result.config);
    else console.warn(`demo/forms/${name} is invalid and not accepted:\n  ${result.issues.map((i) => `${i.path}: ${i.message}`).join("\n  ")}`);
  }
  return configs;
}

await mkdir(DATA, { recursive: true });
const leads = await readJsonLines(LEADS_FILE);
const memory = createMemoryDedupeStore({ maxEntries: 100_000 });
for (const record of await readJsonLines(DEDUPE_FILE)) await memory.complete(record.leadId, record.hash, record.result);

// The handler's store, persisted: a completed leadId is appended to dedupe.jsonl.
const store = {
  get: (leadId) => memory.get(leadId),
  begin: (leadId, hash, now) => memory.begin(leadId, hash, now),
  release: (leadId) => memory.release(leadId),
  async complete(leadId, hash, result) {
    await appendFile(DEDUPE_FILE, JSON.stringify({ leadId, hash, result }) + "\n");
    await memory.complete(leadId, hash, result);
  },
};

const configs = await loadConfigs();
const origins = [`http://${HOST}:${PORT}`, `http://localhost:${PORT}`];
const handleLead = toNodeListener(
  createLeadHandler({
    configs,
    allowedOrigins: origins,
    store,
    // One machine plays every visitor here, so the per-IP limit is generous.
    rateLimit: { perIp: { limit: 600, windowMs: 60_000 }, perForm: { limit: 600, windowMs: 60_000 } },
    async onLead(lead) {
      await appendFile(LEADS_FILE, JSON.stringify(lead) + "\n");
      leads.push(lead);
      console.log(`lead ${lead.leadId} ${lead.formId} ${lead.score.tier} ${lead.score.total}${lead.scoreMismatch ? " (client score differed)" : ""}`);
    },
  }),
);

async function serveStatic(req, res, pathname) {
  const inDist = pathname.startsWith("/dist/");
  const base = inDist ? DIST : DEMO;
  const rel = normalize(decodeURIComponent(inDist ? pathname.slice("/dist".length) : pathname));
  // Never serve the received leads or the server itself as static files.
  if (rel.includes("..") || rel.startsWith("/data/") || rel.endsWith(".mjs")) return notFound(res);
  const file = join(base, rel.endsWith("/") ? rel + "index.html" : rel);
  const type = TYPES[extname(file)];
  if (!type) return notFound(res);
  try {
    const body = await readFile(file);
    res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-cache", ...SECURITY_HEADERS });
    res.end(req.method === "HEAD" ? undefined : body);
  } catch {
    notFound(res);
  }
}

function notFound(res) {
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...SECURITY_HEADERS }).end("not found");
}

const server = createServer((req, res) => {
  const { pathname } = new URL(req.url ?? "/", "http://demo");
  if (pathname === "/api/leads") {
    if (req.method === "GET") {
      const newestFirst = [...leads].sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)));
      res.writeHead(200, { "Content-Type": "application/json", "Cache-Control": "no-store", ...SECURITY_HEADERS });
      return void res.end(JSON.stringify(newestFirst));
    }
    return handleLead(req, res);
  }
  if (req.method !== "GET" && req.method !== "HEAD") {
    return void res.writeHead(405, { Allow: "GET, HEAD" }).end();
  }
  serveStatic(req, res, pathname).catch(() => notFound(res));
});

server.listen(PORT, HOST, () => {
  console.log(`lead-qualifier demo: http://${HOST}:${PORT}/  (forms: ${configs.map((c) => c.id).join(", ") || "none"}; ${leads.length} lead(s) loaded)`);
  console.log(`inbox: http://${HOST}:${PORT}/inbox.html`);
});
