import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { localize } from "../../config/localize";
import type { Config } from "../../config/types";
import { LeadForm, type FormResult, type LeadFormProps } from "../lead-form";
import { AfterSubmit } from "./after-submit";
import { BadgeBar } from "./badge-bar";
import type { BadgeCameraEnv } from "./badge-camera";
import { BadgeScanner } from "./badge-scanner";
import { brandCss } from "./brand-css";
import { downloadText } from "./download-text";
import { giveawayCode } from "./giveaway-code";
import { Handoff } from "./handoff";
import { IdleDialog } from "./idle-dialog";
import { KioskAttract } from "./kiosk-attract";
import { kioskConfig } from "./kiosk-config";
import type { KioskDelivery } from "./kiosk-delivery";
import { createKioskDevice, type KioskDevice } from "./kiosk-device";
import { kioskLanguages } from "./kiosk-languages";
import { readBadge, type ScannedBadge } from "./scanned-badge";
import { StaffAccess, useStaffAccess } from "./staff-access";
import { StaffStep, type StaffEntry } from "./staff-step";
import { useBoothSubmit } from "./use-booth-submit";
import { systemTimers, type Timers } from "./timers";
import { useIdleTimer } from "./use-idle-timer";
import { useKioskStyles } from "./use-kiosk-styles";
import { requestFullscreen } from "./request-fullscreen";
import { useWakeLock } from "./wake-lock";

export type KioskFormResult = FormResult;

export interface KioskRootProps {
  /** A validated config with mode "kiosk". */
  config: Config;
  locale: string;
  productLine?: string;
  /** The widget's delivery (outbox): the staff panel reads and flushes it. */
  delivery: KioskDelivery;
  /**
   * Builds and submits the lead (with the booth's facts and the visit's language). Returning the lead
   * (or its id) lets the outcome show the giveaway code; typed `unknown` so a plain callback fits.
   */
  onComplete(result: KioskFormResult): unknown;
  onStep?: LeadFormProps["onStep"];
  onAnswer?: LeadFormProps["onAnswer"];
  deliveryNotice?: LeadFormProps["deliveryNotice"];
  /** The form kit (scoring, outcome); a booth page has it before its first visitor starts. */
  kit: LeadFormProps["kit"];
  /** This tablet's id and the staff member holding it (see createKioskDevice); default: one in memory. */
  device?: KioskDevice;
  /** Loads a language's UI strings before the visit switches to it. */
  loadLocale?(tag: string): Promise<void>;
  /** The camera and QR reader of "Scan badge"; without it, staff type the badge id. */
  camera?: BadgeCameraEnv;
  /** After every reset to the attract screen (idle, timeout, Done, or `generation` bumped). */
  onReset?(): void;
  /** Bump to reset from outside (the handle's `reset()`). */
  generation?: number;
  timers?: Timers;
  /** Saves the CSV export (default: a browser download). */
  save?(csv: string, fileName: string): void;
}

/** The longest "Still there?" countdown; shorter when idleResetSeconds itself is shorter. */
export const IDLE_COUNTDOWN_SECONDS = 15;

type Visit = { phase: "attract"; resets: number } | { phase: "form" | "handoff" | "outcome"; key: number; code: string | null };

/**
 * Kiosk mode (SPEC 7): a full-viewport shell around the lead form for a shared trade-show tablet.
 * Attract screen (language switch, event, Start, Scan badge) → one question per step (a scanned badge's
 * answers skip their questions) → in assisted mode the staff step → outcome (+ giveaway code) → reset.
 * Idle for `kiosk.idleResetSeconds` asks "Still there?", then resets; a reset unmounts the form so no
 * answer, badge or language choice stays, and nothing is ever remembered (no profile, no draft). A lead
 * waiting for its staff rating is sent without one when the visit ends: a lead is never lost.
 * Staff open their panel with a 2 s press on the top-left corner (or Ctrl+Alt+S) and the PIN.
 *
 * @example <KioskRoot config={config} locale="en" delivery={delivery} device={device} onComplete={(r) => submit(r)} />
 */
