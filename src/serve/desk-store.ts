import type { EventRepository } from "../store/event-repository";
import type { LeadRepository } from "../store/lead-repository";
import type { SessionRepository } from "../store/session-repository";

/** The repositories the desk API works on (from src/store, or fakes in a test). */
export interface DeskStore {
  leads: LeadRepository;
  events: EventRepository;
  sessions: SessionRepository;
}
