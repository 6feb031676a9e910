import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "../../../src/store/open-database";
import type { QueueDatabase } from "../forward-queue-contract";

/**
 * Embedded PGlite in a temp folder, so "reopen" is a real restart from disk. PGlite is one process per
 * folder: the "second process" shares the same client.
 */
export function embeddedQueueDatabase(): QueueDatabase {
  const dirs: string[] = [];
  const paths = new WeakMap<object, string>();
  return {
    async open() {
      const dir = await mkdtemp(join(tmpdir(), "lq-forward-"));
      dirs.push(dir);
      const db = await openDatabase({ dataDir: join(dir, "db") });
      paths.set(db, join(dir, "db"));
      return db;
    },
    async reopen(db) {
      const dataDir = paths.get(db)!;
      await db.close();
      const again = await openDatabase({ dataDir });
      paths.set(again, dataDir);
      return again;
    },
    async second(db) {
      return db;
    },
    async cleanup() {
      await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}
