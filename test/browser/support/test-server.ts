import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import type { AddressInfo } from "node:net";

const ROOT = new URL("../../../", import.meta.url).pathname;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".css": "text/css",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export type Route = (req: IncomingMessage, res: ServerResponse, body: Buffer) => boolean | Promise<boolean>;

export interface TestServer {
  origin: string;
  /** Extra headers for every static response (e.g. a Content-Security-Policy). */
  headers: Record<string, string>;
  /** Routes tried in order before static files; return true when handled. */
  routes: Route[];
  close(): Promise<void>;
}

/**
 * Serves the repository read-only on 127.0.0.1 (dist/ also as /widget/, demo/, test/browser/pages/, node_modules/axe-core)
 * with pluggable routes, e.g. a lead receiver. Only loopback, a random free port.
 */
export async function startTestServer(): Promise<TestServer> {
  const state: TestServer = { origin: "", headers: {}, routes: [], close: async () => {} };
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    try {
      for (const route of state.routes) if (await route(req, res, body)) return;
      let path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
      // `lead-qualifier serve` (and so the demo pages) serves the built script at /widget/.
      if (path.startsWith("/widget/")) path = "/dist/" + path.slice("/widget/".length);
      // Chromium asks for /favicon.ico on its own; a 404 there would be a console error racing each test.
      if (path === "/favicon.ico") return void res.writeHead(204).end();
      if (path.includes("..")) return void res.writeHead(400).end();
      const file = join(ROOT, path.endsWith("/") ? path + "index.html" : path);
      const data = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...state.headers });
      res.end(data);
    } catch {
      if (!res.headersSent) res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  state.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return state;
}

/** A route that records JSON POSTs to `path` and answers 202 (a stand-in until the real handler is wired in). */
export function collectLeads(path: string, sink: unknown[]): Route {
  return (req, res, body) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname !== path) return false;
    if (req.method === "OPTIONS") {
      res.writeHead(204, { "access-control-allow-origin": "*", "access-control-allow-headers": "content-type, idempotency-key" }).end();
      return true;
    }
    sink.push(JSON.parse(body.toString("utf8")));
    res.writeHead(202, { "content-type": "application/json" }).end("{}");
    return true;
  };
}
