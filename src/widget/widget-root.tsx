import type { Signal } from "@preact/signals";
import type { Mode } from "../config/types";
import { LeadForm, type LeadFormProps } from "./lead-form";
import { PopupDialog } from "./popup-dialog";

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
}

/**
 * The top component: picks the frame for the form by mode. inline renders in place, popup wraps
 * the form in a launcher + modal dialog. kiosk renders inline inside a `.lq-kiosk` frame until the
 * kiosk shell exists; it gets its own case here, so adding it does not touch the other modes.
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
    case "kiosk":
      return <div class="lq-frame lq-kiosk">{content}</div>;
    case "inline":
      return <div class="lq-frame lq-inline">{content}</div>;
  }
}
