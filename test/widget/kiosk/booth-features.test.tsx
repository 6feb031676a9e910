import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Config } from "../../../src/config/types";
import { memoryStorage } from "../../../src/delivery/storage-like";
import type { BadgeCameraEnv } from "../../../src/widget/kiosk/badge-camera";
import { createKioskDevice } from "../../../src/widget/kiosk/kiosk-device";
import { KioskRoot, type KioskRootProps } from "../../../src/widget/kiosk/kiosk-root";
import { StaffPanel } from "../../../src/widget/kiosk/staff-panel";
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

async function pass(seconds: number) {
  for (let i = 0; i < seconds; i++) await act(() => { vi.advanceTimersByTime(1000); });
}
/** A click, then the promise callbacks it started (a language loading) have run. */
const click = (element: HTMLElement) =>
  act(async () => {
    fireEvent.click(element);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
const button = (name: string | RegExp) => screen.getByRole("button", { name });

function renderKiosk(kiosk: Partial<Config["kiosk"]> = {}, overrides: Partial<KioskRootProps> = {}) {
  const onComplete = vi.fn((_result: unknown) => ({ leadId: "7b0c9e2a-1111-4222-8333-444455556666" }));
  const device = createKioskDevice({ storage: memoryStorage(), randomId: () => "device-1" });
  device.setCapturedBy("Ana Staff");
  render(<KioskRoot config={kioskFixtureConfig(kiosk)} locale="en" kit={loadedKit()} delivery={fakeDelivery()} device={device} onComplete={onComplete} {...overrides} />);
  return { onComplete, device };
}

async function visitorSubmits(email = "dana@delta.example") {
  await click(button("Start"));
  fireEvent.input(screen.getByLabelText("Email"), { target: { value: email } });
  await click(button("Submit"));
}

describe("assisted kiosk mode", () => {
  it("holds the visitor's lead for the staff step, then sends it with the rating, note, follow-ups, captured by and device", async () => {
    const { onComplete, device } = renderKiosk({ assisted: true, staff: ["Ana Staff", "Ben Staff"] });
    await visitorSubmits();
    expect(onComplete).not.toHaveBeenCalled();
    expect(screen.getByText("Thank you! Please hand the tablet back to our staff.")).toBeTruthy();
    await click(button("Staff: rate this visit"));
    const step = screen.getByRole("dialog", { name: "Staff rating" });
    await click(within(step).getByRole("button", { name: "Save lead" }));
    expect(within(step).getByRole("alert").textContent).toBe("Choose a rating, or skip.");
    expect(within(step).getByRole("group", { name: "Rating" }).getAttribute("aria-invalid")).toBe("true");
    await click(within(step).getByRole("radio", { name: "A Sales-ready" }));
    fireEvent.input(within(step).getByLabelText("Note (for the follow-up)"), { target: { value: "  Wants a demo  " } });
    await click(within(step).getByRole("checkbox", { name: "Send material" }));
    fireEvent.change(within(step).getByLabelText("Captured by"), { target: { value: "Ben Staff" } });
    await click(within(step).getByRole("button", { name: "Save lead" }));
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(onComplete.mock.calls[0]![0]).toMatchObject({
      answers: { email: "dana@delta.example" },
      locale: "en",
      booth: { staff: { rating: "A", note: "Wants a demo", followUp: ["send-material"] }, capturedBy: "Ben Staff", deviceId: "device-1" },
    });
    expect(device.capturedBy()).toBe("Ben Staff");
    expect(button("Done")).toBeTruthy();
  });

  it("sends a lead still waiting for its rating when the visit resets, so no lead is lost", async () => {
    const { onComplete } = renderKiosk({ assisted: true, idleResetSeconds: 5 });
    await visitorSubmits();
    await pass(5);
    expect(screen.getByRole("alertdialog", { name: "Still there?" })).toBeTruthy();
    await pass(6);
    expect(button("Start")).toBeTruthy();
    expect(onComplete).toHaveBeenCalledTimes(1);
    const sent = onComplete.mock.calls[0]![0] as { booth: Record<string, unknown> };
    expect(sent.booth).not.toHaveProperty("staff");
    expect(sent.booth).toMatchObject({ capturedBy: "Ana Staff", deviceId: "device-1" });
  });

  it("sends at once, without a staff step, when the kiosk is not assisted", async () => {
    const { onComplete } = renderKiosk();
    await visitorSubmits();
    expect(onComplete).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("button", { name: "Staff: rate this visit" })).toBeNull();
  });
});

describe("language switch and event context at the attract screen", () => {
  it("offers the config's languages, loads the chosen one, and the visit and its lead follow it until the reset", async () => {
    const loadLocale = vi.fn(async () => {});
    const { onComplete } = renderKiosk({ languages: ["en", "de", "fr"] }, { loadLocale });
    const group = screen.getByRole("group", { name: "Language" });
    expect(within(group).getAllByRole("button").map((b) => [b.textContent, b.getAttribute("aria-pressed"), b.getAttribute("lang")])).toEqual([
      ["English", "true", "en"], ["Deutsch", "false", "de"], ["Français", "false", "fr"],
    ]);
    await click(within(group).getByRole("button", { name: "Deutsch" }));
    expect(loadLocale).toHaveBeenCalledWith("de");
    expect(button("Starten")).toBeTruthy();
    expect(document.querySelector(".lq-kiosk-root")!.getAttribute("lang")).toBe("de");
    await click(button("Starten"));
    fireEvent.input(screen.getByLabelText("Email"), { target: { value: "dana@delta.example" } });
    await click(button("Submit"));
    expect(onComplete.mock.calls[0]![0]).toMatchObject({ locale: "de" });
    await click(button("Fertig"));
    expect(button("Start")).toBeTruthy();
  });

  it("shows no switch for a form in one language", () => {
    renderKiosk();
    expect(screen.queryByRole("group", { name: "Language" })).toBeNull();
  });

  it("shows the show's dates and booth under the headline", () => {
    render(<KioskRoot config={{ ...kioskFixtureConfig(), campaign: { type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" } }} locale="en" kit={loadedKit()} delivery={fakeDelivery()} onComplete={() => {}} />);
    expect(screen.getByText(/^Nov 23\s*–\s*25, 2026 · Booth B12$/)).toBeTruthy();
  });
});

describe("badge scan", () => {
  function fakeCamera(raw: string) {
    const stopped: string[] = [];
    const track = { stop: () => stopped.push("video") };
    const env: BadgeCameraEnv = {
      mediaDevices: { getUserMedia: vi.fn(async () => ({ getTracks: () => [track] }) as unknown as MediaStream) },
      detector: async () => ({ detect: async () => [{ rawValue: raw }] }),
      timers: { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>), now: () => Date.now() },
    };
    return { env, stopped };
  }
  beforeEach(() => {
    Object.defineProperty(HTMLMediaElement.prototype, "readyState", { configurable: true, get: () => 4 });
    HTMLMediaElement.prototype.play = async () => {};
    // happy-dom's srcObject wants a real MediaStream; the fake camera hands out a plain object.
    const streams = new WeakMap<HTMLMediaElement, unknown>();
    Object.defineProperty(HTMLMediaElement.prototype, "srcObject", {
      configurable: true,
      get(this: HTMLMediaElement) { return streams.get(this) ?? null; },
      set(this: HTMLMediaElement, value: unknown) { streams.set(this, value); },
    });
  });

  it("starts the visit with the badge's answers and puts the badge on the lead, camera stopped", async () => {
    const { env, stopped } = fakeCamera("MECARD:N:Lima,Ana;EMAIL:ana@acme.io;ORG:Acme;;");
    const { onComplete } = renderKiosk({}, { camera: env });
    await click(button("Scan badge"));
    expect(screen.getByRole("dialog", { name: "Scan badge" })).toBeTruthy();
    await act(async () => { await vi.advanceTimersByTimeAsync(200); });
    expect(screen.queryByRole("dialog", { name: "Scan badge" })).toBeNull();
    expect(stopped).toEqual(["video"]);
    expect(screen.getByRole("status").textContent).toBe("Badge: Ana Lima");
    fireEvent.input(screen.getByLabelText("Email"), { target: { value: "typed@acme.io" } });
    await click(button("Submit"));
    expect(onComplete.mock.calls[0]![0]).toMatchObject({
      booth: { badge: { raw: "MECARD:N:Lima,Ana;EMAIL:ana@acme.io;ORG:Acme;;", format: "mecard", source: "scan" } },
    });
  });

  it("offers the typed badge id at once on a kiosk given no camera, and the badge reaches the lead", async () => {
    const { onComplete } = renderKiosk({});
    await click(button("Scan badge"));
    expect(screen.getByRole("dialog", { name: "Scan badge" })).toBeTruthy();
    await act(async () => { await vi.advanceTimersByTimeAsync(0); });
    fireEvent.input(screen.getByLabelText("Or type the badge ID"), { target: { value: "RT26-004217" } });
    await click(button("Use this ID"));
    expect(screen.queryByRole("dialog", { name: "Scan badge" })).toBeNull();
    fireEvent.input(screen.getByLabelText("Email"), { target: { value: "typed@acme.io" } });
    await click(button("Submit"));
    expect(onComplete.mock.calls[0]![0]).toMatchObject({ booth: { badge: { source: "typed", id: "RT26-004217" } } });
  });

  it("is not offered when kiosk.badge.scan is false", () => {
    renderKiosk({ badge: { scan: false } });
    expect(screen.queryByRole("button", { name: "Scan badge" })).toBeNull();
  });

  it("stops the camera when staff cancel", async () => {
    const { env, stopped } = fakeCamera("");
    renderKiosk({}, { camera: { ...env, detector: async () => ({ detect: async () => [] }) } });
    await click(button("Scan badge"));
    await act(async () => { await vi.advanceTimersByTimeAsync(500); });
    await click(button("Cancel"));
    expect(stopped).toEqual(["video"]);
    expect(button("Start")).toBeTruthy();
  });
});

describe("the staff panel's captured by", () => {
  it("sets who is capturing on this device and counts today's leads per staff member", async () => {
    const device = createKioskDevice({ storage: memoryStorage(), randomId: () => "device-1" });
    const lead = (id: string, by: string | null) => ({ ...fixtureLead(id, "nurture", NOW.toISOString(), `${id}@x.example`), capturedBy: by });
    const entries = [
      { lead: lead("a1b2c3d4-0000-4000-8000-000000000001", "Ben Staff"), status: "pending" as const, attempts: 0, nextAttemptAt: 0, createdAt: 0 },
      { lead: lead("a1b2c3d4-0000-4000-8000-000000000002", "Ben Staff"), status: "pending" as const, attempts: 0, nextAttemptAt: 0, createdAt: 0 },
      { lead: lead("a1b2c3d4-0000-4000-8000-000000000003", null), status: "pending" as const, attempts: 0, nextAttemptAt: 0, createdAt: 0 },
    ];
    render(<StaffPanel locale="en" formId="booth-test" staff={["Ana Staff", "Ben Staff"]} device={device} delivery={fakeDelivery(entries)} onClose={() => {}} save={() => {}} timers={{ setTimeout: () => 0, clearTimeout: () => {}, now: () => NOW.getTime() }} />);
    const people = screen.getByRole("heading", { name: "Today per staff member" }).nextElementSibling!;
    expect([...people.querySelectorAll("dt, dd")].map((el) => el.textContent)).toEqual(["Ben Staff", "2", "Nobody set", "1"]);
    fireEvent.change(screen.getByLabelText("Captured by"), { target: { value: "Ana Staff" } });
    expect(device.capturedBy()).toBe("Ana Staff");
  });
});
