import { TIERS, type Answers, type Config } from "../config/types";
import type { LeadRef } from "../qualify/build-lead";
import { displayName } from "./display-name";
import { sanitizeAnswers } from "./sanitize-answers";
import type { StorageLike } from "../delivery/storage-like";
import { readJson, removeKey, writeJson } from "./safe-storage";
import { rememberableAnswers } from "./should-remember";

/** One key per site (localStorage is per origin); bump the version when the shape changes. */
export const PROFILE_KEY = "lead-qualifier:profile:v1";

const DAY_MS = 86_400_000;
/** Saves closer together than this belong to the same visit (the usual analytics session). */
export const VISIT_GAP_MS = 30 * 60_000;

export interface ProfileStoreOptions {
  /** `browserStorage(window, "localStorage")`; `null` when storage is unavailable. */
  storage: StorageLike | null;
  now: () => number;
  /** A fresh random id, e.g. `() => crypto.randomUUID()`. */
  randomId: () => string;
}

/** What the widget gets back from a visitor's profile. */
export interface LoadedProfile {
  /** `null` until something has been remembered. */
  visitorId: string | null;
  answers: Answers;
  /** This visit's number (1 for a first visit), for `lead.context.visit`. */
  visit: number;
  /** Name or email to greet a returning visitor with; `null` when there is none. */
  displayName: string | null;
  /** The last lead sent from this device (any form of the site): the next lead supersedes it. */
  lastLead: LeadRef | null;
}

export interface ProfileStore {
  load(config: Config, options?: { gpc?: boolean }): LoadedProfile;
  save(config: Config, answers: Answers, options: { allowed: boolean; lead?: LeadRef }): string | null;
  forget(): void;
}

interface StoredProfile {
  visitorId: string;
  answers: Answers;
  visits: number;
  lastVisitAt: number;
  updatedAt: number;
  lastLead?: LeadRef;
}

const EMPTY: LoadedProfile = { visitorId: null, answers: {}, visit: 1, displayName: null, lastLead: null };

/**
 * The visitor profile of SPEC 6: answers from every lead-qualifier form on this site, keyed by
 * the shared question ids, plus a random `visitorId` and a visit count. It expires `ttlDays`
 * after its last update. Storage failures and corrupt data read as "no profile"; nothing throws.
 *
 * - `load(config, { gpc })` reads the profile; it is empty in kiosk mode, with `profile.remember`
 *   false, or under Global Privacy Control, and an expired profile is deleted.
 * - `save(config, answers, { allowed, lead })` merges this form's rememberable answers (see
 *   `shouldRemember`) into the profile, remembers `lead` (its id and tier) as the last lead, and
 *   returns the `visitorId` for the lead, or `null` (and writes nothing) when `allowed` (from
 *   `canRemember`) is false. Call it on submit. The next lead names the last one in `supersedes`
 *   (SPEC 6), so a receiver updates one row per person instead of adding one per visit.
 * - `forget()` deletes the profile ("Not you?").
 *
 * A visit is counted when a save happens more than 30 minutes after the previous one, so calling
 * `save` several times in one visit (partial capture, then submit) counts once.
 *
 * @example
 * const store = createProfileStore({ storage: localStorage, now: Date.now, randomId: () => crypto.randomUUID() });
 * const profile = store.load(config); // { visitorId: null, answers: {}, visit: 1, displayName: null }
 * const visitorId = store.save(config, { email: "ana@acme.io" }, { allowed: true }); // "3f2a…"
 */
export function createProfileStore({ storage, now, randomId }: ProfileStoreOptions): ProfileStore {
  function read(config: Config): StoredProfile | null {
    const stored = parseProfile(readJson(storage, PROFILE_KEY));
    if (!stored) return null;
    if (now() - stored.updatedAt > config.profile.ttlDays * DAY_MS) {
      removeKey(storage, PROFILE_KEY);
      return null;
    }
    return stored;
  }

  return {
    load(config, { gpc = false } = {}) {
      if (config.mode === "kiosk" || !config.profile.remember || gpc) return { ...EMPTY, answers: {} };
      const stored = read(config);
      if (!stored) return { ...EMPTY, answers: {} };
      const sameVisit = now() - stored.lastVisitAt <= VISIT_GAP_MS;
      return {
        visitorId: stored.visitorId,
        answers: { ...stored.answers },
        visit: sameVisit ? stored.visits : stored.visits + 1,
        displayName: displayName(stored.answers),
        lastLead: stored.lastLead ?? null,
      };
    },

    save(config, answers, { allowed, lead }) {
      if (!allowed) return null;
      const at = now();
      const stored = read(config);
      const sameVisit = stored !== null && at - stored.lastVisitAt <= VISIT_GAP_MS;
      const next: StoredProfile = {
        visitorId: stored?.visitorId ?? randomId(),
        answers: { ...stored?.answers, ...rememberableAnswers(config, answers) },
        visits: stored ? (sameVisit ? stored.visits : stored.visits + 1) : 1,
        lastVisitAt: at,
        updatedAt: at,
        ...(lead ?? stored?.lastLead ? { lastLead: lead ?? stored?.lastLead } : {}),
      };
      // If storage refuses the write nothing is remembered, so the lead must not claim a visitor.
      return writeJson(storage, PROFILE_KEY, next) ? next.visitorId : null;
    },

    forget() {
      removeKey(storage, PROFILE_KEY);
    },
  };
}

function parseProfile(data: unknown): StoredProfile | null {
  if (typeof data !== "object" || data === null) return null;
  const { visitorId, answers, visits, lastVisitAt, updatedAt, lastLead } = data as Record<string, unknown>;
  if (typeof visitorId !== "string" || visitorId === "") return null;
  if (!isTime(lastVisitAt) || !isTime(updatedAt)) return null;
  const count = typeof visits === "number" && Number.isInteger(visits) && visits >= 1 ? visits : 1;
  const last = parseLeadRef(lastLead);
  return { visitorId, answers: sanitizeAnswers(answers), visits: count, lastVisitAt, updatedAt, ...(last ? { lastLead: last } : {}) };
}

// The id goes into `supersedes`, which the lead schema requires to be a UUID: anything else is dropped.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function parseLeadRef(data: unknown): LeadRef | null {
  if (typeof data !== "object" || data === null) return null;
  const { leadId, tier } = data as Record<string, unknown>;
  if (typeof leadId !== "string" || !UUID.test(leadId)) return null;
  return (TIERS as readonly unknown[]).includes(tier) ? { leadId, tier: tier as LeadRef["tier"] } : null;
}

function isTime(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}
