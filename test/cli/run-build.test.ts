import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/main";
import { COMPILED_FORMAT, compiledText, type CompiledConfig } from "../../src/config/compiled-config";
import { validateConfig } from "../../src/config/validate-config";
import { VERSION } from "../../src/version";
import fullConfig from "../fixtures/full-config.json";

function fakeIo(files: Record<string, unknown>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    async readFile(path) {
      if (!(path in files)) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return JSON.stringify(files[path]);
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

const bant = { id: "acme-analytics", endpoint: "https://api.example.com/leads", preset: "bant" };

describe("lead-qualifier build", () => {
  it("prints the complete config with this version and the SHA-256 of its content", async () => {
    const { io, out, err } = fakeIo({ "a.json": bant });
    expect(await runCli(["build", "a.json"], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out).toHaveLength(1);
    const compiled = JSON.parse(out[0]!) as CompiledConfig;
    expect(compiled.compiled).toBe(COMPILED_FORMAT);
    expect(compiled.version).toBe(VERSION);
    expect(compiled.sha256).toBe(`sha256-${createHash("sha256").update(compiledText(compiled.config)).digest("base64")}`);
    expect(compiled.config.questions.map((q) => q.id)).toEqual(["email", "name", "company", "role", "employees", "need", "budget", "timeframe", "consent"]);
  });

  it("writes a config the validator accepts as it is, so the widget's fallback gives the same form", async () => {
    const { io, out } = fakeIo({ "full.json": fullConfig });
    expect(await runCli(["build", "full.json"], io)).toBe(0);
    const { config } = JSON.parse(out[0]!) as CompiledConfig;
    const again = validateConfig(config);
    expect(again.ok && again.config).toEqual(config);
    expect(config.examples).toEqual([]);
  });

  it("refuses an invalid config with every issue as path: message, and exits 1", async () => {
    const { io, out, err } = fakeIo({ "bad.json": { ...bant, id: "Bad Id", questions: [{ id: "x", type: "single", label: "X", options: [{ label: "no value" }] }] } });
    expect(await runCli(["build", "bad.json"], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err[0]).toBe("bad.json: invalid config");
    expect(err).toContain("  questions[0].options[0].value: required");
    expect(err.some((line) => line.startsWith("  id: "))).toBe(true);
  });

  it("refuses a config whose examples fail, naming each one", async () => {
    const wrong = { name: "student is hot", answers: { role: "student" }, expect: { tier: "sales-ready" } };
    const { io, out, err } = fakeIo({ "a.json": { ...bant, examples: [wrong] } });
    expect(await runCli(["build", "a.json"], io)).toBe(1);
    expect(out).toEqual([]);
    expect(err[1]).toContain('examples "student is hot": tier: expected sales-ready, got disqualified');
  });

  it("exits 2 with its usage when not given exactly one file", async () => {
    const { io, err } = fakeIo({});
    expect(await runCli(["build"], io)).toBe(2);
    expect(err[0]).toContain("usage: lead-qualifier build <config.json>");
  });
});
