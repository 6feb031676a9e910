import { createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createLeadHandler } from "../../src/server/create-lead-handler";
import { toNodeListener } from "../../src/server/node-listener";
import type { ServerLead } from "../../src/server/server-lead";
import { rawConfig, validLead } from "./support/fixtures";

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function listen(options: { trustProxy?: boolean; maxBodyBytes?: number } = {}) {
  const received: ServerLead[] = [];
  const ips: Array<string | null | undefined> = [];
  const handler = createLeadHandler({
    configs: [rawConfig],
    onLead: (lead) => void received.push(lead),
    maxBodyBytes: options.maxBodyBytes ?? 32 * 1024,
    getClientIp: (_request, info) => (ips.push(info?.clientIp), info?.clientIp),
  });
  server = createServer(toNodeListener(handler, { trustProxy: options.trustProxy ?? false }));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, received, ips };
}

/** A raw request, so the test can lie in Content-Length-free chunked bodies. */
function send(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: "POST", headers: { "Content-Type": "application/json", ...headers } }, (res) => {
      let text = "";
      res.on("data", (c) => (text += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("toNodeListener", () => {
  it("serves the handler over node:http with the socket's IP", async () => {
    const { origin, received, ips } = await listen();
    const lead = validLead();
    const response = await send(`${origin}/api/leads`, JSON.stringify(lead), { "Idempotency-Key": lead.leadId });
    expect(response.status).toBe(202);
    expect(JSON.parse(response.body)).toMatchObject({ leadId: lead.leadId });
    expect(received).toHaveLength(1);
    expect(ips).toEqual(["127.0.0.1"]);
  });

  it("uses X-Forwarded-For only when told to trust the proxy", async () => {
    const trusting = await listen({ trustProxy: true });
    await send(`${trusting.origin}/`, JSON.stringify(validLead()), { "X-Forwarded-For": "203.0.113.9, 10.0.0.1" });
    expect(trusting.ips).toEqual(["203.0.113.9"]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const bare = await listen();
    await send(`${bare.origin}/`, JSON.stringify(validLead()), { "X-Forwarded-For": "203.0.113.9" });
    expect(bare.ips).toEqual(["127.0.0.1"]);
  });

  it("answers 413 to a chunked body over the limit", async () => {
    const { origin, received } = await listen({ maxBodyBytes: 2048 });
    const response = await send(`${origin}/`, JSON.stringify({ pad: "x".repeat(100_000) }), { "Transfer-Encoding": "chunked" });
    expect(response.status).toBe(413);
    expect(response.headers["content-type"]).toBe("application/problem+json");
    expect(received).toEqual([]);
  });
});
