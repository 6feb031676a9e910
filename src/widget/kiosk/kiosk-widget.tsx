import { useMemo } from "preact/hooks";
import { browserStorage } from "../../profile/browser-storage";
import type { WidgetRootProps } from "../widget-root";
import { qrDetector } from "./badge-camera";
import type { KioskDelivery } from "./kiosk-delivery";
import { createKioskDevice } from "./kiosk-device";
import { KioskRoot } from "./kiosk-root";
import { systemTimers } from "./timers";

/** A kiosk rendered without a delivery (tests, previews): an empty outbox. */
const NO_DELIVERY: KioskDelivery = { flush: async () => {}, entries: () => [], history: () => [] };

/**
 * The kiosk part's entry: the booth shell wired to the page (this kiosk lives in its own file, so the
 * landing-page file only hands over its props). Creates the device record in the page's localStorage,
 * the camera for "Scan badge" (the page's camera; the browser's BarcodeDetector, else the decoder part
 * loaded when scanning) and the loader of other languages.
 *
 * @example render(<KioskWidget {...widgetRootProps} />, container)
 */
export function KioskWidget(props: WidgetRootProps) {
  const { form, controller, parts } = props;
  const device = useMemo(() => createKioskDevice({ storage: browserStorage(window, "localStorage"), randomId: () => crypto.randomUUID() }), []);
  const camera = useMemo(
    () => ({
      mediaDevices: typeof navigator === "undefined" ? undefined : navigator.mediaDevices,
      detector: () => qrDetector(window, () => (parts ? parts.badgeDecoder() : Promise.reject(new Error("no decoder")))),
      timers: systemTimers,
    }),
    [parts],
  );
  return (
    <KioskRoot
      config={form.config}
      locale={form.locale}
      productLine={form.productLine}
      delivery={props.delivery ?? NO_DELIVERY}
      device={device}
      camera={camera}
      {...(parts ? { loadLocale: parts.locale } : {})}
      onComplete={form.onComplete}
      onStep={form.onStep}
      onAnswer={form.onAnswer}
      deliveryNotice={form.deliveryNotice}
      kit={form.kit}
      onReset={form.onRestart}
      generation={controller.generation.value}
    />
  );
}
