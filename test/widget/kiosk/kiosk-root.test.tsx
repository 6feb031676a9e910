import { act, cleanup, fireEvent, render, screen } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KioskRoot, type KioskRootProps } from "../../../src/widget/kiosk/kiosk-root";
import { loadedKit } from "../form-helpers";
import { fakeDelivery, kioskFixtureConfig } from "./fixtures";

vi.mock("../../../src/widget/lead-form", () => import("./stub-lead-form"));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

/** Advances fake time one second at a time, letting Preact re-render and re-arm effects in between. */
async function pass(seconds: number) {
  for (let i = 0; i < seconds; i++) await act(() => { vi.advanceTimersByTime(1000); });
}

function renderKiosk(overrides: Partial<KioskRootProps> = {}, kiosk = {}) {
  const onComplete = vi.fn(() => ({ leadId: "7b0c9e2a-1111-4222-8333-444455556666" }));
  const onReset = vi.fn();
  const view = render(
    <KioskRoot config={kioskFixtureConfig(kiosk)} locale="en" kit={loadedKit()} delivery={fakeDelivery()} onComplete={onComplete} onReset={onReset} {...overrides} />,
  );
  return { ...view, onComplete, onReset };
}

async function startVisit() {
  await act(() => { fireEvent.click(screen.getByRole("button", { name: "Start" })); });
}

