import type { SqlClient } from "./sql-client";

/** One schema step. Versions are consecutive integers; a released migration is never edited, only followed. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Any constant works, as long as every serve process uses the same one: it serializes migrations.
const MIGRATION_LOCK = 7_370_912;

/**
 * Brings the database up to the last migration, each in its own transaction, and returns the versions
 * it applied. Several processes starting at once are serialized by a Postgres advisory lock, so each
 * migration runs exactly once. A database newer than this code (a version we do not know) is refused:
 * an older serve must not write into a schema it does not understand.
 *
 * @example await migrate(db, MIGRATIONS); // [1, 2] on an empty database, [] afterwards
 */
export async function migrate(db: SqlClient, migrations: readonly Migration[]): Promise<number[]> {
  checkOrder(migrations);
  await db.query(`create table if not exists schema_migrations (
    version integer primary key, name text not null, applied_at timestamptz not null default now())`).catch(async (error) => {
    // Two processes creating the table at the same instant: one loses with a unique violation; fine.
    if (!(await hasMigrationsTable(db))) throw error;
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query("select pg_advisory_xact_lock($1)", [MIGRATION_LOCK]);
      const done = await tx.query<{ version: number }>("select version from schema_migrations where version = $1", [migration.version]);
      if (done.length > 0) return false;
      for (const statement of splitStatements(migration.sql)) await tx.query(statement);
      await tx.query("insert into schema_migrations (version, name) values ($1, $2)", [migration.version, migration.name]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  const [newest] = await db.query<{ version: number }>("select max(version) as version from schema_migrations");
  const known = migrations.at(-1)?.version ?? 0;
  if (newest && newest.version > known) {
    throw new Error(`the database schema is at version ${newest.version}, this lead-qualifier knows up to ${known}: upgrade lead-qualifier`);
  }
  return applied;
}

async function hasMigrationsTable(db: SqlClient): Promise<boolean> {
  const rows = await db.query("select 1 from information_schema.tables where table_name = 'schema_migrations'");
  return rows.length > 0;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration "${migration.name}" has version ${migration.version}, expected ${index + 1}`);
  });
}

/** Our migrations are plain DDL (no functions with `;` in their bodies), so splitting on `;` is safe. */
function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, "")
    .split(";")
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
