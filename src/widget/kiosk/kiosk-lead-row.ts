import type { Tier } from "../../config/types";

/** Where a lead captured on this device stands: still in the outbox, or delivered. */
export type KioskLeadStatus = "pending" | "sending" | "failed" | "delivered";

/**
 * One lead captured on this kiosk, as the staff panel counts it and the CSV export writes it.
 * Personal fields are optional: the delivered log may keep only ids, tiers and times.
 */
export interface KioskLeadRow {
  leadId: string;
  submittedAt: string;
  status: KioskLeadStatus;
  tier: Tier;
  total: number;
  productLine?: string | null;
  email?: string;
  name?: string;
  company?: string;
  /** When the endpoint accepted it (delivered rows only). */
  deliveredAt?: string | null;
  /** The last delivery error (failed rows), e.g. "HTTP 400". */
  lastError?: string | null;
}
