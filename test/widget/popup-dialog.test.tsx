import { cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { useState } from "preact/hooks";
import { afterEach, describe, expect, it } from "vitest";
import { PopupDialog } from "../../src/widget/popup-dialog";

function Harness({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const [open, setOpen] = useState(initiallyOpen);
  return (
    <PopupDialog
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      launcherLabel="Talk to sales"
      title="Talk to sales"
      closeLabel="Close"
    >
      <form>
        <label>
          Work email <input type="email" />
        </label>
        <button type="submit">Next</button>
      </form>
    </PopupDialog>
  );
}

afterEach(cleanup);

const dialog = () => document.querySelector("dialog")!;

describe("PopupDialog", () => {
  it("opens a modal dialog named by its title from the launcher and moves focus into it", () => {
    render(<Harness />);
    expect(dialog().open).toBe(false);
    fireEvent.click(screen.getByRole("button", { name: "Talk to sales" }));
    expect(dialog().open).toBe(true);
    expect(dialog().getAttribute("aria-modal")).toBe("true");
    const titleId = dialog().getAttribute("aria-labelledby")!;
    expect(document.getElementById(titleId)?.textContent).toBe("Talk to sales");
    expect(document.activeElement).toBe(screen.getByLabelText("Work email"));
  });

  it("closes on Escape and gives focus back to the launcher", () => {
    render(<Harness />);
    const launcher = screen.getByRole("button", { name: "Talk to sales" });
    fireEvent.click(launcher);
    fireEvent.keyDown(screen.getByLabelText("Work email"), { key: "Escape" });
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(launcher);
  });

  it("closes from its Close button", () => {
    render(<Harness initiallyOpen />);
    fireEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(dialog().open).toBe(false);
  });

  it("draws Close as the form's own secondary button, not a style of its own", () => {
    render(<Harness initiallyOpen />);
    expect(screen.getByRole("button", { name: "Close" }).className).toBe("lq-button lq-button-secondary");
  });

  it("treats the native cancel event (Escape in a real browser) as a close", () => {
    render(<Harness initiallyOpen />);
    fireEvent(dialog(), new Event("cancel", { cancelable: true }));
    expect(dialog().open).toBe(false);
  });

  it("wraps Tab from the last control to the first and Shift+Tab back", () => {
    render(<Harness initiallyOpen />);
    const close = screen.getByRole("button", { name: "Close" });
    const next = screen.getByRole("button", { name: "Next" });
    next.focus();
    fireEvent.keyDown(next, { key: "Tab" });
    expect(document.activeElement).toBe(close);
    fireEvent.keyDown(close, { key: "Tab", shiftKey: true });
    expect(document.activeElement).toBe(next);
  });

  it("leaves Tab alone between controls in the middle", () => {
    render(<Harness initiallyOpen />);
    const email = screen.getByLabelText("Work email");
    email.focus();
    const event = new KeyboardEvent("keydown", { key: "Tab", bubbles: true, cancelable: true });
    email.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
  });
});
