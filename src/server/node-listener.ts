import type { IncomingMessage, ServerResponse } from "node:http";
import { clientIpFrom, lastEntry } from "./client-ip";
import { createDeadlines } from "./create-deadlines";
import { receiverOf, type LeadHandler } from "./create-lead-handler";
import type { LeadReceiver } from "./lead-receiver";
import { urlOrigin } from "./origin-policy";
import { BASE_HEADERS } from "./problem-response";
import { proxyTrust, type TrustProxyOption } from "./proxy-trust";
import { readNodeHeaders } from "./node-headers";
import { readNodeBody } from "./read-node-body";
import { serveWebOverNode, type NodeRequestFacts } from "./serve-web-over-node";
import { writeAnswer } from "./write-answer";

export interface NodeListenerOptions {
  /**
   * Behind a reverse proxy: which peers are proxies (see `TrustProxyOption`). The client IP is then the
   * first address from the right of `X-Forwarded-For` that is not a trusted proxy (the hop your proxy
   * appended, never the client-chosen leftmost one), and the scheme comes from `X-Forwarded-Proto`.
   * Off by default, because anyone can send those headers to a bare server.
   */
  trustProxy?: TrustProxyOption;
}

type Serve = (req: IncomingMessage, res: ServerResponse, facts: NodeRequestFacts) => Promise<void>;

/**
 * Adapts a lead handler to `node:http` (and Express/Connect: mount it before any body parser). A handler
 * from `createLeadHandler` is served natively: no Request/Response or Web streams per request, the body
 * read into one Buffer and hashed with node:crypto, no timer per request, the answer written at once. Any other Web handler
 * goes through a Request/Response bridge.
 *
 * Give the server sane timeouts too; node's defaults let a slow client hold a connection for minutes:
 * `createServer({ requestTimeout: 30_000, headersTimeout: 15_000, keepAliveTimeout: 5_000 }, listener)`
 * (the handler's own `bodyTimeoutMs`, 10 s by default, answers 408 to a body that stalls).
 *
 * @example
 * import { createServer } from "node:http";
 * const listener = toNodeListener(createLeadHandler({ configs, onLead }), { trustProxy: ["loopback"] });
 * createServer({ requestTimeout: 30_000, headersTimeout: 15_000 }, listener).listen(8787);
 */
export function toNodeListener(handler: LeadHandler, options: NodeListenerOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  const trust = proxyTrust(options.trustProxy ?? false);
  const receiver = receiverOf(handler);
  const serve: Serve = receiver ? serveNative(receiver) : (req, res, facts) => serveWebOverNode(handler, req, res, facts);
  return (req, res) => {
    const headers = readNodeHeaders(req.rawHeaders);
    const peer = req.socket.remoteAddress ?? null;
    const behindProxy = trust !== null && peer !== null && trust(peer, 0);
    const facts: NodeRequestFacts = {
      headers,
      clientIp: behindProxy ? clientIpFrom(peer, headers.forwardedFor, trust) : peer,
      scheme: (behindProxy ? lastEntry(headers.forwardedProto) : undefined) ?? ("encrypted" in req.socket && req.socket.encrypted ? "https" : "http"),
    };
    serve(req, res, facts).catch((error: unknown) => {
      console.error("lead-qualifier: node adapter failed", error);
      if (!res.headersSent) res.writeHead(500, { ...BASE_HEADERS, "Content-Type": "text/plain", Connection: "close" });
      res.end();
    });
  };
}

function serveNative(receiver: LeadReceiver): Serve {
  // Loaded here, not imported at the top, so the server entry still loads on edge runtimes.
  const crypto = process.getBuiltinModule("node:crypto");
  // crypto.hash (Node 20.12+) is the one-shot form: no Hash object per request.
  const hash: (bytes: Uint8Array) => string =
    typeof crypto.hash === "function" ? (bytes) => crypto.hash("sha256", bytes, "hex") : (bytes) => crypto.createHash("sha256").update(bytes).digest("hex");
  const deadlines = createDeadlines();
  return async (req, res, { headers, clientIp, scheme }) => {
    const answer = await receiver.receive({
      method: req.method ?? "GET",
      origin: headers.origin ?? null,
      selfOrigin: () => urlOrigin(`${scheme}://${headers.host ?? "localhost"}`),
      contentType: headers.contentType ?? null,
      idempotencyKey: headers.idempotencyKey ?? null,
      clientIp,
      readBody: (maxBytes, timeoutMs) => readNodeBody(req, headers.contentLength, maxBytes, timeoutMs, deadlines),
      hash,
    });
    writeAnswer(req, res, answer.status, answer.headers, answer.body);
  };
}
