import type { Destination } from "../forward/destination-types";
import type { EventRepository } from "../store/event-repository";
import type { ForwardJobRepository } from "../store/forward-job-repository";
import type { LeadRepository } from "../store/lead-repository";
import type { SessionRepository } from "../store/session-repository";

/** Forwarding as the desk sees it: the queue, the configured destinations, and a nudge for the runner. */
export interface DeskForwarding {
  jobs: ForwardJobRepository;
  destinations: ReadonlyMap<string, Destination>;
  /** Called after Retry or Replay, so the runner sends at once instead of at its next poll. */
  requeued(): void;
}

/** The repositories the desk API works on (from src/store, or fakes in a test). */
export interface DeskStore {
  leads: LeadRepository;
  events: EventRepository;
  sessions: SessionRepository;
  /** Absent in tests of the desk alone; serve always passes it (empty without --destinations). */
  forwarding?: DeskForwarding;
}
