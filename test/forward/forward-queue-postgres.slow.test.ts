import { openDatabase } from "../../src/store/open-database";
import type { SqlClient } from "../../src/store/sql-client";
import { startPostgres, type TestPostgres } from "../support/postgres";
import { describeForwardDelivery, describeForwardRules, type QueueDatabase } from "./forward-queue-contract";

// The same queue on a real Postgres server: "reopen" is a new connection pool (a restarted process) and
// "second" another pool beside it (a second serve process), so FOR UPDATE SKIP LOCKED really decides.
function postgresQueueDatabase(): QueueDatabase {
  const servers: TestPostgres[] = [];
  const urls = new WeakMap<object, string>();
  const open = async (url: string) => {
    const db = await openDatabase({ databaseUrl: url });
    urls.set(db, url);
    return db;
  };
  return {
    async open() {
      const server = await startPostgres();
      servers.push(server);
      return open(server.url);
    },
    async reopen(db: SqlClient) {
      const url = urls.get(db)!;
      await db.close();
      return open(url);
    },
    second: (db: SqlClient) => open(urls.get(db)!),
    async cleanup() {
      await Promise.all(servers.map((s) => s.stop()));
    },
  };
}

describeForwardRules("a real Postgres server", postgresQueueDatabase());
describeForwardDelivery("a real Postgres server", postgresQueueDatabase());
