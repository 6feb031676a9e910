/**
 * The short code a visitor shows booth staff to collect the giveaway: the first four
 * characters of the lead id, upper-case, so staff can match it to the exported CSV.
 *
 * @example giveawayCode("7b0c9e2a-...") // "7B0C"
 */
export function giveawayCode(leadId: string): string {
  return leadId.replaceAll("-", "").slice(0, 4).toUpperCase();
}
