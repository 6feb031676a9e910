import { t } from "../../i18n/t";
import type { ScannedBadge } from "./scanned-badge";

/**
 * Above each question: whose badge this visit has ("Badge: Ana Lima", announced when it changes) and
 * "Scan badge", for booths that qualify first and scan after.
 *
 * @example <BadgeBar locale="en" badge={badge} onScan={openScanner} />
 */
export function BadgeBar({ locale, badge, onScan }: { locale: string; badge: ScannedBadge | null; onScan(): void }) {
  return (
    <div class="lq-badge-bar">
      <p class="lq-badge-summary" role="status">{badge ? t(locale, "badge.scanned", { who: badge.summary }) : ""}</p>
      <button type="button" class="lq-kiosk-secondary" onClick={onScan}>{t(locale, "badge.scan")}</button>
    </div>
  );
}