export function KioskRoot(props: KioskRootProps) {
  const { delivery, timers = systemTimers } = props;
  const device = useMemo(() => props.device ?? createKioskDevice({ storage: null, randomId: () => crypto.randomUUID() }), [props.device]);
  const config = useMemo(() => kioskConfig(props.config), [props.config]);
  const languages = useMemo(() => kioskLanguages(config, props.locale), [config, props.locale]);
  const root = useRef<HTMLDivElement>(null);
  const keys = useRef(0);
  const resets = useRef(0);
  const [visit, setVisit] = useState<Visit>({ phase: "attract", resets: 0 });
  const [locale, setLocale] = useState(props.locale);
  const [badge, setBadge] = useState<ScannedBadge | null>(null);
  const [scanning, setScanning] = useState(false);
  const [rating, setRating] = useState(false);
  const [askingIdle, setAskingIdle] = useState(false);
  const booth = useBoothSubmit({ device, assisted: config.kiosk.assisted === true, onComplete: props.onComplete });
  const staff = useStaffAccess({ pin: config.kiosk.staffPin, root, timers });
  const onReset = useRef(props.onReset);
  onReset.current = props.onReset;

  useKioskStyles(root, useMemo(() => brandCss(config), [config]));
  // Held for the kiosk's whole life, attract screen included: a dark screen attracts no one.
  useWakeLock(true);

  const reset = useCallback(() => {
    // Never lose a lead: one still waiting for its rating goes out as the visitor left it.
    booth.flush();
    setAskingIdle(false);
    setRating(false);
    setScanning(false);
    setBadge(null);
    setLocale(props.locale);
    resets.current += 1;
    setVisit({ phase: "attract", resets: resets.current });
    onReset.current?.();
  }, [booth, props.locale]);

  const generation = useRef(props.generation);
  useEffect(() => {
    if (generation.current !== props.generation) reset();
    generation.current = props.generation;
  }, [props.generation, reset]);

  const start = () => {
    requestFullscreen(root.current);
    keys.current += 1;
    setVisit({ phase: "form", key: keys.current, code: null });
  };
  const showOutcome = (leadId: string | null) =>
    setVisit((current) => (current.phase === "attract" ? current : { phase: "outcome", key: current.key, code: leadId ? giveawayCode(leadId) : null }));
  const complete = (result: KioskFormResult) => {
    setAskingIdle(false);
    const sent = booth.complete({ result, badge, locale });
    if (sent !== "held") showOutcome(sent);
    else setVisit((current) => (current.phase === "form" ? { ...current, phase: "handoff" } : current));
  };
  const finishAssisted = (entry?: StaffEntry) => {
    setRating(false);
    const sent = booth.finish(entry);
    if (sent !== undefined) showOutcome(sent);
  };
  const pickLanguage = (tag: string) => {
    void (props.loadLocale?.(tag) ?? Promise.resolve()).catch(() => {}).then(() => setLocale(tag));
  };
  const scanned = (raw: string, source: "scan" | "typed") => {
    setScanning(false);
    setBadge(readBadge(config, raw, source));
    if (visit.phase === "attract") start();
  };

  const idleSeconds = config.kiosk.idleResetSeconds;
  const visiting = visit.phase === "form" || visit.phase === "handoff";
  useIdleTimer({
    target: root,
    timeoutMs: idleSeconds * 1000,
    active: visiting && !askingIdle && !staff.open && !scanning,
    onIdle: () => setAskingIdle(true),
    timers,
  });

  const giveaway = config.kiosk.giveaway;
  const canScan = config.kiosk.badge?.scan !== false;
  const phase = visit.phase === "attract" ? "lq-kiosk lq-kiosk-root is-attract" : "lq-kiosk lq-kiosk-root";
  return (
    <div ref={root} class={phase} lang={locale}>
      {/* Behind an open dialog the form is inert: no tabbing or tapping into it (aria-modal alone does not stop that). */}
      <div class="lq-kiosk-stage" inert={askingIdle || staff.open || scanning || rating}>
        {visit.phase === "attract" ? (
          <KioskAttract
            config={config}
            locale={locale}
            languages={languages}
            onLanguage={pickLanguage}
            onStart={start}
            {...(canScan ? { onScan: () => setScanning(true) } : {})}
            focusStart={visit.resets > 0}
          />
        ) : (
          <>
            {canScan && visit.phase === "form" ? <BadgeBar locale={locale} badge={badge} onScan={() => setScanning(true)} /> : null}
            <LeadForm
              key={visit.key}
              config={config}
              locale={locale}
              productLine={props.productLine}
              {...(badge ? { knownAnswers: badge.answers } : {})}
              onStep={props.onStep}
              onAnswer={props.onAnswer}
              deliveryNotice={props.deliveryNotice}
              kit={props.kit}
              onComplete={complete}
            />
            {visit.phase === "handoff" ? <Handoff locale={locale} onStaff={() => setRating(true)} /> : null}
            {visit.phase === "outcome" ? (
              <AfterSubmit
                locale={locale}
                seconds={config.kiosk.resetAfterSubmitSeconds}
                giveaway={giveaway && visit.code ? { label: localize(giveaway.label, locale), code: visit.code } : null}
                onDone={reset}
                timers={timers}
              />
            ) : null}
          </>
        )}
      </div>
      {scanning ? <BadgeScanner locale={locale} env={props.camera ?? noCamera(timers)} onBadge={scanned} onClose={() => setScanning(false)} /> : null}
      {rating && visit.phase === "handoff" ? (
        <StaffStep locale={props.locale} config={config} capturedBy={device.capturedBy()} onSave={finishAssisted} onSkip={() => finishAssisted()} />
      ) : null}
      {askingIdle && visiting ? (
        <IdleDialog locale={locale} seconds={Math.min(IDLE_COUNTDOWN_SECONDS, idleSeconds)} onStay={() => setAskingIdle(false)} onTimeout={reset} timers={timers} />
      ) : null}
      <StaffAccess
        access={staff}
        locale={props.locale}
        config={config}
        device={device}
        delivery={delivery}
        save={props.save ?? ((csv, name) => downloadText(root.current?.ownerDocument ?? document, csv, name))}
        timers={timers}
      />
    </div>
  );
}

/** No camera given: the scanner says so at once and offers the typed badge id. */
function noCamera(timers: Timers): BadgeCameraEnv {
  return { mediaDevices: undefined, detector: () => Promise.reject(new Error("no camera")), timers };
}
