// The desk's vocabulary: what the desk API sends and every pure desk function reads. No runtime code.
import type { Answers, Channel, Dimension, StaffInput, StaffRating, Tier } from "../../config/types";

/** One accepted lead as the desk shows it (a projection of the stored server lead). */
export interface DeskLead {
  leadId: string;
  formId: string;
  channel: Channel;
  productLine: string | null;
  /** `campaign.name`, else the `utm_campaign` the page was reached with, else null. */
  campaign: string | null;
  submittedAt: string;
  receivedAt: string;
  respondBy: string | null;
  visitorId: string | null;
  supersedes: string | null;
  tier: Tier;
  total: number;
  dimensions: Record<Dimension, number>;
  reasons: string[];
  answers: Answers;
  /** The browser scored it differently (a stale config or a tampered client); the server's score counts. */
  scoreMismatch: boolean;
  suspectedBot: boolean;
  /** Sent when the visitor left mid-form (capturePartial). */
  partial: boolean;
  visit: number;
  /** Kiosk, assisted mode: the staff member's rating, note, follow-ups and the decision the server derived. */
  staff: StaffInput | null;
  /** Kiosk: who captured the lead on the tablet. */
  capturedBy: string | null;
  /** Kiosk: the scanned or typed badge's attendee id, for reconciling with the registration list. */
  badgeId: string | null;
  /** The show's booth, when the campaign names one. */
  booth: string | null;
}

/** Something a person did with a lead; appended, never changed. */
export type DeskEvent =
  | { id: number; leadId: string; kind: "claim"; actor: string; at: string; since?: string }
  | { id: number; leadId: string; kind: "requalify"; actor: string; at: string; tier: Tier; fromTier: Tier; note: string };

/** One step of a contact's tier history: a lead arriving, a booth staff member's rating, or a person requalifying. */
export interface TierStep {
  kind: "lead" | "staff" | "requalify";
  at: string;
  leadId: string;
  channel: Channel;
  tier: Tier;
  actor?: string;
  note?: string;
  /** `staff` steps: the rating given. */
  rating?: StaffRating;
}

/** A person: every lead that shares an email, a visitorId or a `supersedes` link. */
export interface Contact {
  /** The leadId of the contact's first lead (stable while leads only arrive). */
  id: string;
  name: string | null;
  email: string | null;
  company: string | null;
  /** Oldest first. */
  leads: DeskLead[];
  /** Events on any of its leads, oldest first. */
  events: DeskEvent[];
  /** Leads and requalifications in time order. */
  steps: TierStep[];
  /** The latest step's tier: what the contact is now. */
  tier: Tier;
  /** The latest lead's total and reasons (the score as computed, never rewritten). */
  total: number;
  reasons: string[];
  firstSeenAt: string;
  lastSeenAt: string;
  /** When the contact is sales-ready now: since when it waits, the lead to claim, and the deadline. */
  hot: { leadId: string; since: string; respondBy: string } | null;
  /** Who took the contact, when, and how long after it became sales-ready. A claimed contact stays with its rep. */
  claim: { actor: string; at: string; leadId: string; timeToClaimMs: number | null } | null;
}

/** GET /desk/api/contacts */
export interface ContactsResponse {
  /** The server's clock (ISO), so countdowns do not depend on the rep's device clock. */
  now: string;
  user: string;
  contacts: Contact[];
}

/**
 * Where a forwarding job stands, as the desk says it: `scheduled` (an escalation waiting for its respond-by),
 * `waiting` (held back by a rate limit or a daily cap, no attempt used), `retrying` (failed, next try at a
 * time), `pending` (due now), or final: `delivered`, `dead` (gave up: Retry), `skipped` (an escalation whose
 * lead was claimed in time).
 */
export type ForwardStatus = "pending" | "scheduled" | "waiting" | "retrying" | "delivered" | "dead" | "skipped";

/** One lead × destination of the forwarding queue. */
export interface DeskForwardJob {
  id: number;
  leadId: string;
  destination: string;
  /** webhook, hubspot, salesforce, slack, teams; null when the destination is no longer configured. */
  type: string | null;
  kind: "deliver" | "escalate";
  status: ForwardStatus;
  attempts: number;
  nextAttemptAt: string;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  requestedBy: string | null;
}

/** A destination's daily cap (Salesforce Web-to-Lead: 500 a day) and how much of it today used. */
export interface DeskDailyCap {
  destination: string;
  used: number;
  cap: number;
  /** The UTC day counted, YYYY-MM-DD. */
  day: string;
}

/** GET /desk/api/forwarding?lead=<id>&lead=<id> */
export interface ForwardingResponse {
  now: string;
  /** False when serve runs without --destinations. */
  configured: boolean;
  jobs: DeskForwardJob[];
  caps: DeskDailyCap[];
}
