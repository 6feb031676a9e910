import { createServer, request as httpRequest, type Server } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLeadHandler } from "../../src/server/create-lead-handler";
import type { LeadHandlerOptions } from "../../src/server/lead-handler-options";
import { toNodeListener, type NodeListenerOptions } from "../../src/server/node-listener";
import { describeLimits } from "./support/describe-limits";
import { describeOnLead } from "./support/describe-on-lead";
import { describeStatuses } from "./support/describe-statuses";
import { ACME, leadRequest, rawConfig, validLead } from "./support/fixtures";
import { nodeTransport } from "./support/transports";

describe("toNodeListener, native path (a handler from createLeadHandler)", () => {
  describeStatuses(nodeTransport());
  describeLimits(nodeTransport());
  describeOnLead(nodeTransport());
});

describe("toNodeListener, Request/Response bridge (any other Web handler)", () => {
  describeStatuses(nodeTransport(true));
  describeLimits(nodeTransport(true));
  describeOnLead(nodeTransport(true));
});

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? (server.closeAllConnections(), server.close(() => resolve())) : resolve())));

async function listen(options: Partial<LeadHandlerOptions>, listenerOptions: NodeListenerOptions = {}) {
  const handler = createLeadHandler({ configs: [rawConfig], onLead: () => {}, allowedOrigins: [ACME], logError: () => {}, ...options });
  server = createServer(toNodeListener(handler, listenerOptions));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return (server.address() as AddressInfo).port;
}

function post(port: number, body: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = leadRequest(body);
    const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/", headers: { ...request.headers, ...headers } }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("toNodeListener's client IP", () => {
  // One rejected request per IP and window: a second request from the same client IP answers 429.
  const strict: Partial<LeadHandlerOptions> = { rateLimit: { perIp: { limit: 1, windowMs: 60_000 } } };

  it("takes the hop the trusted proxy appended, not the client-chosen leftmost X-Forwarded-For entry", async () => {
    const port = await listen(strict, { trustProxy: 1 });
    expect(await post(port, "{", { "X-Forwarded-For": "6.6.6.6, 203.0.113.9" })).toBe(400);
    expect(await post(port, JSON.stringify(validLead()), { "X-Forwarded-For": "7.7.7.7, 203.0.113.9" })).toBe(429);
    expect(await post(port, JSON.stringify(validLead()), { "X-Forwarded-For": "6.6.6.6, 198.51.100.4" })).toBe(202);
  });

  it("skips every trusted proxy in a list and ignores X-Forwarded-For from an untrusted peer", async () => {
    const port = await listen(strict, { trustProxy: ["loopback", "10.0.0.0/8"] });
    expect(await post(port, "{", { "X-Forwarded-For": "6.6.6.6, 203.0.113.9, 10.1.2.3" })).toBe(400);
    expect(await post(port, JSON.stringify(validLead()), { "X-Forwarded-For": "203.0.113.9, 10.9.9.9" })).toBe(429);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const untrusting = await listen(strict, { trustProxy: ["10.0.0.0/8"] });
    expect(await post(untrusting, "{", { "X-Forwarded-For": "203.0.113.9" })).toBe(400);
    expect(await post(untrusting, JSON.stringify(validLead()), { "X-Forwarded-For": "198.51.100.4" })).toBe(429);
  });

  it("ignores X-Forwarded-For without trustProxy: every request is the socket's", async () => {
    const port = await listen(strict);
    expect(await post(port, "{", { "X-Forwarded-For": "203.0.113.9" })).toBe(400);
    expect(await post(port, JSON.stringify(validLead()), { "X-Forwarded-For": "198.51.100.4" })).toBe(429);
  });

  it("reads the scheme from X-Forwarded-Proto behind a trusted proxy, for same-origin requests", async () => {
    const port = await listen({}, { trustProxy: ["loopback"] });
    const headers = { Host: "leads.acme.io", "X-Forwarded-Proto": "https", Origin: "https://leads.acme.io" };
    expect(await post(port, JSON.stringify(validLead()), headers)).toBe(202);
  });
});

describe("toNodeListener's connections", () => {
  /** Writes raw request bytes and resolves, once the server closes the connection, with what it answered and when. */
  function exchange(port: number, text: string): Promise<{ received: string; ms: number }> {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => (received += chunk.toString()));
    const started = Date.now();
    socket.write(text);
    return new Promise((resolve) => socket.on("close", () => resolve({ received, ms: Date.now() - started })));
  }
  const head = (length: number) => `POST / HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

  it("answers 408 and closes the connection when a body stalls, instead of waiting for node's 300 s", async () => {
    const port = await listen({ bodyTimeoutMs: 200 });
    const { received, ms } = await exchange(port, `${head(20_000)}{"schema":"lead-qua`);
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(received).toMatch(/connection: close/i);
    expect(ms).toBeLessThan(5_000);
  });

  it("answers 413 at once and closes the connection when 20 bytes of a declared 1 MiB body arrive", async () => {
    const port = await listen({ bodyTimeoutMs: 60_000 });
    const { received, ms } = await exchange(port, `${head(1024 * 1024)}{"schema":"lead-qua`);
    expect(received).toMatch(/^HTTP\/1\.1 413/);
    expect(ms).toBeLessThan(5_000);
  });

  it("keeps a connection alive across accepted leads", async () => {
    const port = await listen({});
    const socket = connect(port, "127.0.0.1");
    const lead = JSON.stringify(validLead());
    const second = JSON.stringify(validLead());
    const answers: string[] = [];
    await new Promise<void>((resolve) => {
      socket.on("data", (chunk) => {
        answers.push(chunk.toString());
        if (answers.join("").match(/HTTP\/1\.1 202/g)?.length === 2) resolve();
      });
      for (const body of [lead, second]) socket.write(head(Buffer.byteLength(body)) + body);
    });
    expect(answers.join("")).not.toMatch(/connection: close/i);
    socket.destroy();
  });
});

describe("toNodeListener's Request/Response bridge", () => {
  it("sends every Set-Cookie a Web handler's response sets (the desk's logout clears two cookies)", async () => {
    const handler = async () => {
      const headers = new Headers({ "Content-Type": "application/json" });
      headers.append("Set-Cookie", "__Host-lq_desk=; Path=/; Max-Age=0; Secure; HttpOnly");
      headers.append("Set-Cookie", "lq_desk=; Path=/; Max-Age=0; HttpOnly");
      return new Response("{}", { status: 200, headers });
    };
    server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const cookies = await new Promise<string[] | undefined>((resolve, reject) => {
      const req = httpRequest({ host: "127.0.0.1", port, method: "POST", path: "/desk/api/logout" }, (res) => {
        res.resume();
        res.on("end", () => resolve(res.headers["set-cookie"]));
      });
      req.on("error", reject);
      req.end();
    });
    expect(cookies).toEqual(["__Host-lq_desk=; Path=/; Max-Age=0; Secure; HttpOnly", "lq_desk=; Path=/; Max-Age=0; HttpOnly"]);
  });
});
