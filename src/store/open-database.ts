import { migrate } from "./migration";
import { MIGRATIONS } from "./migrations";
import { openPglite } from "./pglite-client";
import { openPostgres } from "./pg-client";
import type { SqlClient } from "./sql-client";

export interface DatabaseOptions {
  /** A Postgres connection string; when set, the embedded database is not used. */
  databaseUrl?: string | undefined;
  /** The embedded database's folder (created when missing). Omit both for an in-memory database (tests). */
  dataDir?: string | undefined;
}

/**
 * Opens the lead desk's database and brings its schema up to date: Postgres when a URL is given,
 * otherwise embedded Postgres (PGlite) in `dataDir`. The same SQL runs on both.
 *
 * @example const db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: "./lead-desk-data" });
 */
export async function openDatabase(options: DatabaseOptions): Promise<SqlClient> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(db, MIGRATIONS);
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
  return db;
}
