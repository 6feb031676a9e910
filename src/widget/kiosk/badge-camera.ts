import type { Timers } from "./timers";

/** What reads QR codes from a video frame: a native BarcodeDetector or the decoder part's. */
export interface DetectorLike {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}

/** The camera and the decoder, passed in (tests fake both). */
export interface BadgeCameraEnv {
  mediaDevices: Pick<MediaDevices, "getUserMedia"> | undefined;
  detector(): Promise<DetectorLike>;
  timers: Timers;
}

/** Why scanning cannot go on: the camera was refused, there is none, or something else failed. */
export type CameraProblem = "denied" | "none" | "failed";

/** How often a frame is read: often enough to feel instant, rare enough to leave a tablet cool. */
export const SCAN_INTERVAL_MS = 150;

/**
 * Opens the (rear) camera into `video` and reads frames until a QR code is found, then stops the camera
 * and reports the code's text. Frames are only looked at, never kept. The returned function stops
 * scanning and releases the camera (every track stopped), whatever state it is in; call it when the
 * scanner closes. A camera that cannot be opened reports a `CameraProblem`, so staff can type the id.
 *
 * @example const stop = startBadgeCamera(video, env, { onCode: (raw) => use(raw), onProblem: show });
 */
export function startBadgeCamera(
  video: HTMLVideoElement,
  env: BadgeCameraEnv,
  handlers: { onCode(raw: string): void; onProblem(problem: CameraProblem): void },
): () => void {
  let stopped = false;
  let stream: MediaStream | null = null;
  let timer: unknown = null;
  const stop = () => {
    stopped = true;
    if (timer !== null) env.timers.clearTimeout(timer);
    for (const track of stream?.getTracks() ?? []) track.stop();
    stream = null;
    video.srcObject = null;
  };

  const run = async () => {
    if (!env.mediaDevices?.getUserMedia) throw Object.assign(new Error("no camera API"), { name: "NotFoundError" });
    const [opened, detector] = await Promise.all([
      env.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }),
      env.detector(),
    ]);
    stream = opened;
    if (stopped) return stop();
    video.srcObject = opened;
    await video.play().catch(() => {});
    const tick = async () => {
      timer = null;
      if (stopped) return;
      if (video.readyState >= 2) {
        const found = await detector.detect(video).catch(() => []);
        const raw = found.find((code) => code.rawValue !== "")?.rawValue;
        if (raw !== undefined && !stopped) {
          stop();
          return handlers.onCode(raw);
        }
      }
      if (!stopped) timer = env.timers.setTimeout(() => void tick(), SCAN_INTERVAL_MS);
    };
    await tick();
  };
  run().catch((error: unknown) => {
    if (stopped) return;
    stop();
    handlers.onProblem(cameraProblem(error));
  });
  return stop;
}

function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || (typeof error === "object" && error !== null) ? String((error as { name?: unknown }).name) : "";
  if (name === "NotAllowedError" || name === "SecurityError") return "denied";
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "NotReadableError") return "none";
  return "failed";
}

type DetectorClass = { new (options: { formats: string[] }): DetectorLike; getSupportedFormats?(): Promise<string[]> };

/**
 * The browser's own BarcodeDetector when it reads QR codes (Chrome on Android, macOS, ChromeOS), else
 * the decoder part, loaded now (`load`): only when staff scan, and never on a landing page.
 *
 * @example const detector = await qrDetector(window, () => parts.badgeDecoder());
 */
export async function qrDetector(win: object, load: () => Promise<{ BarcodeDetector: unknown }>): Promise<DetectorLike> {
  const Native = (win as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
  const formats = Native ? await Promise.resolve(Native.getSupportedFormats?.() ?? []).catch(() => []) : [];
  if (Native && formats.includes("qr_code")) return new Native({ formats: ["qr_code"] });
  const { BarcodeDetector } = await load();
  return new (BarcodeDetector as DetectorClass)({ formats: ["qr_code"] });
}
