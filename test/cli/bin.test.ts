import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const bin = join(root, "bin/lead-qualifier.js");

/** Runs the published CLI exactly as `npx lead-qualifier` would (it imports the built dist/cli.js). */
function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  if (!existsSync(join(root, "dist/cli.js"))) throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does)");
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe("the lead-qualifier command", () => {
  it("checks the demo forms and the full config fixture and exits 0 when every example passes", async () => {
    const result = await run(["check", "demo/forms", "test/fixtures/full-config.json"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/PASS/);
    expect(result.stdout).not.toMatch(/FAIL/);
  });

  it("exits 1 and names the failing example when an expectation is wrong", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-cli-"));
    const form = join(dir, "form.json");
    await writeFile(form, JSON.stringify({
      id: "wrong", endpoint: "https://x.example/leads", preset: "bant",
      examples: [{ name: "student expected hot", answers: { role: "student" }, expect: { tier: "sales-ready" } }],
    }));
    const result = await run(["check", form]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/student expected hot/);
    expect(result.stdout).toMatch(/FAIL/);
  });

  it("exits 1 with path: message lines for an invalid config", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-cli-"));
    const form = join(dir, "bad.json");
    await writeFile(form, JSON.stringify({ id: "Bad Id", endpoint: "http://example.com/leads" }));
    const result = await run(["check", form]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^\s*id: /m);
    expect(result.stderr).toMatch(/^\s*endpoint: /m);
  });

  it("prints a score breakdown with the tier for an answers file", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-cli-"));
    const answers = join(dir, "answers.json");
    await writeFile(answers, JSON.stringify({ role: "vp", budget: "approved", timeframe: "now", employees: 250 }));
    const result = await run(["score", "test/fixtures/full-config.json", answers]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/authority/);
    expect(result.stdout).toMatch(/sales-ready|sales-later|nurture|disqualified/);
  });
});
