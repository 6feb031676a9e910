import type { Lead, Tier } from "../config/types";
import type { Problem } from "./read-problem";

export type OutboxStatus = "pending" | "sending" | "failed";

/** Why the last attempt did not deliver (codes match DeliveryError.code). */
export interface OutboxError {
  code: string;
  message: string;
  status?: number;
  /** The endpoint's problem+json answer to a refusal. */
  problem?: Problem;
}

/** One undelivered lead. Times are epoch milliseconds. */
export interface OutboxEntry {
  lead: Lead;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  lastError?: OutboxError;
  /** While `status` is "sending": which tab holds it and until when (see {@link Outbox.claim}). */
  lease?: { owner: string; until: number };
}

/** What this device remembers about a delivered lead (no answers: the kiosk staff panel counts and exports these). */
export interface DeliveredRecord {
  leadId: string;
  formId: string;
  tier: Tier;
  total: number;
  submittedAt: string;
  deliveredAt: string;
  /**
   * The whole lead, only when the outbox was created with `keepDeliveredLeads` (kiosk mode): the booth's
   * CSV export is then a complete backup of every lead this device captured, delivered ones included.
   */
  lead?: Lead;
}
