import { readFile } from "node:fs/promises";
import type { Lead } from "../../../src/config/types";
import type { Route, TestServer } from "./test-server";

const ROOT = new URL("../../../", import.meta.url);

/**
 * The real lead handler from the BUILT dist/server.js (what a customer deploys) behind `path` on the
 * test server, recording every lead its onLead accepted. The test server has already read the
 * body, so the Web handler gets a rebuilt Request.
 */
export async function realLeadReceiver(server: TestServer, configFiles: string[], path = "/leads") {
  const { createLeadHandler } = (await import(new URL("dist/server.js", ROOT).href)) as typeof import("../../../src/server/index");
  const configs = await Promise.all(configFiles.map(async (file) => JSON.parse(await readFile(new URL(file, ROOT), "utf8"))));
  const leads: Array<Lead & Record<string, any>> = [];
  const handler = createLeadHandler({
    configs,
    onLead: (lead) => void leads.push(lead as Lead & Record<string, any>),
    allowedOrigins: [server.origin],
    rateLimit: false,
  });
  const route: Route = async (req, res, body) => {
    if (!req.url?.startsWith(path)) return false;
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const hasBody = req.method !== "GET" && req.method !== "HEAD" && req.method !== "OPTIONS";
    const response = await handler(new Request(server.origin + req.url, { method: req.method ?? "GET", headers, ...(hasBody ? { body: new Uint8Array(body) } : {}) }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
    return true;
  };
  return { leads, route };
}
