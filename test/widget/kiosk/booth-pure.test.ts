import { describe, expect, it, vi } from "vitest";
import { memoryStorage } from "../../../src/delivery/storage-like";
import { qrDetector, startBadgeCamera, type BadgeCameraEnv } from "../../../src/widget/kiosk/badge-camera";
import { eventDates } from "../../../src/widget/kiosk/event-line";
import { createKioskDevice, DEVICE_KEY } from "../../../src/widget/kiosk/kiosk-device";
import { kioskLanguages, languageName } from "../../../src/widget/kiosk/kiosk-languages";
import { readBadge } from "../../../src/widget/kiosk/scanned-badge";
import { kioskFixtureConfig } from "./fixtures";

describe("createKioskDevice", () => {
  it("makes a random id once and keeps it, with the staff member, across page loads", () => {
    const storage = memoryStorage();
    const first = createKioskDevice({ storage, randomId: () => "id-1" });
    first.setCapturedBy("  Ana Staff ");
    const again = createKioskDevice({ storage, randomId: () => "id-2" });
    expect([again.id, again.capturedBy()]).toEqual(["id-1", "Ana Staff"]);
    again.setCapturedBy("");
    expect(createKioskDevice({ storage, randomId: () => "id-3" }).capturedBy()).toBeNull();
  });

  it("works in memory when storage throws or holds garbage", () => {
    const broken = { getItem: () => { throw new Error("blocked"); }, setItem: () => { throw new Error("full"); }, removeItem: () => {} };
    const device = createKioskDevice({ storage: broken, randomId: () => "id-1" });
    device.setCapturedBy("Ben");
    expect([device.id, device.capturedBy()]).toEqual(["id-1", "Ben"]);
    expect(createKioskDevice({ storage: memoryStorage({ [DEVICE_KEY]: "{not json" }), randomId: () => "id-9" }).id).toBe("id-9");
  });
});

describe("startBadgeCamera", () => {
  const video = () => ({ srcObject: null as unknown, readyState: 4, play: async () => {} }) as unknown as HTMLVideoElement;
  const timers = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms), clearTimeout: (h: unknown) => clearTimeout(h as ReturnType<typeof setTimeout>), now: () => Date.now() };

  it("reports the first code read and stops every track", async () => {
    const stop = vi.fn();
    let reads = 0;
    const env: BadgeCameraEnv = {
      mediaDevices: { getUserMedia: async () => ({ getTracks: () => [{ stop }, { stop }] }) as unknown as MediaStream },
      detector: async () => ({ detect: async () => (++reads < 3 ? [] : [{ rawValue: "RT26-1" }]) }),
      timers,
    };
    const element = video();
    const code = await new Promise<string>((resolve) => startBadgeCamera(element, env, { onCode: resolve, onProblem: () => {} }));
    expect(code).toBe("RT26-1");
    expect(reads).toBe(3);
    expect(stop).toHaveBeenCalledTimes(2);
    expect(element.srcObject).toBeNull();
  });

  it("names the problem when the camera is refused or missing", async () => {
    const problem = (error: unknown, mediaDevices: BadgeCameraEnv["mediaDevices"] = { getUserMedia: async () => { throw error; } }) =>
      new Promise((resolve) => startBadgeCamera(video(), { mediaDevices, detector: async () => ({ detect: async () => [] }), timers }, { onCode: () => {}, onProblem: resolve }));
    expect(await problem(new DOMException("no", "NotAllowedError"))).toBe("denied");
    expect(await problem(new DOMException("no", "NotFoundError"))).toBe("none");
    expect(await problem(new Error("boom"))).toBe("failed");
    expect(await problem(null, {} as BadgeCameraEnv["mediaDevices"])).toBe("none");
  });
});

describe("qrDetector", () => {
  it("uses the browser's BarcodeDetector for QR codes, else loads the decoder", async () => {
    class Native { static getSupportedFormats = async () => ["qr_code"]; detect = async () => []; }
    const load = vi.fn(async () => ({ BarcodeDetector: class { detect = async () => [{ rawValue: "x" }]; } }));
    expect(await qrDetector({ BarcodeDetector: Native }, load)).toBeInstanceOf(Native);
    expect(load).not.toHaveBeenCalled();
    class AztecOnly { static getSupportedFormats = async () => ["aztec"]; detect = async () => []; }
    await qrDetector({ BarcodeDetector: AztecOnly }, load);
    await qrDetector({}, load);
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("kioskLanguages", () => {
  it("lists the languages of the question labels, the form's own first, unless the config lists them", () => {
    const config = { ...kioskFixtureConfig(), locale: "de", questions: [{ id: "email", type: "email" as const, label: { en: "Email", de: "E-Mail", fr: "E-mail" } }] };
    expect(kioskLanguages(config, "en")).toEqual(["de", "en", "fr"]);
    expect(kioskLanguages({ ...config, kiosk: { ...config.kiosk, languages: ["es", "en", "es"] } }, "en")).toEqual(["es", "en"]);
    expect(kioskLanguages(kioskFixtureConfig(), "en")).toEqual(["en"]);
  });

  it("names each language in itself", () => {
    expect(["en", "de", "fr", "es"].map(languageName)).toEqual(["English", "Deutsch", "Français", "Español"]);
  });
});

describe("eventDates", () => {
  it("formats the show's days in the visitor's language, one day or a range", () => {
    const show = { type: "trade-show", name: "X", startDate: "2026-11-23", endDate: "2026-11-25" };
    expect(eventDates(show, "de")).toMatch(/^23\.\s*–\s*25\. Nov\. 2026$/);
    expect(eventDates({ ...show, endDate: "2026-11-23" }, "en")).toBe("Nov 23, 2026");
    expect(eventDates({ type: "trade-show", name: "X" }, "en")).toBeNull();
  });
});

describe("readBadge", () => {
  it("turns a scanned vCard into this form's answers and keeps the raw text", () => {
    const config = { ...kioskFixtureConfig(), questions: [{ id: "email", type: "email" as const, label: "Email" }, { id: "name", type: "text" as const, label: "Name" }] };
    const read = readBadge(config, "BEGIN:VCARD\nFN:Ana Lima\nEMAIL:ana@acme.io\nEND:VCARD", "scan");
    expect(read).toEqual({ answers: { email: "ana@acme.io", name: "Ana Lima" }, badge: { raw: "BEGIN:VCARD\nFN:Ana Lima\nEMAIL:ana@acme.io\nEND:VCARD", format: "vcard", source: "scan" }, summary: "Ana Lima" });
  });

  it("takes a typed id as an attendee id, however it looks", () => {
    expect(readBadge(kioskFixtureConfig(), " MECARD:N:x;; ", "typed").badge).toEqual({ raw: "MECARD:N:x;;", format: "text", source: "typed", id: "MECARD:N:x;;" });
  });
});
