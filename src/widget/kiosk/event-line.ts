import type { Campaign } from "../../config/types";

/**
 * The show's dates as people read them in `locale` ("23–25 Nov 2026"), or null without a start date.
 * Dates are calendar days: formatted in UTC so no time zone moves them.
 *
 * @example eventDates({ type: "trade-show", name: "X", startDate: "2026-11-23", endDate: "2026-11-25" }, "en") // "Nov 23 – 25, 2026"
 */
export function eventDates(campaign: Campaign | undefined, locale: string): string | null {
  if (!campaign?.startDate) return null;
  const day = (text: string) => new Date(`${text}T12:00:00Z`);
  const start = day(campaign.startDate);
  const end = day(campaign.endDate ?? campaign.startDate);
  try {
    const format = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    return campaign.endDate && campaign.endDate !== campaign.startDate ? format.formatRange(start, end) : format.format(start);
  } catch {
    return campaign.endDate ? `${campaign.startDate} – ${campaign.endDate}` : campaign.startDate;
  }
}
