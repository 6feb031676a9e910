import { badgeAnswers } from "../../badge/badge-answers";
import { parseBadge } from "../../badge/parse-badge";
import type { Answers, Config, LeadBadge } from "../../config/types";

/** A badge as the kiosk uses it for one visit: the answers it gives and what goes on the lead. */
export interface ScannedBadge {
  answers: Answers;
  badge: LeadBadge;
  /** What the staff see to confirm it: the name, else the attendee id. */
  summary: string;
}

/** A QR code holds at most 2,953 bytes; anything longer is not a badge (and the lead schema refuses it). */
const MAX_RAW = 3000;

/**
 * Reads a scanned code or a typed badge id: vCard and MeCard fields become answers to this form's
 * questions (known for the visit, so those questions are skipped), and the lead keeps the raw text,
 * its format and the attendee id. A typed value is an attendee id as typed.
 *
 * @example readBadge(config, "MECARD:N:Lima,Ana;EMAIL:ana@acme.io;;", "scan").answers // { name: "Ana Lima", email: "ana@acme.io" }
 */
export function readBadge(config: Config, raw: string, source: "scan" | "typed"): ScannedBadge {
  const text = raw.slice(0, MAX_RAW);
  if (source === "typed") {
    const id = text.trim();
    return { answers: {}, badge: { raw: id, format: "text", source, id }, summary: id };
  }
  const parsed = parseBadge(text);
  const badge: LeadBadge = { raw: text, format: parsed.format, source, ...(parsed.id ? { id: parsed.id } : {}) };
  return { answers: badgeAnswers(config, parsed.contact), badge, summary: parsed.contact.name ?? parsed.id ?? "" };
}
