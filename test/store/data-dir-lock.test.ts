import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lockDataDir } from "../../src/store/data-dir-lock";

describe("lockDataDir", () => {
  it("refuses a second process on the same embedded database folder and frees it on release", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-lock-"));
    const release = await lockDataDir(dir);
    expect(await readFile(join(dir, "lead-qualifier.lock"), "utf8")).toBe(String(process.pid));
    await expect(lockDataDir(dir, process.pid + 1)).rejects.toThrow(/in use by process \d+.*DATABASE_URL/);
    await release();
    const again = await lockDataDir(dir, process.pid + 1);
    await again();
    await rm(dir, { recursive: true, force: true });
  });

  it("takes over a lock left by a process that no longer runs", async () => {
    const dir = await mkdtemp(join(tmpdir(), "lq-lock-"));
    await writeFile(join(dir, "lead-qualifier.lock"), "999999999");
    const release = await lockDataDir(dir);
    expect(await readFile(join(dir, "lead-qualifier.lock"), "utf8")).toBe(String(process.pid));
    await release();
    await rm(dir, { recursive: true, force: true });
  });
});
