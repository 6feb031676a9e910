import type { LeadRef } from "../qualify/build-lead";

export interface LeadChain {
  /** The lead the next one updates (`supersedes`), or null for a first lead. */
  previous(): LeadRef | null;
  /** A lead was sent; `remembered` says whether the profile now holds it as the last lead. */
  sent(lead: LeadRef, remembered: boolean): void;
  /** reset(): the page may be handed to someone else; only the profile's link remains. */
  reset(): void;
  /** "Not you?": nothing links the next lead to anything. */
  forget(): void;
}

/**
 * Which earlier lead a widget's next lead supersedes (SPEC 6: updates, not duplicates): the last
 * lead this widget sent in this page run (a partial lead, then the complete one; the complete
 * one, then its call-me-now update), else the profile's last lead from an earlier visit. Only a
 * remembered visitor is linked across visits (the profile holds the link); in kiosk mode every
 * lead is a new person, so nothing is linked at all.
 *
 * @example const chain = createLeadChain({ kiosk: false, remembered: visit.previous }); chain.previous()
 */
export function createLeadChain({ kiosk, remembered }: { kiosk: boolean; remembered: LeadRef | null }): LeadChain {
  let stored = remembered;
  let inPage: LeadRef | null = null;
  return {
    previous: () => inPage ?? stored,
    sent(lead, isRemembered) {
      if (isRemembered) stored = lead;
      if (!kiosk) inPage = lead;
    },
    reset: () => void (inPage = null),
    forget() {
      stored = null;
      inPage = null;
    },
  };
}
