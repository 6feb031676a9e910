import type { Answers, Config } from "../config/types";
import type { LeadRef } from "../qualify/build-lead";
import { browserStorage } from "../profile/browser-storage";
import { canRemember } from "../profile/can-remember";
import { configQuestions } from "../qualify/config-questions";
import { createDraftStore } from "../profile/create-draft-store";
import { createProfileStore } from "../profile/create-profile-store";
import { readPrefill } from "../profile/read-prefill";
import { trustedKnown } from "../qualify/trusted-known";
import type { StorageLike } from "../delivery/storage-like";

/** The parts of `window` a visit session reads; a test passes a plain object. */
export interface VisitSessionHost {
  localStorage?: StorageLike;
  sessionStorage?: StorageLike;
  location: { search: string };
  navigator: { globalPrivacyControl?: boolean };
}

export interface VisitSessionOptions {
  config: Config;
  host: VisitSessionHost;
  now: () => number;
  randomId: () => string;
}

/** What the form knows when it starts: never asked again this visit. */
export interface VisitStart {
  /** Profile answers with URL prefill over them (the URL is the fresher source), as `trustedKnown` leaves them. */
  known: Answers;
  /** This visit's answers restored from the tab's draft (a reload mid-form). */
  draft: Answers;
  /** `lead.context.visit`. */
  visit: number;
  /** Set for a returning visitor (a stored profile): who they are remembered as, `null` for no name. */
  returning: { name: string | null } | null;
  /** The visitor's last lead, which the next one supersedes; `null` on a first visit. */
  previous: LeadRef | null;
}

/** One mounted widget's progressive-profiling I/O (SPEC 6). */
export interface VisitSession {
  /** Reads profile, prefill and draft; call again after `forget()` for the fresh start. */
  start(): VisitStart;
  /** Keeps this visit's answers for a reload (per tab). */
  saveDraft(answers: Answers): void;
  clearDraft(): void;
  /**
   * Writes the profile when allowed, with `lead` as the visitor's last lead, and returns the lead's
   * `visitorId` (`null`: nothing written).
   */
  remember(answers: Answers, consentGiven: boolean, lead?: LeadRef): string | null;
  /** "Not you?": forgets the profile, the draft and the URL prefill of this page. */
  forget(): void;
}

/**
 * Wires the profile store (localStorage), the draft store (sessionStorage) and URL prefill for
 * one mounted widget. Kiosk mode gets a session that knows and keeps nothing (a shared tablet:
 * SPEC 7); Global Privacy Control, `profile.remember: false` and missing required consent stop
 * every profile write (`canRemember`), while the per-tab draft still works, because it never
 * leaves the tab.
 *
 * @example
 * const session = createVisitSession({ config, host: window, now: Date.now, randomId: () => crypto.randomUUID() });
 * const { known, draft, visit, returning } = session.start();
 */
export function createVisitSession({ config, host, now, randomId }: VisitSessionOptions): VisitSession {
  if (config.mode === "kiosk") return NO_SESSION;
  const gpc = host.navigator.globalPrivacyControl === true;
  const profile = createProfileStore({ storage: browserStorage(host, "localStorage"), now, randomId });
  const draft = createDraftStore({ storage: browserStorage(host, "sessionStorage"), formId: config.id });
  let prefill = true;

  return {
    start() {
      const loaded = profile.load(config, { gpc });
      const fromUrl = prefill ? readPrefill(host.location.search, configQuestions(config)) : {};
      return {
        known: trustedKnown(config, { ...loaded.answers, ...fromUrl }),
        draft: draft.load(),
        visit: loaded.visit,
        returning: loaded.visitorId === null ? null : { name: loaded.displayName },
        previous: loaded.lastLead,
      };
    },
    saveDraft: (answers) => draft.save(answers),
    clearDraft: () => draft.clear(),
    remember(answers, consentGiven, lead) {
      const allowed = canRemember({ config, consentGiven, gpc });
      return profile.save(config, answers, { allowed, ...(lead ? { lead } : {}) });
    },
    forget() {
      profile.forget();
      draft.clear();
      // The link may carry the previous visitor's details; "Not you?" means start from nothing.
      prefill = false;
    },
  };
}

const NO_SESSION: VisitSession = {
  start: () => ({ known: {}, draft: {}, visit: 1, returning: null, previous: null }),
  saveDraft: () => {},
  clearDraft: () => {},
  remember: () => null,
  forget: () => {},
};
