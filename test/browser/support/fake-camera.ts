import { writeFileSync } from "node:fs";
import encodeQR from "qr";

const WIDTH = 640;
const HEIGHT = 480;

/**
 * Writes a one-frame Y4M video (640×480, 4:2:0) showing `text` as a QR code, black on white, for
 * Chromium's fake camera (`--use-file-for-fake-video-capture`, which loops it). Chromium reads the file
 * when a page opens the camera, so a test can write another code before the next scan.
 */
export function writeQrVideo(path: string, text: string): void {
  const modules = encodeQR(text, "raw", { ecc: "medium", border: 4 });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / modules.length);
  const size = modules.length * scale;
  const left = Math.floor((WIDTH - size) / 2);
  const top = Math.floor((HEIGHT - size) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < size; y++) {
    const row = modules[Math.floor(y / scale)]!;
    for (let x = 0; x < size; x++) if (row[Math.floor(x / scale)]) luma[(top + y) * WIDTH + left + x] = 16;
  }
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2), 128);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\nFRAME\n`, "ascii");
  writeFileSync(path, Buffer.concat([header, luma, chroma, chroma]));
}

/** Chromium flags for a fake camera playing `path`, with camera permission granted without a prompt. */
export function fakeCameraArgs(path: string): string[] {
  return ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${path}`];
}
