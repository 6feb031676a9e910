import { useCallback, useEffect, useMemo, useRef, useState } from "preact/hooks";
import { localize } from "../../config/localize";
import type { Config, KioskImage } from "../../config/types";
import { t } from "../../i18n/t";
import { LeadForm, type LeadFormProps } from "../lead-form";
import { AfterSubmit } from "./after-submit";
import { AttractScreen, type AttractImage } from "./attract-screen";
import { brandCss } from "./brand-css";
import { downloadText } from "./download-text";
import { giveawayCode } from "./giveaway-code";
import { IdleDialog } from "./idle-dialog";
import { kioskConfig } from "./kiosk-config";
import type { KioskDelivery } from "./kiosk-delivery";
import { StaffAccess, useStaffAccess } from "./staff-access";
import { systemTimers, type Timers } from "./timers";
import { useIdleTimer } from "./use-idle-timer";
import { useKioskStyles } from "./use-kiosk-styles";
import { useWakeLock } from "./wake-lock";

export type KioskFormResult = Parameters<LeadFormProps["onComplete"]>[0];

export interface KioskRootProps {
  /** A validated config with mode "kiosk". */
  config: Config;
  locale: string;
  productLine?: string;
  /** The widget's delivery (outbox): the staff panel reads and flushes it. */
  delivery: KioskDelivery;
  /**
   * Builds and submits the lead. Returning the lead (or its id) lets the outcome show the giveaway
   * code; typed `unknown` so the form's plain `onComplete` (which returns nothing) fits as is.
   */
  onComplete(result: KioskFormResult): unknown;
  onStep?: LeadFormProps["onStep"];
  onAnswer?: LeadFormProps["onAnswer"];
  deliveryNotice?: LeadFormProps["deliveryNotice"];
  /** The form kit (scoring, outcome); a booth page has it before its first visitor starts. */
  kit: LeadFormProps["kit"];
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

type Visit = { phase: "attract"; resets: number } | { phase: "form" | "outcome"; key: number; code: string | null };

/**
 * Kiosk mode (SPEC 7): a full-viewport shell around the lead form for a shared trade-show
 * tablet. Attract screen → one question per step → outcome (+ giveaway code) → reset. Idle for
 * `kiosk.idleResetSeconds` asks "Still there?", then resets; a reset unmounts the form so no
 * answer stays in memory or in the DOM, and nothing is ever remembered (no profile, no draft).
 * Staff open their panel with a 2 s press on the top-left corner (or Ctrl+Alt+S) and the PIN.
 *
 * @example <KioskRoot config={config} locale="en" delivery={delivery} onComplete={(r) => submit(r)} />
 */
export function KioskRoot(props: KioskRootProps) {
  const { locale, delivery, timers = systemTimers } = props;
  const config = useMemo(() => kioskConfig(props.config), [props.config]);
  const root = useRef<HTMLDivElement>(null);
  const keys = useRef(0);
  const resets = useRef(0);
  const [visit, setVisit] = useState<Visit>({ phase: "attract", resets: 0 });
  const [askingIdle, setAskingIdle] = useState(false);
  const staff = useStaffAccess({ pin: config.kiosk.staffPin, root, timers });
  const onReset = useRef(props.onReset);
  onReset.current = props.onReset;

  useKioskStyles(root, useMemo(() => brandCss(config), [config]));
  // Held for the kiosk's whole life, attract screen included: a dark screen attracts no one.
  useWakeLock(true);

  const reset = useCallback(() => {
    setAskingIdle(false);
    resets.current += 1;
    setVisit({ phase: "attract", resets: resets.current });
    onReset.current?.();
  }, []);

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
  const complete = (result: KioskFormResult) => {
    const leadId = leadIdOf(props.onComplete(result));
    setAskingIdle(false);
    setVisit((current) =>
      current.phase === "attract" ? current : { phase: "outcome", key: current.key, code: leadId ? giveawayCode(leadId) : null },
    );
  };

  const idleSeconds = config.kiosk.idleResetSeconds;
  useIdleTimer({
    target: root,
    timeoutMs: idleSeconds * 1000,
    active: visit.phase === "form" && !askingIdle && !staff.open,
    onIdle: () => setAskingIdle(true),
    timers,
  });

  const giveaway = config.kiosk.giveaway;
  const attract = config.kiosk.attract;
  const title = localize(attract?.headline, locale) || config.campaign?.name || t(locale, "launcher");
  const lead = localize(attract?.text, locale) || (giveaway ? localize(giveaway.label, locale) : "");
  const phase = visit.phase === "attract" ? "lq-kiosk lq-kiosk-root is-attract" : "lq-kiosk lq-kiosk-root";
  return (
    <div ref={root} class={phase} lang={locale}>
      {/* Behind an open dialog the form is inert: no tabbing or tapping into it (aria-modal alone does not stop that). */}
      <div class="lq-kiosk-stage" inert={askingIdle || staff.open}>
        {visit.phase === "attract" ? (
          <AttractScreen
            title={title}
            lead={lead || undefined}
            logo={picture(attract?.logo, locale)}
            image={picture(attract?.image, locale)}
            startLabel={t(locale, "start")}
            onStart={start}
            focusStart={visit.resets > 0}
          />
        ) : (
          <>
            <LeadForm
              key={visit.key}
              config={config}
              locale={locale}
              productLine={props.productLine}
              onStep={props.onStep}
              onAnswer={props.onAnswer}
              deliveryNotice={props.deliveryNotice}
              kit={props.kit}
              onComplete={complete}
            />
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
      {askingIdle && visit.phase === "form" ? (
        <IdleDialog
          locale={locale}
          seconds={Math.min(IDLE_COUNTDOWN_SECONDS, idleSeconds)}
          onStay={() => setAskingIdle(false)}
          onTimeout={reset}
          timers={timers}
        />
      ) : null}
      <StaffAccess
        access={staff}
        locale={locale}
        formId={config.id}
        endpoint={config.endpoint}
        delivery={delivery}
        save={props.save ?? ((csv, name) => downloadText(root.current?.ownerDocument ?? document, csv, name))}
        timers={timers}
      />
    </div>
  );
}

function picture(image: KioskImage | undefined, locale: string): AttractImage | undefined {
  return image ? { url: image.url, alt: localize(image.alt, locale) } : undefined;
}

/** Full screen on Start where the browser allows it; a refusal (iframe, iOS) changes nothing. */
function requestFullscreen(element: HTMLElement | null): void {
  try {
    if (!element || element.ownerDocument.fullscreenElement) return;
    void element.requestFullscreen?.()?.catch(() => {});
  } catch {
    // Some browsers throw synchronously instead of rejecting.
  }
}

/** The lead id from whatever `onComplete` returned: a lead, `{ leadId }`, the id itself, or nothing. */
function leadIdOf(value: unknown): string | null {
  if (typeof value === "string") return value;
  const id = typeof value === "object" && value !== null ? (value as { leadId?: unknown }).leadId : undefined;
  return typeof id === "string" ? id : null;
}
