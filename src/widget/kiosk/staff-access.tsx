import { useEffect, useRef, useState } from "preact/hooks";
import type { RefObject } from "preact";
import { t } from "../../i18n/t";
import type { Config } from "../../config/types";
import type { KioskDelivery } from "./kiosk-delivery";
import type { KioskDevice } from "./kiosk-device";
import { useLongPress, type LongPressHandlers } from "./long-press";
import { checkPin, INITIAL_PIN_GUARD, type PinCheck } from "./pin-guard";
import { PinPad } from "./pin-pad";
import { StaffPanel } from "./staff-panel";
import type { Timers } from "./timers";
import { useIdleTimer } from "./use-idle-timer";

/** The PIN pad or panel closes after this long without input, so it is never left open for visitors. */
export const STAFF_IDLE_MS = 60_000;

export interface StaffAccessState {
  /** False when no `kiosk.staffPin` is configured: then there is no staff panel at all. */
  enabled: boolean;
  view: "closed" | "pin" | "panel";
  open: boolean;
  openPin(): void;
  close(): void;
  unlock(): void;
  check(entered: string): PinCheck;
  press: LongPressHandlers;
}

/**
 * The staff panel's gate: a long press (2 s) on the corner or Ctrl+Alt+S opens the PIN pad,
 * the right PIN opens the panel. Wrong tries are counted here, across openings of the pad, so
 * closing and reopening it does not lift a lock-out (a reload does: the count is memory-only).
 *
 * @example const staff = useStaffAccess({ pin: config.kiosk.staffPin, root, timers });
 */
export function useStaffAccess(options: { pin: string | undefined; root: RefObject<HTMLElement | null>; timers: Timers }): StaffAccessState {
  const { pin, root, timers } = options;
  const enabled = typeof pin === "string" && pin.length > 0;
  const [view, setView] = useState<StaffAccessState["view"]>("closed");
  const guard = useRef(INITIAL_PIN_GUARD);
  const openPin = () => enabled && setView((current) => (current === "closed" ? "pin" : current));
  const close = () => setView("closed");
  const press = useLongPress(openPin, undefined, timers);

  useEffect(() => {
    const doc = root.current?.ownerDocument;
    if (!enabled || !doc) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey && event.altKey && !event.metaKey && event.code === "KeyS") {
        event.preventDefault();
        setView((current) => (current === "closed" ? "pin" : current));
      }
    };
    doc.addEventListener("keydown", onKey);
    return () => doc.removeEventListener("keydown", onKey);
  }, [enabled, root]);

  useIdleTimer({ target: root, timeoutMs: STAFF_IDLE_MS, active: view !== "closed", onIdle: close, timers });

  return {
    enabled,
    view,
    open: view !== "closed",
    openPin,
    close,
    unlock: () => setView("panel"),
    check(entered) {
      const result = checkPin(guard.current, entered, pin ?? "", timers.now());
      guard.current = result.state;
      return result.check;
    },
    press,
  };
}

export interface StaffAccessProps {
  access: StaffAccessState;
  locale: string;
  /** The kiosk's config: the form id and endpoint for the CSV, the staff list. */
  config: Config;
  device: KioskDevice;
  delivery: KioskDelivery;
  save(csv: string, fileName: string): void;
  timers: Timers;
}

/**
 * The invisible-but-focusable 64×64 "Staff" corner button, and the PIN pad or staff panel
 * when open. Renders nothing when no staff PIN is configured.
 *
 * @example <StaffAccess access={staff} locale="en" config={config} device={device} delivery={delivery} save={download} timers={timers} />
 */
export function StaffAccess({ access, locale, config, device, delivery, save, timers }: StaffAccessProps) {
  if (!access.enabled) return null;
  return (
    <>
      <button type="button" class="lq-staff-corner" aria-label={t(locale, "staff.button")} {...access.press} />
      {access.view === "pin" ? (
        <PinPad locale={locale} check={access.check} onUnlock={access.unlock} onClose={access.close} />
      ) : null}
      {access.view === "panel" ? (
        <StaffPanel locale={locale} formId={config.id} endpoint={config.endpoint} staff={config.kiosk.staff} device={device} delivery={delivery} onClose={access.close} save={save} timers={timers} />
      ) : null}
    </>
  );
}
