import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServe, type RunningServe } from "../../src/serve/start-serve";
import type { ServeOptions } from "../../src/serve/serve-options";
import { openDatabase } from "../../src/store/open-database";
import { parseDestinations } from "../../src/forward/parse-destinations";
import { storeLeadWithJobs } from "../../src/forward/store-lead-with-jobs";
import { createForwardJobRepository } from "../../src/store/forward-job-repository";
import { serverLead } from "../support/server-lead";
import { rawConfig, validLead } from "../server/support/fixtures";

// serve with forwarding, in-process: the 202 never waits for a destination, a lead is stored together
// with its jobs, and a broken destinations file stops the start with every problem and its path.
let dir: string;
let hanging: Server;
let hangingUrl: string;
const held: Array<() => void> = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lq-serve-forward-"));
  await mkdir(join(dir, "forms"));
  await writeFile(join(dir, "forms", "analytics.json"), JSON.stringify(rawConfig));
  // A webhook receiver that never answers: forwarding must not hold up the visitor's 202.
  hanging = createServer((_req, res) => void held.push(() => res.destroy()));
  await new Promise<void>((resolve) => hanging.listen(0, "127.0.0.1", resolve));
  hangingUrl = `http://127.0.0.1:${(hanging.address() as AddressInfo).port}/hook`;
});

afterAll(async () => {
  held.forEach((release) => release());
  await new Promise((resolve) => hanging?.close(resolve));
  if (dir) await rm(dir, { recursive: true, force: true });
});

function options(extra: Partial<ServeOptions>): ServeOptions {
  return {
    formsDir: join(dir, "forms"), allowedOrigins: [], port: 0, host: "127.0.0.1", dataDir: join(dir, "db"), databaseUrl: undefined,
    staticDir: undefined, trustProxy: false, usersFile: undefined, sharedPassword: "desk-pw", leadRateLimit: false,
    destinationsFile: undefined, publicUrl: undefined, ...extra,
  };
}
const deps = (log: string[] = []) => ({
  distDir: join(dir, "dist"), log: (line: string) => log.push(line), logError: () => {}, randomPassword: () => "x",
  env: { LEAD_WEBHOOK_SECRET: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" },
});

describe("serve with destinations", () => {
  let serve: RunningServe;

  it("answers 202 at once while a destination hangs, and stores the lead with its job", async () => {
    await writeFile(join(dir, "destinations.json"), JSON.stringify({
      destinations: { crm: { type: "webhook", url: hangingUrl, secret: { env: "LEAD_WEBHOOK_SECRET" }, timeoutSeconds: 30 } },
    }));
    const log: string[] = [];
    serve = await startServe(options({ destinationsFile: join(dir, "destinations.json") }), deps(log));
    expect(serve.banner).toContain("  forward:  crm (webhook)");
    const lead = validLead();
    const started = performance.now();
    const response = await fetch(`${serve.url}/api/leads`, { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId }, body: JSON.stringify(lead) });
    const ms = performance.now() - started;
    expect(response.status).toBe(202);
    expect(ms).toBeLessThan(5_000);
    await expect.poll(() => held.length, { timeout: 5_000 }).toBeGreaterThan(0);
    console.log(`serve: 202 after ${ms.toFixed(0)} ms while the webhook receiver hangs`);
    // The receiver then drops the connection: the job waits for its retry, kept in the database across the stop.
    held.splice(0).forEach((release) => release());
    await serve.close();
    const db = await openDatabase({ dataDir: join(dir, "db") });
    try {
      const rows = await db.query<{ destination: string; status: string }>("select destination, status from forward_jobs where lead_id = $1", [lead.leadId]);
      expect(rows).toEqual([{ destination: "crm", status: "pending" }]);
    } finally {
      await db.close();
    }
  }, 60_000);

  it("sends at once the jobs a crashed run left in flight on the embedded database, instead of waiting out their leases", async () => {
    const received: string[] = [];
    const ok = createServer((req, res) => {
      received.push(String(req.headers["webhook-id"]));
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => ok.listen(0, "127.0.0.1", resolve));
    const file = join(dir, "ok.json");
    await writeFile(file, JSON.stringify({ destinations: { crm: { type: "webhook", url: `http://127.0.0.1:${(ok.address() as AddressInfo).port}/`, secret: { env: "LEAD_WEBHOOK_SECRET" } } } }));
    const dataDir = join(dir, "db-crashed");
    const setup = parseDestinations(await readFile(file, "utf8"), { env: deps().env });
    if (!setup.ok) throw new Error("fixture");
    // The crashed run: the lead stored with its job, the job taken with a 50 s lease, then nothing.
    const db = await openDatabase({ dataDir });
    const lead = serverLead({ formId: "acme-analytics" });
    await storeLeadWithJobs(db, lead, setup.value, new Date());
    expect(await createForwardJobRepository(db).claimDue(new Date(), 10, 50_000, "crashed:1")).toHaveLength(1);
    await db.close();
    const running = await startServe(options({ destinationsFile: file, dataDir }), deps());
    try {
      expect(running.banner).toContain("  forward:  1 job(s) left in flight by a previous run that stopped abruptly are sent again");
      await expect.poll(() => received, { timeout: 5_000 }).toEqual([lead.leadId]);
    } finally {
      await running.close();
      await new Promise((resolve) => ok.close(resolve));
    }
  }, 60_000);

  it("refuses to start with a broken destinations file, listing every problem with its path", async () => {
    await writeFile(join(dir, "broken.json"), JSON.stringify({
      destinations: { crm: { type: "webhook", url: "http://hooks.example.com/x", secret: { env: "NOT_SET" } }, chat: { type: "slack", url: "https://hooks.slack.com/services/x", when: { forms: ["other-form"] } } },
    }));
    await expect(startServe(options({ destinationsFile: join(dir, "broken.json") }), deps())).rejects.toThrow(
      [
        `invalid destinations file ${join(dir, "broken.json")}:`,
        "  destinations.crm.url: must be an https URL (http only for localhost)",
        "  destinations.crm.secret: environment variable NOT_SET is not set",
        '  destinations.chat.when.forms[0]: no form with id "other-form" (forms: acme-analytics)',
      ].join("\n"),
    );
  });

  it("warns at start when chat alerts would have no desk link", async () => {
    await writeFile(join(dir, "chat.json"), JSON.stringify({ destinations: { chat: { type: "slack", url: "https://hooks.slack.com/services/T/B/X" } } }));
    const running = await startServe(options({ destinationsFile: join(dir, "chat.json"), dataDir: join(dir, "db2") }), deps());
    try {
      expect(running.banner.at(-1)).toMatch(/^  warning:  no --public-url \/ PUBLIC_URL: Slack and Teams alerts go out without a "Claim in the desk" link$/);
    } finally {
      await running.close();
    }
  }, 60_000);
});
