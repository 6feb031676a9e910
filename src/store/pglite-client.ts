import { lockDataDir } from "./data-dir-lock";
import type { SqlClient } from "./sql-client";

/**
 * The embedded database: PGlite (Postgres compiled to WebAssembly) keeping its files in `dataDir`,
 * or in memory when `dataDir` is omitted (tests). One process owns a data folder at a time (a lock file
 * says which; a second process is refused with a clear message).
 *
 * @example const db = await openPglite("./lead-desk-data");
 */
export async function openPglite(dataDir?: string): Promise<SqlClient> {
  // Loaded on demand: `lead-qualifier check` and the pg path never pay for the WebAssembly build.
  const { PGlite } = await import("@electric-sql/pglite");
  const release = dataDir ? await lockDataDir(dataDir) : async () => {};
  let db: InstanceType<typeof PGlite>;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    await release();
    throw error;
  }
  return {
    kind: "embedded",
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await db.query<Row>(text, [...params])).rows;
    },
    transaction(fn) {
      return db.transaction((tx) =>
        fn({ query: async <Row>(text: string, params: readonly unknown[] = []) => (await tx.query<Row>(text, [...params])).rows }),
      );
    },
    async close() {
      await db.close();
      await release();
    },
  };
}
