import { openPostgres } from "../../src/store/pg-client";
import { startPostgres } from "../support/postgres";
import { describeStoreContract } from "./store-contract";

describeStoreContract("a real Postgres server (Debian postgresql)", async () => {
  const server = await startPostgres();
  const db = await openPostgres(server.url);
  return {
    db,
    async close() {
      await db.close();
      await server.stop();
    },
  };
});
