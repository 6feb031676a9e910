import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { catalogueFor } from "../../src/i18n/messages";
import { widgetParts } from "../../src/widget/widget-parts";

const SRC = resolve(process.cwd(), "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe("widgetParts", () => {
  it("asks prepare for a part's files before importing it, and imports each part once", async () => {
    const prepare = vi.fn(async (_name: string) => {});
    const parts = widgetParts(prepare);
    const [first, second] = await Promise.all([parts.kiosk(), parts.kiosk()]);
    expect(first).toBe(second);
    expect(typeof first.KioskWidget).toBe("function");
    expect(prepare.mock.calls).toEqual([["kiosk"]]);
    await parts.formKit();
    await parts.diagnostics();
    const { BarcodeDetector } = await parts.badgeDecoder();
    expect(typeof BarcodeDetector).toBe("function");
    expect(prepare.mock.calls.map(([name]) => name)).toEqual(["kiosk", "form-kit", "diagnostics", "badge-decoder"]);
  });

  it("tries again after a part failed to load (the network came back)", async () => {
    const prepare = vi.fn().mockRejectedValueOnce(new Error("offline")).mockResolvedValue(undefined);
    const parts = widgetParts(prepare);
    await expect(parts.diagnostics()).rejects.toThrow("offline");
    expect(typeof (await parts.diagnostics()).validateConfig).toBe("function");
  });

  it("loads a language's strings by its tag, once, and nothing for English or unknown languages", async () => {
    const prepare = vi.fn(async (_name: string) => {});
    const parts = widgetParts(prepare);
    await parts.locale("fr-CA");
    await parts.locale("fr");
    await parts.locale("en-GB");
    await parts.locale("ja");
    await parts.locale("constructor");
    expect(prepare.mock.calls).toEqual([["locale-fr"]]);
    expect(catalogueFor("fr")?.next).toBe("Suivant");
  });

  it("is the only place of the script-tag build that imports on demand, so no file is ever imported without its hash pinned", () => {
    // The folders the widget's files are built from (the CLI, the server and the desk have entries of their own).
    const browser = ["widget", "config", "qualify", "i18n", "delivery", "profile", "loader"];
    const importers = sourceFiles(SRC)
      .filter((file) => !relative(SRC, file).includes("/") || browser.includes(relative(SRC, file).split("/")[0]!))
      .filter((file) => {
        // Code only: doc comments may show an import() as an example, and `typeof import()` is a type.
        const code = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "").replace(/typeof import\(/g, "");
        return /\bimport\(\s*["'`.]/.test(code);
      })
      .map((file) => relative(SRC, file));
    expect(importers).toEqual(["widget/widget-parts.ts"]);
  });
});
