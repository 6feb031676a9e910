import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/main";
import { verifyPassword } from "../../src/serve/password-hash";

function io(extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = { readFile: async () => "", stdout: (l) => out.push(l), stderr: (l) => err.push(l), ...extra };
  return { io: value, out, err };
}

describe("lead-qualifier serve", () => {
  it("exits 2 with the problem and the usage when --forms is missing", async () => {
    const { io: cli, err } = io({ env: {} });
    expect(await runCli(["serve"], cli)).toBe(2);
    expect(err[0]).toBe("lead-qualifier serve: --forms <dir> is required (the folder of form configs)");
    expect(err.join("\n")).toMatch(/DATABASE_URL=postgres/);
  });

  it("exits 1 naming the file and path of every issue in an invalid form", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-serve-forms-"));
    await writeFile(join(dir, "bad.json"), JSON.stringify({ id: "Bad Id", endpoint: "/api/leads" }));
    const { io: cli, err } = io({ env: {}, distDir: "/nonexistent", waitForShutdown: () => new Promise(() => {}) });
    expect(await runCli(["serve", "--forms", dir], cli)).toBe(1);
    expect(err.join("\n")).toMatch(/invalid form config\(s\) in .*\n\s+bad\.json: id: /);
    await rm(dir, { recursive: true, force: true });
  });

  it("runs until asked to stop, printing where the endpoint, the desk and the widget are", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-serve-run-"));
    await writeFile(join(dir, "form.json"), JSON.stringify({ id: "acme", endpoint: "/api/leads", preset: "bant" }));
    let stop!: (signal: string) => void;
    const { io: cli, out } = io({
      env: { DESK_PASSWORD: "pw-1234" },
      distDir: join(dir, "dist"),
      waitForShutdown: () => new Promise((resolve) => (stop = resolve)),
    });
    const running = runCli(["serve", "--forms", dir, "--port", "0", "--data-dir", join(dir, "db")], cli);
    await expect.poll(() => out.length, { timeout: 30_000 }).toBeGreaterThan(3);
    const url = /lead-qualifier serve: (http:\/\/127\.0\.0\.1:\d+)\//.exec(out[0]!)![1]!;
    expect(out.join("\n")).toMatch(/desk: .*\/desk\/ {2}\(sign in with your name and DESK_PASSWORD\)/);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    stop("SIGTERM");
    expect(await running).toBe(0);
    expect(out.at(-1)).toBe("lead-qualifier serve: SIGTERM, stopping");
    await rm(dir, { recursive: true, force: true });
    // Creating an embedded database takes seconds on a busy machine.
  }, 60_000);
});

describe("lead-qualifier hash-password", { timeout: 30_000 }, () => {
  it("hashes the password read from standard input for the users file", async () => {
    const { io: cli, out } = io({ readStdin: async () => "correct horse battery\n" });
    expect(await runCli(["hash-password"], cli)).toBe(0);
    expect(await verifyPassword("correct horse battery", out[0]!)).toBe(true);
  });

  it("refuses a short password", async () => {
    const { io: cli, err } = io({ readStdin: async () => "short" });
    expect(await runCli(["hash-password"], cli)).toBe(2);
    expect(err[0]).toMatch(/at least 8 characters/);
  });
});
