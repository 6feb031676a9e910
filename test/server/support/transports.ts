import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createLeadHandler } from "../../../src/server/create-lead-handler";
import type { LeadHandlerOptions } from "../../../src/server/lead-handler-options";
import { toNodeListener } from "../../../src/server/node-listener";
import { ENDPOINT } from "./fixtures";

/** A request as a test describes it; `clientIp` is the sender's address as the receiver should see it. */
export interface TestRequest {
  method?: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Instead of `body`: these chunks without a Content-Length, then the end, or (`stall`) nothing more. */
  stream?: { chunks: Uint8Array[]; stall?: boolean };
  clientIp?: string;
}

export interface Reply {
  status: number;
  header(name: string): string | null;
  text: string;
  json(): any;
}

/** One running receiver, reached the way a runtime would reach it. */
export interface Transport {
  /** The origin requests are addressed to (a same-origin page's Origin). */
  selfOrigin: string;
  send(request: TestRequest): Promise<Reply>;
  close(): Promise<void>;
}

export type OpenTransport = (options: LeadHandlerOptions) => Promise<Transport>;

function reply(status: number, header: (name: string) => string | null, text: string): Reply {
  return { status, header, text, json: () => JSON.parse(text) };
}

/** The Web-standard handler called in-process with a `Request` (what Deno, Bun and edge runtimes do). */
export const webTransport: OpenTransport = async (options) => {
  const handler = createLeadHandler(options);
  return {
    selfOrigin: new URL(ENDPOINT).origin,
    async send({ method = "POST", headers = {}, body, stream, clientIp }) {
      const init = stream ? { body: webStream(stream), duplex: "half" } : body !== undefined ? { body } : {};
      const response = await handler(new Request(ENDPOINT, { method, headers, ...init } as RequestInit), { clientIp: clientIp ?? null });
      const text = await response.text();
      return reply(response.status, (name) => response.headers.get(name), text);
    },
    close: async () => {},
  };
};

/**
 * A real node:http server on 127.0.0.1 with `toNodeListener`, trusting the loopback peer as a proxy so
 * a test can speak for any client IP through `X-Forwarded-For`. `wrap` puts a plain function around the
 * handler, which sends requests through the Request/Response bridge instead of the native path.
 */
export function nodeTransport(wrap = false): OpenTransport {
  return async (options) => {
    const handler = createLeadHandler(options);
    const listener = toNodeListener(wrap ? (request, info) => handler(request, info) : handler, { trustProxy: ["loopback"] });
    const server: Server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 16 });
    return {
      selfOrigin: `http://127.0.0.1:${port}`,
      send({ method = "POST", headers = {}, body, stream, clientIp }) {
        return new Promise((resolve, reject) => {
          const all = { ...headers, ...(clientIp ? { "X-Forwarded-For": clientIp } : {}) };
          const req = httpRequest({ host: "127.0.0.1", port, path: "/leads", method, headers: all, agent }, (res) => {
            const chunks: Buffer[] = [];
            res.on("data", (chunk: Buffer) => chunks.push(chunk));
            res.on("end", () => {
              const value = (name: string) => {
                const v = res.headers[name.toLowerCase()];
                return v === undefined ? null : Array.isArray(v) ? v.join(", ") : v;
              };
              resolve(reply(res.statusCode ?? 0, value, Buffer.concat(chunks).toString("utf8")));
              if (stream?.stall) req.destroy();
            });
          });
          req.on("error", (error) => (stream?.stall ? undefined : reject(error)));
          if (!stream) return void req.end(body);
          for (const chunk of stream.chunks) req.write(chunk);
          if (!stream.stall) req.end();
        });
      },
      close: () =>
        new Promise<void>((resolve) => {
          agent.destroy();
          server.closeAllConnections();
          server.close(() => resolve());
        }),
    };
  };
}

function webStream({ chunks, stall }: { chunks: Uint8Array[]; stall?: boolean }): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      if (!stall) controller.close();
    },
  });
}
