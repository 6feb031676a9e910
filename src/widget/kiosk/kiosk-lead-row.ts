import type { Lead, Tier } from "../../config/types";

/** Where a lead captured on this device stands: still in the outbox, or delivered. */
export type KioskLeadStatus = "pending" | "sending" | "failed" | "delivered";

/**
 * One lead captured on this kiosk, as the staff panel counts it and the CSV export writes it. `lead` is
 * the whole lead when the device still has it (always for undelivered ones; for delivered ones unless
 * a full storage made the log drop it).
 */
export interface KioskLeadRow {
  leadId: string;
  submittedAt: string;
  status: KioskLeadStatus;
  tier: Tier;
  total: number;
  lead?: Lead;
  /** False when no storage took the lead (it is in this page's memory only). */
  saved?: boolean;
  /** When the endpoint accepted it (delivered rows only). */
  deliveredAt?: string | null;
  /** The last delivery error (pending or failed rows), e.g. "HTTP 400". */
  lastError?: string | null;
}
