import type { IncomingMessage, ServerResponse } from "node:http";
import type { LeadHandler } from "./create-lead-handler";

export interface NodeListenerOptions {
  /**
   * Behind a reverse proxy: take the client IP from the first `X-Forwarded-For` entry and the scheme
   * from `X-Forwarded-Proto`. Off by default, because anyone can send those headers to a bare server.
   */
  trustProxy?: boolean;
}

/**
 * Adapts the Web handler to `node:http` (and Express/Connect, which use the same signature). The body
 * is streamed into the Request, so the handler's byte limit applies to what is actually read.
 *
 * @example
 * import { createServer } from "node:http";
 * createServer(toNodeListener(createLeadHandler({ configs, onLead }))).listen(8787);
 */
export function toNodeListener(handler: LeadHandler, options: NodeListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void serve(handler, options, req, res).catch((error: unknown) => {
      console.error("lead-qualifier: node adapter failed", error);
      if (!res.headersSent) res.writeHead(500, { "Content-Type": "text/plain" });
      res.end();
    });
  };
}

async function serve(handler: LeadHandler, options: NodeListenerOptions, req: IncomingMessage, res: ServerResponse) {
  const forwarded = (name: string) => {
    const value = req.headers[name];
    return options.trustProxy ? (Array.isArray(value) ? value[0] : value)?.split(",")[0]?.trim() : undefined;
  };
  const scheme = forwarded("x-forwarded-proto") ?? ("encrypted" in req.socket && req.socket.encrypted ? "https" : "http");
  const url = new URL(req.url ?? "/", `${scheme}://${req.headers.host ?? "localhost"}`);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const request = new Request(url, {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: toWebStream(req), duplex: "half" } : {}),
  } as RequestInit);
  const clientIp = forwarded("x-forwarded-for") ?? req.socket.remoteAddress ?? null;

  const response = await handler(request, { clientIp });
  const unread = hasBody && !req.complete;
  // The handler stopped reading (e.g. 413): close the connection instead of draining a possibly endless body.
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...(unread ? { Connection: "close" } : {}) });
  if (response.body) {
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
  }
  res.end();
  if (unread) res.once("finish", () => setTimeout(() => req.socket.destroy(), 100).unref());
}

/**
 * The request body as a Web stream without importing `node:stream`, so the server entry (which bundles
 * this adapter) still loads on edge runtimes. Pull-based: Node only reads what the handler asks for.
 */
function toWebStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  const chunks = req[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(new Uint8Array(value as Buffer));
    },
    cancel() {
      // Stop consuming; the connection is closed after the response (see `unread`).
      req.pause();
    },
  });
}
