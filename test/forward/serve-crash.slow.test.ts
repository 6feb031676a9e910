import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openDatabase } from "../../src/store/open-database";
import { rawConfig, validLead } from "../server/support/fixtures";
import { spawnServe, type SpawnedServe } from "../serve/support/spawn-serve";
import { destinationsEnv } from "./support/destinations";
import { startFakeServices, type FakeServices } from "./support/fake-services";

// The real `lead-qualifier serve` killed with SIGKILL while it forwards, then started again on the same
// embedded database: every lead still reaches every destination. A kill cannot be graceful, so a request
// that was on the wire may go out twice (at least once; receivers dedupe on the leadId); nothing is lost.
const LEADS = 300;
let fakes: FakeServices;
let dir: string;
let serve: SpawnedServe | undefined;
let slowStart = true;

beforeAll(async () => {
  // Slow answers at first, so the kill lands while jobs are in flight and many are still queued.
  fakes = await startFakeServices({ publicUrl: "https://leads.example.test", faults: (n) => (slowStart && n % 3 === 0 ? 500 : "ok") });
  dir = await mkdtemp(join(tmpdir(), "lq-forward-crash-"));
  await mkdir(join(dir, "forms"));
  await writeFile(join(dir, "forms", "analytics.json"), JSON.stringify(rawConfig));
  await writeFile(join(dir, "destinations.json"), JSON.stringify({
    destinations: {
      crm: { type: "webhook", url: `${fakes.base}/webhook`, secret: { env: "LEAD_WEBHOOK_SECRET" } },
      "slack-sales": { type: "slack", url: { env: "SLACK_WEBHOOK_URL" }, when: { tiers: ["sales-ready", "sales-later", "nurture", "disqualified"] }, rateLimit: { limit: 1000, windowSeconds: 1 } },
    },
  }));
});

afterAll(async () => {
  await serve?.stop("SIGKILL");
  await fakes?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const start = () =>
  spawnServe(["--forms", join(dir, "forms"), "--data-dir", join(dir, "db"), "--lead-rate-limit", "off", "--destinations", join(dir, "destinations.json"), "--public-url", "https://leads.example.test"], {
    DESK_PASSWORD: "desk-secret", ...destinationsEnv(fakes.base),
  });

it(`forwards ${LEADS} leads to every destination after serve is killed mid-run and started again`, async () => {
  serve = await start();
  const leads = Array.from({ length: LEADS }, (_, i) => validLead({ answers: { email: `crash${i}@acme.io`, role: i % 2 ? "vp" : "ic" } }));
  for (const lead of leads) {
    const response = await fetch(`${serve.url}/api/leads`, { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId }, body: JSON.stringify(lead) });
    expect(response.status).toBe(202);
  }
  await fakes.waitFor("webhook", LEADS / 4, 60_000);
  expect(await serve.stop("SIGKILL")).toBeNull();
  const atKill = [fakes.accepted.webhook.size, fakes.accepted.slack.size];
  expect(Math.min(...atKill)).toBeLessThan(LEADS);

  slowStart = false;
  const restartedAt = performance.now();
  serve = await start();
  await fakes.waitFor("webhook", LEADS, 120_000);
  await fakes.waitFor("slack", LEADS, 120_000);
  const catchUp = performance.now() - restartedAt;
  await serve.stop();
  serve = undefined;

  const twice = (service: "webhook" | "slack") => [...fakes.accepted[service].values()].filter((n) => n > 1).length;
  console.log(`serve killed mid-forwarding: ${atKill.join("/")} of ${LEADS} delivered (webhook/slack) at the kill, all ${LEADS} ${(catchUp / 1000).toFixed(1)} s after the restart began; sent twice: ${twice("webhook")}/${twice("slack")}`);
  expect(fakes.violations).toEqual([]);
  // Only what was on the wire at the kill can go twice: at most one runner's worth of concurrent jobs.
  expect(twice("webhook") + twice("slack")).toBeLessThanOrEqual(8);
  // Not held up by the dead run's leases (50 s): one process owns an embedded database, so a restart frees them
  // (tested exactly in test/serve/serve-forwarding.test.ts).
  expect(catchUp).toBeLessThan(40_000);
  const db = await openDatabase({ dataDir: join(dir, "db") });
  try {
    const rows = await db.query<{ status: string; n: number }>("select status, count(*)::int as n from forward_jobs group by status");
    expect(rows).toEqual([{ status: "delivered", n: LEADS * 2 }]);
  } finally {
    await db.close();
  }
});
