import type { SqlClient } from "./sql-client";

/**
 * Any Postgres (self-hosted or managed) through a `pg` connection pool, from a `DATABASE_URL` such as
 * `postgres://desk:secret@db.internal:5432/leads`. Several `serve` processes may share one database.
 *
 * @example const db = await openPostgres(process.env.DATABASE_URL!);
 */
export async function openPostgres(connectionString: string, maxConnections = 10): Promise<SqlClient> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString, max: maxConnections });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on("error", (error) => console.error(`lead-qualifier: database connection lost (${error.message})`));
  await pool.query("select 1");
  return {
    kind: "postgres",
    async query<Row>(text: string, params: readonly unknown[] = []) {
      return (await pool.query(text, [...params])).rows as Row[];
    },
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("begin");
        const result = await fn({ query: async <Row>(text: string, params: readonly unknown[] = []) => (await client.query(text, [...params])).rows as Row[] });
        await client.query("commit");
        return result;
      } catch (error) {
        await client.query("rollback").catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
