import type { ComponentChildren } from "preact";
import { useId, useLayoutEffect, useRef } from "preact/hooks";
import { focusableElements } from "./focusable-elements";

export interface PopupDialogProps {
  open: boolean;
  onOpen(): void;
  onClose(): void;
  /** The launcher button's text (config.launcher.label, default "Get started"). */
  launcherLabel: string;
  /** The dialog's accessible name, shown as its title. */
  title: string;
  /** The Close button's name ("Close", localized). */
  closeLabel: string;
  children: ComponentChildren;
}

/**
 * Popup mode (SPEC 10): a launcher button that opens a modal `<dialog>` in the shadow root.
 * `showModal()` makes the host page inert and gives the top layer; Tab and Shift+Tab still wrap
 * by hand because a modal dialog otherwise lets focus escape to the browser's own UI. Escape
 * closes (handled on keydown and on the native `cancel` event), and focus returns to the launcher.
 * The form stays rendered while closed, so a visitor who closes by mistake keeps their answers.
 * Layout (styles.ts): anchored at the top, so it grows downwards instead of re-centring on every
 * step; under 600 px wide it is a full-screen sheet. Close looks like every other secondary button.
 *
 * @example
 * <PopupDialog open={open} onOpen={show} onClose={hide} launcherLabel="Talk to sales"
 *   title="Talk to sales" closeLabel="Close"><LeadForm ... /></PopupDialog>
 */
export function PopupDialog(props: PopupDialogProps) {
  const { open, onOpen, onClose, launcherLabel, title, closeLabel, children } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const launcherRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const titleId = `lq-dialog-title-${useId()}`;

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      (focusableElements(dialog.querySelector(".lq-dialog-body") ?? dialog)[0] ?? dialog).focus();
    } else if (!open && dialog.open) {
      dialog.close();
    }
    if (!open && wasOpen.current) launcherRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") {
      event.preventDefault();
      onClose();
    } else if (event.key === "Tab" && dialogRef.current) {
      trapTab(event, dialogRef.current);
    }
  };

  return (
    <div class="lq-popup">
      <button ref={launcherRef} type="button" class="lq-launcher" aria-haspopup="dialog" onClick={onOpen}>
        {launcherLabel}
      </button>
      <dialog
        ref={dialogRef}
        class="lq-dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={onKeyDown}
        onCancel={(event) => {
          event.preventDefault();
          onClose();
        }}
        onClose={() => open && onClose()}
      >
        <div class="lq-dialog-header">
          <p id={titleId} class="lq-dialog-title">{title}</p>
          <button type="button" class="lq-button lq-button-secondary" onClick={onClose}>
            {closeLabel}
          </button>
        </div>
        <div class="lq-dialog-body">{children}</div>
      </dialog>
    </div>
  );
}

function trapTab(event: KeyboardEvent, dialog: HTMLDialogElement): void {
  const focusables = focusableElements(dialog);
  const first = focusables[0];
  const last = focusables[focusables.length - 1];
  if (!first || !last) return;
  const root = dialog.getRootNode() as ShadowRoot | Document;
  const active = root.activeElement;
  const outside = !active || !dialog.contains(active);
  if (event.shiftKey && (outside || active === first)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (outside || active === last)) {
    event.preventDefault();
    first.focus();
  }
}
