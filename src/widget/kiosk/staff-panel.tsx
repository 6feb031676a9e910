import { useEffect, useRef, useState } from "preact/hooks";
import { TIERS } from "../../config/types";
import { t } from "../../i18n/t";
import { csvFileName } from "./csv-file-name";
import type { KioskDelivery } from "./kiosk-delivery";
import { kioskLeadRows } from "./kiosk-lead-rows";
import { leadsToCsv } from "./leads-csv";
import { summarizeLeads } from "./staff-summary";
import { CapturedByField } from "./captured-by-field";
import type { KioskDevice } from "./kiosk-device";
import { StorageStatus } from "./storage-status";
import type { StorageEstimateLike } from "./storage-health";
import { systemTimers, type Timers } from "./timers";

export interface StaffPanelProps {
  locale: string;
  formId: string;
  /** The form's endpoint, written into the CSV so `lead-qualifier import` knows where to re-send. */
  endpoint?: string;
  /** `kiosk.staff`: the names "Captured by" offers (else a name field). */
  staff?: string[] | undefined;
  /** This tablet: who is capturing leads on it (set here). */
  device?: KioskDevice;
  delivery: KioskDelivery;
  onClose(): void;
  /** Saves the CSV (default: a browser download). */
  save(csv: string, fileName: string): void;
  timers?: Timers;
  estimate?: () => Promise<StorageEstimateLike | null>;
}

/** How often the open panel re-reads the outbox and the storage estimate, so counts follow deliveries. */
const REFRESH_MS = 2000;
/** Outbox changes (one per delivered lead while syncing) re-render the panel at most this often. */
const CHANGE_THROTTLE_MS = 250;

/**
 * The booth staff's view (behind the PIN): this device's leads today per tier, the outbox backlog, the
 * storage used (with an early "Export CSV now" warning, naming leads no storage took), the last sync,
 * "Sync now" (returns at once and shows its progress) and "Export CSV" of every lead captured on this
 * device. It shows counts only — never a visitor's answers on screen; those go into the file.
 *
 * @example <StaffPanel locale="en" formId="acme-booth" delivery={delivery} onClose={close} save={download} />
 */
export function StaffPanel(props: StaffPanelProps) {
  const { locale, formId, delivery, onClose, save, timers = systemTimers } = props;
  const [tick, setTick] = useState(0);
  const [syncing, setSyncing] = useState(false);
  const [status, setStatus] = useState("");
  const [capturedBy, setCapturedBy] = useState(props.device?.capturedBy() ?? "");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    let handle = timers.setTimeout(function refresh() {
      setTick((n) => n + 1);
      handle = timers.setTimeout(refresh, REFRESH_MS);
    }, REFRESH_MS);
    let pending: ReturnType<Timers["setTimeout"]> | null = null;
    const unsubscribe = delivery.subscribe?.(() => {
      pending ??= timers.setTimeout(() => {
        pending = null;
        setTick((n) => n + 1);
      }, CHANGE_THROTTLE_MS);
    });
    return () => {
      timers.clearTimeout(handle);
      if (pending !== null) timers.clearTimeout(pending);
      unsubscribe?.();
    };
  }, [timers, delivery]);

  const storage = delivery.storage?.() ?? { kind: "indexeddb" as const, unsaved: [], loaded: true };
  const rows = kioskLeadRows(delivery.entries(), delivery.history(), formId, storage.unsaved);
  const summary = summarizeLeads(rows, new Date(timers.now()));
  const progress = delivery.progress?.();
  const lastSync = summary.lastSyncAt
    ? new Date(summary.lastSyncAt).toLocaleString(locale, { dateStyle: "short", timeStyle: "short" })
    : t(locale, "staff.never");

  const syncNow = () => {
    setSyncing(true);
    setStatus(t(locale, "staff.syncing"));
    // Not awaited by the click: the round runs in the background and the panel shows its progress.
    void delivery.flush().then(
      () => {
        // flush() resolves offline too; what is still waiting tells whether the sync reached the server.
        const waiting = delivery.entries().some((entry) => entry.status !== "failed" && entry.lead.formId === formId);
        const unsaved = delivery.storage?.().unsaved.length ?? 0;
        setStatus(waiting ? t(locale, unsaved > 0 ? "staff.syncFailedUnsaved" : "staff.syncFailed") : t(locale, "staff.synced"));
      },
      () => setStatus(t(locale, "staff.syncFailed")),
    ).finally(() => {
      setSyncing(false);
      setTick((n) => n + 1);
    });
  };
  const exportCsv = () => {
    save(leadsToCsv(rows, props.endpoint), csvFileName(formId, new Date(timers.now())));
    setStatus(t(locale, "staff.exported", { count: rows.length }));
  };
  const shownStatus =
    syncing && progress?.active && progress.total > 0 ? t(locale, "staff.sending", { done: progress.done, total: progress.total }) : status;

  return (
    <div class="lq-kiosk-overlay" onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <div class="lq-kiosk-dialog" role="dialog" aria-modal="true" aria-labelledby="lq-staff-title">
        <h2 id="lq-staff-title" ref={heading} tabIndex={-1}>{t(locale, "staff.title")}</h2>
        {props.device ? (
          <CapturedByField
            locale={locale}
            staff={props.staff}
            value={capturedBy}
            id="lq-panel-captured-by"
            onChange={(name) => {
              setCapturedBy(name);
              props.device?.setCapturedBy(name);
            }}
          />
        ) : null}
        <h3 class="lq-staff-section">{t(locale, "staff.today")}</h3>
        <dl class="lq-staff-stats">
          {TIERS.map((tier) => (
            <Stat key={tier} label={t(locale, `tier.${tier}`)} value={summary.today[tier]} />
          ))}
          <Stat label={t(locale, "staff.captured")} value={summary.todayTotal} />
        </dl>
        {summary.todayByStaff.length > 0 ? (
          <>
            <h3 class="lq-staff-section">{t(locale, "staff.perPerson")}</h3>
            <dl class="lq-staff-stats lq-staff-people">
              {summary.todayByStaff.map(({ name, count }) => (
                <Stat key={name ?? ""} label={name ?? t(locale, "staff.nobody")} value={count} />
              ))}
            </dl>
          </>
        ) : null}
        <h3 class="lq-staff-section">{t(locale, "staff.outbox")}</h3>
        <dl class="lq-staff-stats">
          <Stat label={t(locale, "staff.allLeads")} value={summary.total} />
          <Stat label={t(locale, "staff.pending")} value={summary.pending} />
          <Stat label={t(locale, "staff.failed")} value={summary.failed} />
          <Stat label={t(locale, "staff.lastSync")} value={lastSync} />
        </dl>
        {!storage.loaded && <p class="lq-kiosk-status">{t(locale, "staff.reading")}</p>}
        <StorageStatus locale={locale} state={storage} tick={tick} {...(props.estimate ? { estimate: props.estimate } : {})} />
        <p class="lq-kiosk-status" role="status">{shownStatus}</p>
        <div class="lq-kiosk-dialog-actions lq-staff-actions">
          {/* What staff come here for is the primary action; Close is secondary and last. */}
          <button type="button" class="lq-kiosk-primary" onClick={syncNow}>{t(locale, "staff.syncNow")}</button>
          <button type="button" class="lq-kiosk-primary" onClick={exportCsv}>{t(locale, "staff.exportCsv")}</button>
          <button type="button" class="lq-kiosk-secondary" onClick={onClose}>{t(locale, "staff.close")}</button>
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
