// The built script-tag files (no browser needed, but the build is): every file has its integrity hash
// and precompressed copies beside it, and the loader pins exactly the files the build wrote.
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const DIST = new URL("../../dist/", import.meta.url);
const list = JSON.parse(await readFile(new URL("lead-qualifier.files.json", DIST), "utf8")) as {
  version: string;
  files: Array<{ path: string; integrity: string; parts: string[] }>;
};
const hash = (algorithm: string, bytes: Buffer) => `${algorithm}-${createHash(algorithm).update(bytes).digest("base64")}`;

describe("the script-tag build's files", () => {
  it("lists every file it wrote: the two loaders and each module in lq/", async () => {
    const modules = (await readdir(new URL("lq/", DIST))).filter((name) => name.endsWith(".js")).map((name) => `lq/${name}`);
    expect(list.files.map((file) => file.path).sort()).toEqual(["lead-qualifier-kiosk.js", "lead-qualifier.js", ...modules].sort());
  });

  it("ships each with its sha384 integrity hash (.sri) and gzip and brotli copies of the same bytes", async () => {
    for (const { path, integrity } of list.files) {
      const bytes = await readFile(new URL(path, DIST));
      expect(integrity, path).toBe(hash("sha384", bytes));
      expect((await readFile(new URL(`${path}.sri`, DIST), "utf8")).trim(), path).toBe(integrity);
      expect(gunzipSync(await readFile(new URL(`${path}.gz`, DIST))).equals(bytes), `${path}.gz`).toBe(true);
      expect(brotliDecompressSync(await readFile(new URL(`${path}.br`, DIST))).equals(bytes), `${path}.br`).toBe(true);
    }
  });

  it("pins, in both loaders, every module by the hash of its bytes, so one hash on the script tag covers them all", async () => {
    for (const loader of ["lead-qualifier.js", "lead-qualifier-kiosk.js"]) {
      const code = await readFile(new URL(loader, DIST), "utf8");
      for (const { path } of list.files.filter((file) => file.path.startsWith("lq/"))) {
        const pin = hash("sha256", await readFile(new URL(path, DIST)));
        expect(code, `${loader} pins ${path}`).toContain(`[\`${path.slice(3)}\`,\`${pin}\`]`);
      }
    }
  });

  it("keeps out of the landing-page file what its first question does not need", async () => {
    const main = list.files.find((file) => file.parts.includes("main") && file.path.startsWith("lq/main-"));
    const code = await readFile(new URL(main!.path, DIST), "utf8");
    // The email provider lists (the form kit's classifier), the kit's and the config notice's stylesheets.
    for (const text of ["mailinator.com", "gmail.com", ".lq-choice", ".lq-consent", ".lq-notice", ".lq-kiosk"]) {
      expect(code, text).not.toContain(text);
    }
  });
});
