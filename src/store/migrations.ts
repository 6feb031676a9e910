import type { Migration } from "./migration";
import { leadsMigration } from "./migrations/0001-leads";
import { deskMigration } from "./migrations/0002-desk";
import { forwardingMigration } from "./migrations/0003-forwarding";
import { receiptLeasesMigration } from "./migrations/0004-receipt-leases";

/** Every schema step, in order. Add a file under migrations/ and append it here; never edit a released one. */
export const MIGRATIONS: readonly Migration[] = [leadsMigration, deskMigration, forwardingMigration, receiptLeasesMigration];
