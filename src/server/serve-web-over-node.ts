import type { IncomingMessage, ServerResponse } from "node:http";
import type { LeadHandler } from "./create-lead-handler";
import type { NodeHeaders } from "./node-headers";
import { writeAnswer } from "./write-answer";

/** What the adapter worked out about a request before handing it on. */
export interface NodeRequestFacts {
  headers: NodeHeaders;
  clientIp: string | null;
  scheme: string;
}

/**
 * Serves any Web handler (one that wraps ours, say) over node:http: a `Request` whose body streams
 * from `req` on demand, the `Response` written with one `res.end`. Its signal aborts only if the
 * client goes away before the answer was written.
 *
 * @example
 * await serveWebOverNode((request) => handler(request), req, res, { headers: readNodeHeaders(req.rawHeaders), clientIp: "127.0.0.1", scheme: "http" });
 */
export async function serveWebOverNode(handler: LeadHandler, req: IncomingMessage, res: ServerResponse, facts: NodeRequestFacts): Promise<void> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const method = req.method ?? "GET";
  const hasBody = method !== "GET" && method !== "HEAD";
  const controller = new AbortController();
  res.once("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const request = new Request(requestUrl(req, facts.scheme), {
    method,
    headers,
    signal: controller.signal,
    ...(hasBody ? { body: toWebStream(req), duplex: "half" } : {}),
  } as RequestInit);
  const response = await handler(request, { clientIp: facts.clientIp });
  const body = new Uint8Array(await response.arrayBuffer());
  // Flat, not Object.fromEntries: a response may set several cookies (logout clears two names).
  writeAnswer(req, res, response.status, [...response.headers].flat(), body);
}

function requestUrl(req: IncomingMessage, scheme: string): URL {
  try {
    return new URL(req.url ?? "/", `${scheme}://${req.headers.host ?? "localhost"}`);
  } catch {
    return new URL("/", `${scheme}://localhost`);
  }
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
      // Stop consuming; the connection is closed after the response (see writeAnswer).
      req.pause();
    },
  });
}
