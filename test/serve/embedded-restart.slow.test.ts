import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { ContactsResponse } from "../../src/desk/model/desk-types";
import { rawConfig, validLead } from "../server/support/fixtures";
import { spawnServe, type SpawnedServe } from "./support/spawn-serve";

// The embedded database (PGlite in a data folder) is the default: a restart, clean or a crash, must
// lose nothing — not the leads, not what people did with them, not the dedupe receipts.
let dir: string;
let formsDir: string;
let serve: SpawnedServe | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lq-embedded-"));
  formsDir = join(dir, "forms");
  await mkdir(formsDir);
  await writeFile(join(formsDir, "analytics.json"), JSON.stringify(rawConfig));
});
afterAll(async () => {
  await serve?.stop();
  await rm(dir, { recursive: true, force: true });
});

const start = () => spawnServe(["--forms", formsDir, "--data-dir", join(dir, "db"), "--lead-rate-limit", "off"], { DESK_PASSWORD: "desk-secret" });
const postLead = (url: string, lead: object & { leadId: string }) =>
  fetch(`${url}/api/leads`, { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": lead.leadId }, body: JSON.stringify(lead) });

async function signIn(url: string) {
  const response = await fetch(`${url}/desk/api/login`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: "ana", password: "desk-secret" }) });
  expect(response.status).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie: response.headers.get("Set-Cookie")!.split(";")[0]!, csrf: csrfToken };
}

async function contacts(url: string, cookie: string): Promise<ContactsResponse> {
  const response = await fetch(`${url}/desk/api/contacts`, { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as ContactsResponse;
}

it("restart with the embedded database, clean and after a crash: nothing lost", async () => {
  serve = await start();
  const leads = Array.from({ length: 20 }, (_, i) => validLead({ answers: { email: `p${i}@acme.io`, role: "vp" } }));
  for (const lead of leads) expect((await postLead(serve.url, lead)).status).toBe(202);
  const { cookie, csrf } = await signIn(serve.url);
  const claim = await fetch(`${serve.url}/desk/api/claims`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Cookie: cookie, "X-CSRF-Token": csrf },
    body: JSON.stringify({ contactId: leads[0]!.leadId }),
  });
  expect(claim.status).toBe(201);

  // A clean stop (SIGTERM) and start on the same folder.
  expect(await serve.stop("SIGTERM")).toBe(0);
  serve = await start();
  let after = await contacts(serve.url, cookie);
  expect(after.contacts).toHaveLength(20);
  expect(after.contacts.find((c) => c.id === leads[0]!.leadId)?.claim?.actor).toBe("ana");
  expect((await postLead(serve.url, leads[5]!)).status).toBe(200);

  // A crash (SIGKILL) right after a lead was accepted.
  const last = validLead({ answers: { email: "last@acme.io", role: "vp" } });
  expect((await postLead(serve.url, last)).status).toBe(202);
  await serve.stop("SIGKILL");
  serve = await start();
  after = await contacts(serve.url, cookie);
  expect(after.contacts.map((c) => c.id)).toContain(last.leadId);
  expect(after.contacts).toHaveLength(21);
  expect((await postLead(serve.url, last)).status).toBe(200);
});
