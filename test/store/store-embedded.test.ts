import { openPglite } from "../../src/store/pglite-client";
import { describeStoreContract } from "./store-contract";

describeStoreContract("embedded PGlite (in memory)", async () => {
  const db = await openPglite();
  return { db, close: () => db.close() };
});
