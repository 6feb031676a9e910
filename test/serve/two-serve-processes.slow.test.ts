import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations";
import { openPostgres } from "../../src/store/pg-client";
import { rawConfig, validLead } from "../server/support/fixtures";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { spawnServe, type SpawnedServe } from "./support/spawn-serve";

// The scaling promise of issue 12: stateless receivers behind a load balancer, one Postgres behind
// them. Two real `serve` processes, one real Postgres, 1,000 leads each sent 1–3 times to a random
// process, concurrently: every lead must be accepted (202) exactly once and stored exactly once.
const LEADS = 1000;
const CONCURRENCY = 16;

let postgres: TestPostgres;
let serves: SpawnedServe[] = [];
let formsDir: string;

beforeAll(async () => {
  postgres = await startPostgres();
  formsDir = await mkdtemp(join(tmpdir(), "lq-forms-"));
  await writeFile(join(formsDir, "analytics.json"), JSON.stringify(rawConfig));
  const env = { DATABASE_URL: postgres.url, DESK_PASSWORD: "desk-secret" };
  // Started one after the other would hide a migration race: start both at once.
  serves = await Promise.all([0, 1].map(() => spawnServe(["--forms", formsDir, "--lead-rate-limit", "off"], env)));
});

afterAll(async () => {
  await Promise.all(serves.map((s) => s.stop()));
  await postgres?.stop();
  if (formsDir) await rm(formsDir, { recursive: true, force: true });
});

/** A small seeded generator, so a failing run can be replayed (the seed is printed). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

it("two serve processes on one real Postgres, 1,000 leads sent to both at random with replays: exactly 1,000 stored", async () => {
  const seed = Date.now() % 100_000;
  const rand = random(seed);
  const leads = Array.from({ length: LEADS }, (_, i) => validLead({ answers: { email: `buyer${i}@acme.io`, role: i % 3 === 0 ? "ic" : "vp" } }));
  const sends = leads.flatMap((lead) => Array.from({ length: 1 + Math.floor(rand() * 3) }, () => lead));
  for (let i = sends.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [sends[i], sends[j]] = [sends[j]!, sends[i]!];
  }

  const accepted = new Map<string, number>();
  const statuses = new Map<number, number>();
  const send = async (lead: (typeof leads)[number]) => {
    // 409 means the other process is still handling this leadId: the widget retries, so do we.
    for (let attempt = 0; attempt < 50; attempt++) {
      const target = serves[Math.floor(rand() * serves.length)]!;
      const response = await fetch(`${target.url}/api/leads`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId },
        body: JSON.stringify(lead),
      });
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (response.status === 202) accepted.set(lead.leadId, (accepted.get(lead.leadId) ?? 0) + 1);
      if (response.status !== 409) return response.status;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`lead ${lead.leadId} stayed in flight`);
  };

  const started = performance.now();
  const finals: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < sends.length) finals.push(await send(sends[next++]!));
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`two serve processes: ${sends.length} POSTs (${LEADS} leads, seed ${seed}) in ${seconds.toFixed(1)} s, ${(sends.length / seconds).toFixed(0)}/s; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);

  expect(finals.every((status) => status === 202 || status === 200)).toBe(true);
  expect(accepted.size).toBe(LEADS);
  expect([...accepted.values()].every((count) => count === 1)).toBe(true);

  const db = await openPostgres(postgres.url, 2);
  try {
    const [row] = await db.query<{ leads: number; distinct_ids: number; receipts: number }>(
      `select (select count(*)::int from leads) as leads, (select count(distinct lead_id)::int from leads) as distinct_ids,
              (select count(*)::int from lead_receipts where state = 'done') as receipts`,
    );
    expect(row).toEqual({ leads: LEADS, distinct_ids: LEADS, receipts: LEADS });
    const migrations = await db.query("select version from schema_migrations");
    expect(migrations).toHaveLength(MIGRATIONS.length);
  } finally {
    await db.close();
  }
  // Both processes really took part.
  for (const serve of serves) expect(serve.output()).toMatch(/lead [0-9a-f-]{36} acme-analytics/);
});
