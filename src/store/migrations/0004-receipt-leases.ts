import type { Migration } from "../migration";

/**
 * A lease on each in-flight receipt: the handler holds a leadId for as long as its onLead call runs
 * (renewing the lease), so another process takes it over only once the holder is gone, never after a
 * fixed age while a slow call is still running. Receipts from before have no lease: they end at
 * `since_ms` + the store's default lease.
 */
export const receiptLeasesMigration: Migration = {
  version: 4,
  name: "leases on in-flight lead receipts",
  sql: `alter table lead_receipts add column lease_until_ms double precision;`,
};
