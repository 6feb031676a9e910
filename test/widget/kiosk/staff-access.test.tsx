import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { KioskRoot } from "../../../src/widget/kiosk/kiosk-root";
import type { KioskDelivery } from "../../../src/widget/kiosk/kiosk-delivery";
import { loadedKit } from "../form-helpers";
import { fakeDelivery, fixtureLead, kioskFixtureConfig } from "./fixtures";

vi.mock("../../../src/widget/lead-form", () => import("./stub-lead-form"));

const NOW = new Date(2026, 10, 23, 15, 0);
beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

async function pass(ms: number) {
  await act(() => { vi.advanceTimersByTime(ms); });
}

function renderKiosk(delivery: KioskDelivery = fakeDelivery(), kiosk = {}) {
  const save = vi.fn();
  render(<KioskRoot config={kioskFixtureConfig(kiosk)} locale="en" kit={loadedKit()} delivery={delivery} onComplete={() => {}} save={save} />);
  return { save };
}

const staffButton = () => screen.getByRole("button", { name: /^Staff/ });

async function longPress(ms = 2000) {
  await act(() => { fireEvent.pointerDown(staffButton(), { button: 0 }); });
  await pass(ms);
  await act(() => { fireEvent.pointerUp(staffButton()); });
}

/** A tap as a browser delivers it: pointerdown (which the idle timers count), then click. */
async function tap(element: HTMLElement) {
  await act(() => {
    fireEvent.pointerDown(element);
    fireEvent.click(element);
  });
}

async function enterPin(pin: string) {
  const dialog = screen.getByRole("dialog", { name: "Staff panel" });
  for (const digit of pin) await tap(within(dialog).getByRole("button", { name: digit }));
  await tap(within(dialog).getByRole("button", { name: "Unlock" }));
}

describe("staff access", () => {
  it("opens the PIN pad after a 2 s press on the corner, not after a tap", async () => {
    renderKiosk();
    await longPress(1500);
    expect(screen.queryByLabelText("Staff PIN")).toBeNull();
    await longPress(2000);
    expect(screen.getByLabelText("Staff PIN")).toBeTruthy();
  });

  it("opens the PIN pad with Ctrl+Alt+S for keyboard users", async () => {
    renderKiosk();
    await act(() => { fireEvent.keyDown(document.body, { key: "s", code: "KeyS", ctrlKey: true, altKey: true }); });
    expect(screen.getByLabelText("Staff PIN")).toBeTruthy();
  });

  it("has no staff corner and ignores the shortcut when no staffPin is configured", async () => {
    renderKiosk(fakeDelivery(), { staffPin: undefined });
    expect(screen.queryByRole("button", { name: /^Staff/ })).toBeNull();
    await act(() => { fireEvent.keyDown(document.body, { key: "s", code: "KeyS", ctrlKey: true, altKey: true }); });
    expect(screen.queryByLabelText("Staff PIN")).toBeNull();
  });

  it("refuses a wrong PIN with a message and opens the panel with the right one", async () => {
    renderKiosk();
    await longPress();
    await enterPin("1111");
    expect(screen.getByRole("alert").textContent).toBe("Wrong PIN. Please try again.");
    expect((screen.getByLabelText("Staff PIN") as HTMLInputElement).value).toBe("");
    await enterPin("2468");
    expect(screen.queryByLabelText("Staff PIN")).toBeNull();
    expect(screen.getByRole("heading", { name: "Today" })).toBeTruthy();
  });

  it("locks the pad for 60 s after five wrong PINs, even across closing and reopening it", async () => {
    renderKiosk();
    await longPress();
    for (let i = 0; i < 4; i++) await enterPin("1111");
    await act(() => { fireEvent.click(screen.getByRole("button", { name: "Close" })); });
    await longPress();
    await enterPin("1111");
    expect(screen.getByRole("alert").textContent).toBe("Too many attempts. Try again in 60 s.");
    await pass(30_000);
    await enterPin("2468");
    expect(screen.getByRole("alert").textContent).toBe("Too many attempts. Try again in 30 s.");
    await pass(30_000);
    await enterPin("2468");
    expect(screen.getByRole("heading", { name: "Today" })).toBeTruthy();
  });

  it("closes the PIN pad after a minute without input", async () => {
    renderKiosk();
    await longPress();
    await pass(60_000);
    expect(screen.queryByLabelText("Staff PIN")).toBeNull();
  });
});

