import { useEffect, useRef } from "preact/hooks";
import { t } from "../../i18n/t";

/**
 * Assisted mode, under the visitor's outcome: "Please hand the tablet back to our staff" and the staff
 * member's button into the staff step. Sticks to the bottom of the screen like the Done row.
 *
 * @example <Handoff locale="en" onStaff={openStaffStep} />
 */
export function Handoff({ locale, onStaff }: { locale: string; onStaff(): void }) {
  const button = useRef<HTMLButtonElement>(null);
  // The visitor's last tap was Submit; the next one is the staff member's.
  useEffect(() => button.current?.focus(), []);
  return (
    <div class="lq-kiosk-after lq-handoff">
      <p class="lq-handoff-text">{t(locale, "assist.handoff")}</p>
      <button ref={button} type="button" class="lq-kiosk-primary" onClick={onStaff}>{t(locale, "assist.open")}</button>
    </div>
  );
}
