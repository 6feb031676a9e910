import { useEffect, useRef, useState } from "preact/hooks";
import { TIERS } from "../../config/types";
import { t } from "../../i18n/t";
import { csvFileName } from "./csv-file-name";
import type { KioskDelivery } from "./kiosk-delivery";
import { kioskLeadRows } from "./kiosk-lead-rows";
import { leadsToCsv } from "./leads-csv";
import { summarizeLeads } from "./staff-summary";
import { systemTimers, type Timers } from "./timers";

export interface StaffPanelProps {
  locale: string;
  formId: string;
  delivery: KioskDelivery;
  onClose(): void;
  /** Saves the CSV (default: a browser download). */
  save(csv: string, fileName: string): void;
  timers?: Timers;
}

/** How often the open panel re-reads the outbox, so counts follow deliveries in the background. */
const REFRESH_MS = 2000;

/**
 * The booth staff's view (behind the PIN): this device's leads today per tier, the outbox
 * backlog, the last sync, "Sync now" and "Export CSV" of every lead captured on this device.
 * It shows counts only — never a visitor's answers on screen; those go into the file.
 *
 * @example <StaffPanel locale="en" formId="acme-booth" delivery={delivery} onClose={close} save={download} />
 */
export function StaffPanel({ locale, formId, delivery, onClose, save, timers = systemTimers }: StaffPanelProps) {
  const [, setTick] = useState(0);
  const [status, setStatus] = useState("");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let handle = timers.setTimeout(function refresh() {
      setTick((n) => n + 1);
      handle = timers.setTimeout(refresh, REFRESH_MS);
    }, REFRESH_MS);
    return () => timers.clearTimeout(handle);
  }, [timers]);

  const rows = kioskLeadRows(delivery.entries(), delivery.history(), formId);
  const summary = summarizeLeads(rows, new Date(timers.now()));
  const lastSync = summary.lastSyncAt
    ? new Date(summary.lastSyncAt).toLocaleString(locale, { dateStyle: "short", timeStyle: "short" })
    : t(locale, "staff.never");

  const syncNow = async () => {
    setStatus(t(locale, "staff.syncing"));
    try {
      await delivery.flush();
      // flush() resolves offline too; what is still waiting tells whether the sync reached the server.
      const waiting = delivery.entries().some((entry) => entry.status !== "failed" && entry.lead.formId === formId);
      setStatus(t(locale, waiting ? "staff.syncFailed" : "staff.synced"));
    } catch {
      setStatus(t(locale, "staff.syncFailed"));
    }
    setTick((n) => n + 1);
  };
  const exportCsv = () => {
    save(leadsToCsv(rows), csvFileName(formId, new Date(timers.now())));
    setStatus(t(locale, "staff.exported", { count: rows.length }));
  };

  return (
    <div class="lq-kiosk-overlay" onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <div class="lq-kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="lq-staff-title">
        <h2 id="lq-staff-title" ref={heading} tabIndex={-1}>{t(locale, "staff.title")}</h2>
        <h3 class="lq-staff-section">{t(locale, "staff.today")}</h3>
        <dl class="lq-staff-stats">
          {TIERS.map((tier) => (
            <Stat key={tier} label={t(locale, `tier.${tier}`)} value={summary.today[tier]} />
          ))}
          <Stat label={t(locale, "staff.captured")} value={summary.todayTotal} />
        </dl>
        <h3 class="lq-staff-section">{t(locale, "staff.outbox")}</h3>
        <dl class="lq-staff-stats">
          <Stat label={t(locale, "staff.pending")} value={summary.pending} />
          <Stat label={t(locale, "staff.failed")} value={summary.failed} />
          <Stat label={t(locale, "staff.lastSync")} value={lastSync} />
        </dl>
        <p class="lq-kiosk-status" role="status">{status}</p>
        <div class="lq-kiosk-dialog-actions">
          <button type="button" class="lq-kiosk-secondary" onClick={syncNow}>{t(locale, "staff.syncNow")}</button>
          <button type="button" class="lq-kiosk-secondary" onClick={exportCsv}>{t(locale, "staff.exportCsv")}</button>
          <button type="button" class="lq-kiosk-primary" onClick={onClose}>{t(locale, "staff.close")}</button>
        </div>
      </div>
    </div>
  );
}

function Stat({ label, value }: { label: string; value: string | number }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
