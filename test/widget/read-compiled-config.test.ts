import { createHash, webcrypto } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileConfig, type CompiledConfig } from "../../src/config/compiled-config";
import { validateConfig } from "../../src/config/validate-config";
import type { Config } from "../../src/config/types";
import { VERSION } from "../../src/version";
import { applyOverrides, type MountOverrides } from "../../src/widget/mount-overrides";
import { readCompiledConfig } from "../../src/widget/read-compiled-config";
import fullConfig from "../fixtures/full-config.json";

const subtle = webcrypto.subtle;
const sha256 = (text: string) => createHash("sha256").update(text).digest("base64");

function compiled(raw: unknown): CompiledConfig {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  // Through JSON, as a page gets it from its file.
  return JSON.parse(JSON.stringify(compileConfig(result.config, VERSION, sha256))) as CompiledConfig;
}

const BANT = compiled({ id: "acme", endpoint: "https://api.example.com/leads", preset: "bant" });
const LINES = compiled({
  id: "acme-lines",
  endpoint: "/leads",
  preset: "bant",
  productLines: { analytics: { label: "Analytics", questions: [] }, crm: { label: "CRM", questions: [] } },
});
const FULL = compiled(fullConfig);
const KIOSK = compiled({ id: "booth", endpoint: "https://api.example.com/leads", preset: "bant", mode: "kiosk" });

describe("readCompiledConfig", () => {
  it("trusts a config compiled by this version whose content matches its hash", async () => {
    expect(await readCompiledConfig(BANT, {}, subtle)).toEqual({ kind: "trusted", config: BANT.config });
  });

  it("hands a hand-written config to the full validator as it is", async () => {
    const raw = { id: "acme", endpoint: "/leads" };
    expect(await readCompiledConfig(raw, {}, subtle)).toEqual({ kind: "validate", raw });
  });

  it("validates a compiled config again when its content changed after the build, saying so", async () => {
    const edited = { ...BANT, config: { ...BANT.config, endpoint: "https://evil.example.com/x" } };
    expect(await readCompiledConfig(edited, {}, subtle)).toEqual({ kind: "validate", raw: edited.config, stale: { reason: "changed" } });
  });

  it("validates a config compiled by another version again, saying which", async () => {
    const older = { ...BANT, version: "0.0.9" };
    expect(await readCompiledConfig(older, {}, subtle)).toEqual({ kind: "validate", raw: BANT.config, stale: { reason: "version", version: "0.0.9" } });
  });

  it("validates in full where there is no WebCrypto (a plain-http page), without a warning", async () => {
    expect(await readCompiledConfig(BANT, {}, undefined)).toEqual({ kind: "validate", raw: BANT.config });
  });

  it("lays valid overrides over a trusted config", async () => {
    const overrides: MountOverrides = { mode: "popup", productLine: "crm", channel: "contact-form", endpoint: "https://other.example.com/in", locale: "de-AT" };
    const read = await readCompiledConfig(LINES, overrides, subtle);
    expect(read).toEqual({ kind: "trusted", config: { ...LINES.config, ...overrides } });
  });

  it("leaves to the full validator every override it would report, and any switch into or out of kiosk mode", async () => {
    for (const overrides of [
      { productLine: "hardware" }, { endpoint: "http://api.example.com/leads" }, { channel: "fax" as never },
      { locale: "not a locale" }, { mode: "banner" as never }, { mode: "kiosk" as const },
    ]) {
      expect((await readCompiledConfig(LINES, overrides, subtle)).kind, JSON.stringify(overrides)).toBe("validate");
    }
    expect((await readCompiledConfig(KIOSK, { mode: "inline" }, subtle)).kind).toBe("validate");
    expect((await readCompiledConfig(KIOSK, { mode: "kiosk" }, subtle)).kind).toBe("trusted");
  });

  it("never trusts what the full validator would reject, and trusts exactly what it would give, for any overrides", async () => {
    const value = <T>(...values: T[]) => fc.option(fc.constantFrom(...values), { nil: undefined });
    const overrides = fc.record({
      mode: value("inline", "popup", "kiosk", "banner", ""),
      productLine: value("analytics", "crm", "hardware", "", "constructor", "__proto__"),
      channel: value("landing-page", "kiosk", "phone", "fax", ""),
      endpoint: value("/leads", "//evil.example.com", "https://api.example.com/in", "http://localhost:8080/in", "http://api.example.com/in", "javascript:alert(1)", ""),
      locale: value("de", "de-AT", "en_US", "x", "", "zh-Hant-TW"),
    }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(BANT, LINES, FULL, KIOSK), overrides, async (file, given) => {
        const read = await readCompiledConfig(file, given as MountOverrides, subtle);
        if (read.kind !== "trusted") return;
        const full = validateConfig(applyOverrides(file.config, given as MountOverrides));
        expect(full.ok).toBe(true);
        expect(full.ok && full.config).toEqual(read.config satisfies Config);
      }),
      { numRuns: 300 },
    );
  });
});