describe("KioskRoot attract screen", () => {
  it("shows the campaign name and a Start button that opens the form", async () => {
    renderKiosk();
    expect(screen.getByRole("heading", { name: "RetailTech 2026" })).toBeTruthy();
    await startVisit();
    expect(screen.getByRole("heading", { name: "Your email" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Start" })).toBeNull();
  });

  it("shows the configured headline, text, logo and image, and fills the screen with the brand colour", async () => {
    const { container } = renderKiosk({}, {
      giveaway: { label: "A tote bag for you" },
      attract: {
        headline: { en: "Checkout in seconds", de: "Checkout in Sekunden" },
        text: "Four questions, one tote bag.",
        logo: { url: "/booth/logo.svg", alt: "RetailTech" },
        image: { url: "/booth/hero.jpg" },
        brandColor: "#0a5c36",
      },
    });
    expect(screen.getByRole("heading", { level: 2, name: "Checkout in seconds" })).toBeTruthy();
    expect(screen.getByText("Four questions, one tote bag.")).toBeTruthy();
    expect(screen.queryByText("A tote bag for you")).toBeNull();
    expect(screen.getByRole("img", { name: "RetailTech" }).getAttribute("src")).toBe("/booth/logo.svg");
    const image = container.querySelector<HTMLImageElement>(".lq-attract-image")!;
    expect([image.getAttribute("src"), image.getAttribute("alt")]).toEqual(["/booth/hero.jpg", ""]);
    expect(container.querySelector(".lq-kiosk-root")!.classList.contains("is-attract")).toBe(true);
    const sheets = (document as Document & { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets;
    const css = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join("\n");
    expect(css).toMatch(/--lq-brand:\s*#0a5c36/);
    await startVisit();
    expect(container.querySelector(".lq-kiosk-root")!.classList.contains("is-attract")).toBe(false);
  });

  it("falls back to the campaign name and the giveaway line without attract settings", () => {
    renderKiosk({}, { giveaway: { label: "A tote bag for you" } });
    expect(screen.getByRole("heading", { level: 2, name: "RetailTech 2026" })).toBeTruthy();
    expect(screen.getByText("A tote bag for you")).toBeTruthy();
    expect(screen.queryByRole("img")).toBeNull();
  });

  it("runs the form one question per step and remembering nothing", async () => {
    const { container } = renderKiosk();
    await startVisit();
    const form = container.querySelector("form")!;
    expect(form.dataset.questionsPerStep).toBe("1");
    expect(form.dataset.remember).toBe("false");
  });
});

describe("KioskRoot idle handling", () => {
  it("asks 'Still there?' with a visible countdown after idleResetSeconds without input", async () => {
    renderKiosk();
    await startVisit();
    await pass(29);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await pass(1);
    const dialog = screen.getByRole("alertdialog", { name: "Still there?" });
    expect(dialog.getAttribute("aria-modal")).toBe("true");
    expect(dialog.textContent).toContain("Resetting in 15 s");
    await pass(3);
    expect(dialog.textContent).toContain("Resetting in 12 s");
  });

  it("postpones the question while the visitor keeps typing", async () => {
    renderKiosk();
    await startVisit();
    await pass(20);
    await act(() => { fireEvent.input(screen.getByLabelText("Email"), { target: { value: "ana@acme.io" } }); });
    await pass(20);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    await pass(10);
    expect(screen.getByRole("alertdialog")).toBeTruthy();
  });

  it("keeps the answers when the visitor taps I'm still here", async () => {
    renderKiosk();
    await startVisit();
    await act(() => { fireEvent.input(screen.getByLabelText("Email"), { target: { value: "ana@acme.io" } }); });
    await pass(30);
    await act(() => { fireEvent.click(screen.getByRole("button", { name: "I'm still here" })); });
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("ana@acme.io");
  });

  it("resets to the attract screen with no trace of the answers when nobody answers", async () => {
    const { container, onReset } = renderKiosk();
    await startVisit();
    await act(() => { fireEvent.input(screen.getByLabelText("Email"), { target: { value: "ana@acme.io" } }); });
    await pass(30 + 15);
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(container.textContent).not.toContain("ana@acme.io");
    expect(container.querySelector("input")).toBeNull();
    expect(onReset).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Start" }));
    await startVisit();
    expect((screen.getByLabelText("Email") as HTMLInputElement).value).toBe("");
  });

  it("shortens the countdown when idleResetSeconds is shorter than 15 s", async () => {
    renderKiosk({}, { idleResetSeconds: 5 });
    await startVisit();
    await pass(5);
    expect(screen.getByRole("alertdialog").textContent).toContain("Resetting in 5 s");
    await pass(5);
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });

  it("does not count idle time on the attract screen", async () => {
    const { onReset } = renderKiosk();
    await pass(120);
    expect(screen.queryByRole("alertdialog")).toBeNull();
    expect(onReset).not.toHaveBeenCalled();
  });
});

describe("KioskRoot after submit", () => {
  async function submitVisit() {
    await startVisit();
    await act(() => { fireEvent.input(screen.getByLabelText("Email"), { target: { value: "ana@acme.io" } }); });
    await act(() => { fireEvent.click(screen.getByRole("button", { name: "Submit" })); });
  }

  it("hands the result to onComplete and keeps the outcome for resetAfterSubmitSeconds", async () => {
    const { onComplete } = renderKiosk();
    await submitVisit();
    expect(onComplete).toHaveBeenCalledWith(expect.objectContaining({ answers: { email: "ana@acme.io" } }));
    expect(screen.getByRole("heading", { name: "Thanks" })).toBeTruthy();
    expect(screen.getByText("Ready for the next visitor in 10 s")).toBeTruthy();
    await pass(9);
    expect(screen.getByRole("heading", { name: "Thanks" })).toBeTruthy();
    await pass(1);
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
    expect(screen.queryByText("Thanks")).toBeNull();
  });

  it("never asks 'Still there?' on the outcome screen", async () => {
    renderKiosk({}, { resetAfterSubmitSeconds: 120 });
    await submitVisit();
    await pass(60);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });

  it("resets at once on Done", async () => {
    renderKiosk();
    await submitVisit();
    await act(() => { fireEvent.click(screen.getByRole("button", { name: "Done" })); });
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });

  it("offers Done as the one way to finish the outcome (no second, identical Start over)", async () => {
    renderKiosk();
    await submitVisit();
    expect(screen.getByRole("button", { name: "Done" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Start over" })).toBeNull();
  });

  it("shows the giveaway and a code from the lead id when configured", async () => {
    renderKiosk({}, { giveaway: { label: { en: "Win a coffee mug", de: "Gewinne eine Tasse" } } });
    expect(screen.getByText("Win a coffee mug")).toBeTruthy();
    await submitVisit();
    expect(screen.getByText("7B0C")).toBeTruthy();
  });

  it("shows no code when there is no giveaway", async () => {
    const { container } = renderKiosk();
    await submitVisit();
    expect(container.querySelector(".lq-giveaway")).toBeNull();
  });

  it("resets when the handle bumps the generation", async () => {
    const props = { config: kioskFixtureConfig(), locale: "en", kit: loadedKit(), delivery: fakeDelivery(), onComplete: () => {} };
    const { rerender } = render(<KioskRoot {...props} generation={0} />);
    await startVisit();
    await act(() => { rerender(<KioskRoot {...props} generation={1} />); });
    expect(screen.getByRole("button", { name: "Start" })).toBeTruthy();
  });
});
