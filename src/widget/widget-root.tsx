import type { Signal } from "@preact/signals";
import type { Mode } from "../config/types";
import type { KioskWidget } from "./kiosk/kiosk-widget";
import type { KioskDelivery } from "./kiosk/kiosk-delivery";
import { LeadForm, type LeadFormProps } from "./lead-form";
import { PopupDialog } from "./popup-dialog";
import type { WidgetParts } from "./widget-parts";

/** What `mount()` drives from outside the component tree (the handle's open/close/reset). */
export interface WidgetController {
  /** Popup mode: whether the dialog is open. */
  open: Signal<boolean>;
  /** Bumped by `reset()`: a new key gives a fresh form with no answers. */
  generation: Signal<number>;
}

export interface WidgetRootProps {
  mode: Mode;
  controller: WidgetController;
  form: LeadFormProps;
  /** Popup mode texts, already localized. */
  launcherLabel: string;
  dialogTitle: string;
  closeLabel: string;
  /** Kiosk mode: the widget's delivery, which the staff panel counts, flushes and exports. */
  delivery?: KioskDelivery;
  /** Kiosk mode: the booth shell, its own file (`parts.kiosk()`), loaded by mount() before the first render. */
  kiosk?: typeof KioskWidget;
  /** Kiosk mode: the widget's other files (the badge decoder, other languages), loaded when used. */
  parts?: WidgetParts;
}

/**
 * The top component: picks the frame for the form by mode. inline renders in place, popup wraps
 * the form in a launcher + modal dialog, kiosk hands it to the full-screen kiosk shell (`KioskRoot`).
 *
 * @example render(<WidgetRoot mode="inline" controller={c} form={formProps} ... />, container)
 */
export function WidgetRoot(props: WidgetRootProps) {
  const { mode, controller, form } = props;
  const content = <LeadForm key={controller.generation.value} {...form} />;
  switch (mode) {
    case "popup":
      return (
        <PopupDialog
          open={controller.open.value}
          onOpen={() => (controller.open.value = true)}
          onClose={() => (controller.open.value = false)}
          launcherLabel={props.launcherLabel}
          title={props.dialogTitle}
          closeLabel={props.closeLabel}
        >
          {content}
        </PopupDialog>
      );
    case "kiosk": {
      // The kiosk shell (its own file) reads what it needs from these props and owns its form's lifetime.
      const Kiosk = props.kiosk!;
      return <Kiosk {...props} />;
    }
    case "inline":
      return <div class="lq-inline">{content}</div>;
  }
}