describe("staff panel", () => {
  const today = (h: number) => new Date(2026, 10, 23, h).toISOString();
  function busyDelivery() {
    return fakeDelivery(
      [
        { lead: fixtureLead("pend-1", "nurture", today(10), "pending@acme.io"), status: "pending", attempts: 2, nextAttemptAt: 0, createdAt: 0 },
        { lead: fixtureLead("fail-1", "sales-ready", today(11), "failed@acme.io"), status: "failed", attempts: 1, nextAttemptAt: 0, createdAt: 0, lastError: { code: "http", message: "HTTP 400", status: 400 } },
      ],
      [
        { leadId: "done-1", formId: "booth-test", tier: "sales-ready", total: 80, submittedAt: today(9), deliveredAt: today(9) },
        { leadId: "done-0", formId: "booth-test", tier: "disqualified", total: 5, submittedAt: new Date(2026, 10, 22, 9).toISOString(), deliveredAt: today(8) },
        { leadId: "other-form", formId: "elsewhere", tier: "nurture", total: 40, submittedAt: today(9), deliveredAt: today(12) },
      ],
    );
  }

  async function openPanel(delivery: KioskDelivery) {
    const result = renderKiosk(delivery);
    await longPress();
    await enterPin("2468");
    return { ...result, panel: screen.getByRole("dialog", { name: "Staff panel" }) };
  }

  const stat = (panel: HTMLElement, label: string) => {
    const term = within(panel).getAllByText(label)[0]!;
    return term.nextElementSibling?.textContent;
  };

  it("counts today's leads on this device per tier, pending, failed and the last sync", async () => {
    const { panel } = await openPanel(busyDelivery());
    expect(stat(panel, "Sales-ready")).toBe("2");
    expect(stat(panel, "Nurture")).toBe("1");
    expect(stat(panel, "Set aside")).toBe("0");
    expect(stat(panel, "Captured")).toBe("3");
    expect(stat(panel, "Pending")).toBe("1");
    expect(stat(panel, "Failed")).toBe("1");
    expect(stat(panel, "Last sync")).toBe(new Date(today(9)).toLocaleString("en", { dateStyle: "short", timeStyle: "short" }));
  });

  it("makes Sync now and Export CSV the primary actions and Close the secondary one, last", async () => {
    const { panel } = await openPanel(busyDelivery());
    const buttons = within(panel).getAllByRole("button").map((button) => [button.textContent, button.className]);
    expect(buttons).toEqual([
      ["Sync now", "lq-kiosk-primary"],
      ["Export CSV", "lq-kiosk-primary"],
      ["Close staff panel", "lq-kiosk-secondary"],
    ]);
  });

  it("never shows a visitor's answers on screen", async () => {
    const { panel } = await openPanel(busyDelivery());
    expect(panel.textContent).not.toContain("@acme.io");
  });

  it("flushes the outbox on Sync now and says whether leads are still waiting", async () => {
    const delivery = busyDelivery();
    const { panel } = await openPanel(delivery);
    await act(async () => { fireEvent.click(within(panel).getByRole("button", { name: "Sync now" })); });
    expect(delivery.flushes).toBe(1);
    expect(within(panel).getByRole("status").textContent).toBe("Sync failed. Leads stay saved on this device.");
  });

  it("returns from Sync now at once and shows the round's progress while it runs", async () => {
    let finish: () => void = () => {};
    let progress = { active: true, done: 0, total: 2000, delivered: 0 };
    const listeners = new Set<() => void>();
    const delivery: KioskDelivery = {
      ...busyDelivery(),
      flush: () => new Promise<void>((resolve) => (finish = resolve)),
      progress: () => progress,
      subscribe: (fn) => (listeners.add(fn), () => void listeners.delete(fn)),
    };
    const { panel } = await openPanel(delivery);
    await act(async () => { fireEvent.click(within(panel).getByRole("button", { name: "Sync now" })); });
    progress = { ...progress, done: 120, delivered: 120 };
    await act(() => listeners.forEach((fn) => fn()));
    await pass(300);
    expect(within(panel).getByRole("status").textContent).toBe("Sending… 120 of 2000");
    progress = { ...progress, active: false, done: 2000 };
    await act(async () => finish());
    expect(within(panel).getByRole("status").textContent).toBe("Sync failed. Leads stay saved on this device.");
  });

  it("warns to export now and names the leads no storage took", async () => {
    const delivery: KioskDelivery = { ...busyDelivery(), storage: () => ({ kind: "memory", unsaved: ["pend-1"], loaded: true }) };
    const { panel } = await openPanel(delivery);
    const alert = within(panel).getByRole("alert");
    expect(alert.textContent).toContain("1 leads are not saved on this device (storage full). Export CSV now");
    expect(alert.textContent).toContain("Not saved: PEND.");
  });

  it("reports a clean sync when nothing is left", async () => {
    const { panel } = await openPanel(fakeDelivery());
    await act(async () => { fireEvent.click(within(panel).getByRole("button", { name: "Sync now" })); });
    expect(within(panel).getByRole("status").textContent).toBe("All leads sent.");
  });

  it("exports every lead captured on this device, pending and failed included, as a guarded CSV", async () => {
    const { panel, save } = await openPanel(busyDelivery());
    await act(() => { fireEvent.click(within(panel).getByRole("button", { name: "Export CSV" })); });
    expect(save).toHaveBeenCalledTimes(1);
    const [csv, fileName] = save.mock.calls[0] as [string, string];
    expect(fileName).toBe("lead-qualifier-booth-test-2026-11-23.csv");
    const lines = csv.trim().split("\r\n");
    expect(lines).toHaveLength(1 + 4);
    expect(csv).toContain("pending@acme.io");
    expect(csv).toContain("failed@acme.io");
    expect(csv).toContain("done-1");
    expect(csv).toContain("done-0");
    expect(csv).not.toContain("other-form");
    expect(csv).toContain("'=cmd|' /C calc'!A0");
    expect(within(panel).getByRole("status").textContent).toBe("Exported 4 leads.");
  });

  it("closes on Close and on Escape", async () => {
    const { panel } = await openPanel(fakeDelivery());
    await act(() => { fireEvent.click(within(panel).getByRole("button", { name: "Close staff panel" })); });
    expect(screen.queryByRole("dialog")).toBeNull();
    await longPress();
    await enterPin("2468");
    await act(() => { fireEvent.keyDown(screen.getByRole("dialog", { name: "Staff panel" }), { key: "Escape" }); });
    expect(screen.queryByRole("dialog")).toBeNull();
  });

  it("pauses the visitor's idle timer while staff are in the panel", async () => {
    renderKiosk();
    await act(() => { fireEvent.click(screen.getByRole("button", { name: "Start" })); });
    await act(() => { fireEvent.keyDown(document.body, { key: "s", code: "KeyS", ctrlKey: true, altKey: true }); });
    await pass(45_000);
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});
