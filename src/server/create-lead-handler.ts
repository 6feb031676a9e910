import type { LeadHandlerOptions, RequestInfo } from "./lead-handler-options";
import { hashBody } from "./hash-body";
import { createLeadReceiver, type LeadReceiver } from "./lead-receiver";
import { urlOrigin } from "./origin-policy";
import { toResponse } from "./problem-response";
import { readWebBody } from "./read-web-body";

export type LeadHandler = (request: Request, info?: RequestInfo) => Promise<Response>;
export type { RequestInfo };

/** Where `toNodeListener` finds the core of a handler made here, to serve node:http without Web objects. */
export const RECEIVER: unique symbol = Symbol("lead-qualifier.receiver");

/** The core behind a handler from `createLeadHandler`, or undefined for any other function. */
export function receiverOf(handler: LeadHandler): LeadReceiver | undefined {
  return (handler as LeadHandler & { [RECEIVER]?: LeadReceiver })[RECEIVER];
}

/**
 * The lead receiver of SPEC 8 as a Web-standard handler (Deno, Bun, edge runtimes; Node through
 * `toNodeListener`, which serves the same core natively). See `createLeadReceiver` for the order of
 * checks and `LeadHandlerOptions` for the limits.
 *
 * @example
 * const handler = createLeadHandler({ configs: [analyticsForm], allowedOrigins: ["https://www.acme.io"],
 *   onLead: async (lead, { signal }) => crm.upsert(lead.leadId, lead, { signal }) });
 * Deno.serve(handler); // or http.createServer(toNodeListener(handler))
 */
export function createLeadHandler(options: LeadHandlerOptions): LeadHandler {
  const receiver = createLeadReceiver(options);
  const getIp = options.getClientIp ?? ((_request: Request, info?: RequestInfo) => info?.clientIp);
  const handler: LeadHandler = async (request, info) =>
    toResponse(
      await receiver.receive({
        method: request.method,
        origin: request.headers.get("Origin"),
        selfOrigin: () => urlOrigin(request.url),
        contentType: request.headers.get("Content-Type"),
        idempotencyKey: request.headers.get("Idempotency-Key"),
        clientIp: getIp(request, info),
        readBody: (maxBytes, timeoutMs) => readWebBody(request, maxBytes, timeoutMs),
        hash: hashBody,
      }),
    );
  return Object.assign(handler, { [RECEIVER]: receiver });
}
