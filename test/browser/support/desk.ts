import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { spawnServe, type SpawnedServe } from "../../serve/support/spawn-serve";

export const DESK_PASSWORD = "desk-test-password";

/**
 * The real `lead-qualifier serve` (built dist/) with the desk test form and landing page, on a fresh
 * embedded database in a temp folder. `stop()` ends the process and deletes the folder.
 */
export async function startDeskServe(): Promise<SpawnedServe & { dataDir: string }> {
  const dataDir = await mkdtemp(join(tmpdir(), "lq-desk-browser-"));
  const serve = await spawnServe(
    ["--forms", "test/browser/pages/desk-forms", "--static", "test/browser/pages/desk-site", "--data-dir", join(dataDir, "db"), "--lead-rate-limit", "off"],
    { DESK_PASSWORD },
  );
  return {
    ...serve,
    dataDir,
    async stop(signal) {
      const code = await serve.stop(signal);
      await rm(dataDir, { recursive: true, force: true });
      return code;
    },
  };
}

/** Signs in on the desk page as `name` with the test password and waits for the hot queue. */
export async function signInToDesk(page: Page, origin: string, name = "Ana Rep"): Promise<void> {
  await page.goto(`${origin}/desk/`);
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Password").fill(DESK_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Hot queue" }).waitFor();
}

/** One visitor through the desk test form (test/browser/pages/desk-forms/desk-demo.json). */
export async function submitVisitorLead(page: Page, origin: string, visitor: { email: string; name: string; company: string; timeframe: string }) {
  await page.goto(`${origin}/landing.html`);
  await page.getByLabel("Work email").fill(visitor.email);
  await page.getByLabel("Your name").fill(visitor.name);
  await page.getByLabel("Company").fill(visitor.company);
  await page.getByRole("radio", { name: visitor.timeframe }).check();
  const accepted = page.waitForResponse((response) => response.url().endsWith("/api/leads") && response.request().method() === "POST");
  await page.getByRole("button", { name: "Submit" }).click();
  const response = await accepted;
  return { status: response.status(), acceptedAt: performance.now() };
}
