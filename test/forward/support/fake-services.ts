import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { verifyWebhook } from "../../../src/server/verify-webhook";
import { SF_LEAD_ID_FIELD, SF_OID, WEBHOOK_SECRET } from "./destinations";

export type Service = "webhook" | "hubspot" | "salesforce" | "slack" | "teams";
export const SERVICES: readonly Service[] = ["webhook", "hubspot", "salesforce", "slack", "teams"];

/** What a fake answers a request with: success, a scripted fault, or nothing at all. */
export type Fault = "ok" | 500 | 429 | "timeout" | "reset";

/** Every n-th request of a service gets a fault: about a third of all requests fail one way or another. */
export function scriptedFaults(n: number): Fault {
  if (n % 7 === 1) return 500;
  if (n % 11 === 2) return 429;
  if (n % 41 === 3) return "timeout";
  if (n % 17 === 4) return "reset";
  return "ok";
}

export interface FakeServices {
  base: string;
  /** leadId → how many times a service accepted it (answered 2xx). */
  accepted: Record<Service, Map<string, number>>;
  /** When (performance.now()) a service first accepted each leadId. */
  arrivals: Record<Service, Map<string, number>>;
  /** Every request's parsed body per service, in arrival order (only accepted ones). */
  bodies: Record<Service, unknown[]>;
  /** Requests that broke the service's contract (wrong signature, field, encoding, card): must stay empty. */
  violations: string[];
  /** Requests per service, faults included. */
  requests: Record<Service, number>;
  faults: Record<string, number>;
  /** Resolves when `service` has accepted `count` distinct leads. */
  waitFor(service: Service, count: number, timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

const HUBSPOT_FIELDS = new Set(["email", "firstname", "company", "lq_need", "lq_tier", "lq_score", "lq_reasons", "lq_lead_id"]);

/**
 * One HTTP server on 127.0.0.1 playing the five services at /webhook, /hubspot, /salesforce, /slack, /teams.
 * Each checks the exact request the real service expects (Standard Webhooks signature, HubSpot v3 field
 * objects, Web-to-Lead form encoding, Slack blocks, an Adaptive Card), answers with `faults(n)` for its
 * n-th request, and counts what it accepted per leadId.
 */
export async function startFakeServices(options: { faults?: (n: number, service: Service) => Fault; publicUrl?: string } = {}): Promise<FakeServices> {
  const faults = options.faults ?? (() => "ok" as const);
  const empty = <T>(make: () => T) => Object.fromEntries(SERVICES.map((s) => [s, make()])) as Record<Service, T>;
  const accepted = empty(() => new Map<string, number>());
  const arrivals = empty(() => new Map<string, number>());
  const bodies = empty<unknown[]>(() => []);
  const requests = empty(() => 0);
  const faultCounts: Record<string, number> = {};
  const violations: string[] = [];
  const hanging = new Set<ServerResponse>();
  const sockets = new Set<Socket>();
  const waiters: Array<() => void> = [];

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const service = SERVICES.find((s) => url.pathname.startsWith(`/${s}`));
    const body = await readBody(req);
    if (!service || req.method !== "POST") return answer(res, 404, "no such service");
    const n = ++requests[service];
    const fault = faults(n, service);
    if (fault !== "ok") faultCounts[String(fault)] = (faultCounts[String(fault)] ?? 0) + 1;
    if (fault === "reset") return req.socket.destroy();
    if (fault === "timeout") return void hanging.add(res);
    if (fault === 500) return answer(res, 500, "internal error");
    if (fault === 429) return answer(res, 429, "rate limited", { "Retry-After": "1" });
    const checked = await check(service, req, url, body);
    if (typeof checked === "string") {
      violations.push(`${service}: ${checked}`);
      return answer(res, 400, checked);
    }
    accepted[service].set(checked.leadId, (accepted[service].get(checked.leadId) ?? 0) + 1);
    if (!arrivals[service].has(checked.leadId)) arrivals[service].set(checked.leadId, performance.now());
    bodies[service].push(checked.parsed);
    waiters.splice(0).forEach((wake) => wake());
    const ok = { webhook: [204, ""], hubspot: [200, '{"inlineMessage":"Thanks for submitting the form."}'], salesforce: [200, "<html></html>"], slack: [200, "ok"], teams: [202, ""] } as const;
    answer(res, ok[service][0], ok[service][1]);
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function check(service: Service, req: IncomingMessage, url: URL, body: string): Promise<{ leadId: string; parsed: unknown } | string> {
    const type = (req.headers["content-type"] ?? "").toLowerCase();
    if (service === "salesforce") {
      if (type !== "application/x-www-form-urlencoded;charset=utf-8") return `content-type ${type}`;
      if (url.pathname !== "/salesforce/servlet/servlet.WebToLead" || url.searchParams.get("encoding") !== "UTF-8") return `path ${url.pathname}${url.search}`;
      const form = new URLSearchParams(body);
      const bad = [...form.keys()].filter((key) => !/^(?:[a-z][a-z0-9_]*|00N[A-Za-z0-9]{12})$/.test(key));
      if (bad.length > 0) return `unknown Web-to-Lead fields ${bad.join(", ")}`;
      if (form.get("oid") !== SF_OID) return `oid ${form.get("oid")}`;
      if (!form.get("last_name") || !form.get("email")) return "last_name and email are required";
      const leadId = form.get(SF_LEAD_ID_FIELD);
      return leadId ? { leadId, parsed: Object.fromEntries(form) } : "no lead id field";
    }
    if (type !== "application/json") return `content-type ${type}`;
    let json: Record<string, unknown>;
    try {
      json = JSON.parse(body);
    } catch {
      return "body is not JSON";
    }
    if (service === "webhook") {
      const verified = await verifyWebhook(WEBHOOK_SECRET, req.headers as Record<string, string>, body);
      if (!verified.ok) return `signature: ${verified.reason}`;
      const data = json["data"] as { leadId?: string } | undefined;
      if (json["type"] !== "lead.received" || data?.leadId !== verified.id) return "webhook-id is not the body's leadId";
      return { leadId: verified.id, parsed: json };
    }
    if (service === "hubspot") {
      if (!/^\/hubspot\/submissions\/v3\/integration\/submit\/1234567\/[0-9a-f-]{36}$/.test(url.pathname)) return `path ${url.pathname}`;
      const fields = json["fields"] as Array<Record<string, unknown>> | undefined;
      if (!Array.isArray(fields) || fields.length === 0) return "no fields";
      for (const field of fields) {
        if (field["objectTypeId"] !== "0-1" || typeof field["value"] !== "string" || !HUBSPOT_FIELDS.has(String(field["name"]))) return `field ${JSON.stringify(field)}`;
      }
      if (typeof (json["context"] as Record<string, unknown> | undefined)?.["pageUri"] !== "string") return "context.pageUri missing";
      const leadId = fields.find((f) => f["name"] === "lq_lead_id")?.["value"];
      return typeof leadId === "string" ? { leadId, parsed: json } : "no lq_lead_id";
    }
    const link = service === "slack" ? slackLink(json) : teamsLink(json);
    if (typeof link !== "string" || !link.startsWith(`${options.publicUrl}/desk/#/contact/`)) return `${service} message has no claim link: ${body.slice(0, 300)}`;
    return { leadId: link.slice(link.lastIndexOf("/") + 1), parsed: json };
  }

  return {
    base,
    accepted,
    arrivals,
    bodies,
    violations,
    requests,
    faults: faultCounts,
    async waitFor(service, count, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      while (accepted[service].size < count) {
        if (Date.now() > deadline) throw new Error(`${service}: ${accepted[service].size} of ${count} leads after ${timeoutMs} ms`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
    },
    async close() {
      for (const res of hanging) res.destroy();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function slackLink(json: Record<string, unknown>): unknown {
  const blocks = json["blocks"] as Array<Record<string, unknown>> | undefined;
  if (typeof json["text"] !== "string" || !Array.isArray(blocks) || (blocks[0] as { type?: string })?.type !== "header") return null;
  const actions = blocks.find((b) => b["type"] === "actions") as { elements?: Array<{ type?: string; url?: string }> } | undefined;
  const button = actions?.elements?.[0];
  return button?.type === "button" ? button.url : null;
}

function teamsLink(json: Record<string, unknown>): unknown {
  const attachment = (json["attachments"] as Array<Record<string, unknown>> | undefined)?.[0];
  const card = attachment?.["content"] as { type?: string; version?: string; body?: unknown[]; actions?: Array<{ type?: string; url?: string }> } | undefined;
  if (json["type"] !== "message" || attachment?.["contentType"] !== "application/vnd.microsoft.card.adaptive") return null;
  if (card?.type !== "AdaptiveCard" || card.version !== "1.4" || !Array.isArray(card.body)) return null;
  return card.actions?.[0]?.type === "Action.OpenUrl" ? card.actions[0].url : null;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (text += chunk));
    req.on("end", () => resolve(text));
    req.on("error", () => resolve(text));
  });
}

function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { "Content-Type": "text/plain", ...headers });
  res.end(text);
}
