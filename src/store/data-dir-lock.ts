import { mkdir, open, readFile, rm } from "node:fs/promises";
import { join } from "node:path";

const LOCK_FILE = "lead-qualifier.lock";

/**
 * Claims the embedded database folder for this process: PGlite is a single-process database, and two
 * processes writing one folder would corrupt it. A lock left by a process that no longer runs (a crash)
 * is taken over. Resolves to a function that releases the lock.
 *
 * @example const release = await lockDataDir("./lead-desk-data"); … await release();
 */
export async function lockDataDir(dataDir: string, pid = process.pid): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(file, "wx");
      await handle.writeFile(String(pid));
      await handle.close();
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(file, "utf8").catch(() => "")).trim());
      if (Number.isInteger(holder) && holder > 0 && holder !== pid && isRunning(holder)) {
        throw new Error(
          `the embedded database in ${dataDir} is in use by process ${holder}: one process per data folder (run several serve processes on one Postgres with DATABASE_URL)`,
        );
      }
      await rm(file, { force: true });
    }
  }
  throw new Error(`cannot lock the embedded database folder ${dataDir}`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
