import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../../src/cli/main";

const form = (examples: unknown[], extra: Record<string, unknown> = {}) => ({
  id: "acme-analytics",
  endpoint: "https://api.example.com/leads",
  questions: [
    { id: "email", type: "email", label: "Email", required: true },
    {
      id: "role", type: "single", label: "Role",
      options: [
        { value: "vp", label: "VP", score: { authority: 25 } },
        { value: "student", label: "Student" },
      ],
    },
    {
      id: "timeframe", type: "single", label: "When?",
      options: [
        { value: "now", label: "Now", score: { timeframe: 25 } },
        { value: "next-quarter", label: "Next quarter", score: { timeframe: 15 } },
      ],
    },
    { id: "need", type: "multi", label: "Needs", options: [
      { value: "a", label: "A", score: { need: 20 } }, { value: "b", label: "B", score: { need: 20, fit: 3 } },
    ] },
  ],
  scoring: {
    max: { budget: 25, authority: 25, need: 25, timeframe: 25, fit: 10 },
    rules: [
      { if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" },
      { if: { all: [{ answer: "timeframe", in: ["now"] }, { score: "total", gte: 50 }] }, tier: "sales-ready", reason: "Buying within a month" },
      { if: { answer: "timeframe", in: ["next-quarter"] }, tier: "sales-later", reason: "Asked for a later call" },
    ],
    thresholds: { "sales-ready": 70, nurture: 40 },
  },
  examples,
  ...extra,
});

const hotBuyer = { name: "hot buyer", answers: { role: "vp", timeframe: "now" }, expect: { tier: "sales-ready", total: 50 } };
const student = { name: "student", answers: { role: "student", timeframe: "now" }, expect: { tier: "disqualified", reasons: ["Student"] } };
const wrong = { name: "later caller", answers: { role: "vp", timeframe: "next-quarter" }, expect: { tier: "sales-ready" } };

function fakeIo(files: Record<string, unknown>, dirs: Record<string, string[]> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    async readFile(path) {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return typeof content === "string" ? content : JSON.stringify(content);
    },
    async listDir(path) {
      return dirs[path.replace(/\/$/, "")] ?? null;
    },
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
  };
  return { io, out, err };
}

describe("runCli check", () => {
  it("passes configs whose examples all score as expected, exiting 0 with an aligned table", async () => {
    const { io, out, err } = fakeIo({ "forms/a.json": form([hotBuyer, student]) });
    expect(await runCli(["check", "forms/a.json"], io)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toMatch(/^FORM\s+EXAMPLE\s+EXPECTED\s+ACTUAL\s+RESULT$/);
    expect(out[1]).toMatch(/^forms\/a\.json\s+hot buyer\s+sales-ready, total 50\s+sales-ready, total 50\s+PASS$/);
    expect(out[2]).toMatch(/^forms\/a\.json\s+student\s+disqualified\s+disqualified, total 25\s+PASS$/);
    // Aligned: every column starts at the same offset on every row.
    expect(out[1]!.indexOf("hot buyer")).toBe(out[0]!.indexOf("EXAMPLE"));
    expect(out[2]!.indexOf("PASS")).toBe(out[0]!.indexOf("RESULT"));
    expect(out.at(-1)).toBe("1 config, 2 examples: 2 passed, 0 failed");
  });

  it("fails with exit 1 and says which rule decided instead", async () => {
    const { io, out } = fakeIo({ "forms/a.json": form([hotBuyer, wrong]) });
    expect(await runCli(["check", "forms/a.json"], io)).toBe(1);
    expect(out[2]).toContain("FAIL  tier: expected sales-ready, got sales-later (rule #2 'Asked for a later call')");
    expect(out.at(-1)).toBe("1 config, 2 examples: 1 passed, 1 failed");
  });

  it("reports wrong totals and reasons too", async () => {
    const example = { name: "totals", answers: { need: ["a", "b"] }, expect: { tier: "nurture", total: 40, reasons: ["Fits"] } };
    const { io, out } = fakeIo({ "a.json": form([example]) });
    expect(await runCli(["check", "a.json"], io)).toBe(1);
    expect(out[1]).toContain("; total: expected 40, got 28; reasons: expected ['Fits'], got ['Score below threshold']");
    expect(out[1]).toContain("tier: expected nurture, got disqualified (below the nurture threshold 40)");
  });

  it("lists every issue of an invalid config as path: message and exits 1", async () => {
    const bad = form([], { id: "Bad Id" });
    (bad.questions[1] as { options: unknown[] }).options = [{ label: "no value" }];
    const { io, out, err } = fakeIo({ "bad.json": bad, "good.json": form([hotBuyer]) });
    expect(await runCli(["check", "bad.json", "good.json"], io)).toBe(1);
    expect(err[0]).toBe("bad.json: invalid config");
    expect(err).toContain("  questions[1].options[0].value: required");
    expect(err.some((line) => line.startsWith("  id: "))).toBe(true);
    expect(out[1]).toMatch(/^bad\.json\s+-\s+-\s+-\s+INVALID CONFIG \(\d+ issues\)$/);
    expect(out[2]).toMatch(/PASS$/);
    expect(out.at(-1)).toBe("2 configs (1 invalid), 1 example: 1 passed, 0 failed");
  });

  it("warns, without failing, when a form asks for consent but links no privacy policy", async () => {
    const consent = { id: "consent", type: "consent", label: "I agree", required: true };
    const withoutPolicy = form([hotBuyer], { questions: [...form([]).questions, consent] });
    const withPolicy = form([hotBuyer], { consent: { required: true, label: "I agree", privacyUrl: "https://www.example.com/privacy" } });
    const { io, err } = fakeIo({ "a.json": withoutPolicy, "b.json": withPolicy });
    expect(await runCli(["check", "a.json", "b.json"], io)).toBe(0);
    expect(err).toEqual([
      "a.json: warning: consent.privacyUrl: not set: the consent checkbox links no privacy policy (add your policy's https URL)",
    ]);
  });

  it("reports unreadable files and broken JSON as invalid configs", async () => {
    const { io, err } = fakeIo({ "broken.json": "{ nope" });
    expect(await runCli(["check", "broken.json", "missing.json"], io)).toBe(1);
    expect(err[0]).toBe("broken.json: invalid config");
    expect(err[1]).toMatch(/^ {2}invalid JSON \(/);
    expect(err).toContain("missing.json: invalid config");
    expect(err).toContain("  cannot read file (ENOENT)");
  });

  it("accepts a directory and checks its .json files in name order", async () => {
    const { io, out } = fakeIo(
      { "forms/b.json": form([hotBuyer]), "forms/a.json": form([]) },
      { forms: ["b.json", "notes.txt", "a.json"] },
    );
    expect(await runCli(["check", "forms/"], io)).toBe(0);
    expect(out[1]).toMatch(/^forms\/a\.json\s+\(no examples\)\s+-\s+-\s+OK$/);
    expect(out[2]).toMatch(/^forms\/b\.json\s+hot buyer/);
  });

  it("exits 2 with usage when no files are given or the command is unknown", async () => {
    const empty = fakeIo({});
    expect(await runCli(["check"], empty.io)).toBe(2);
    expect(empty.err[0]).toContain("no config files given");
    const unknown = fakeIo({});
    expect(await runCli(["frobnicate"], unknown.io)).toBe(2);
    expect(unknown.err[0]).toBe("lead-qualifier: unknown command 'frobnicate'");
    const help = fakeIo({});
    expect(await runCli(["--help"], help.io)).toBe(0);
    expect(help.out[0]).toBe("usage: lead-qualifier <command>");
  });
});

describe("runCli score", () => {
  it("prints points per question and dimension, the total, tier, deciding rule and reasons", async () => {
    const { io, out } = fakeIo({ "a.json": form([]), "hot.json": { role: "vp", timeframe: "now", need: ["a", "b"] } });
    expect(await runCli(["score", "a.json", "hot.json"], io)).toBe(0);
    expect(out).toContain("form          acme-analytics");
    expect(out).toContain("product line  (none)");
    expect(out.some((l) => /^role\s+authority \+25$/.test(l))).toBe(true);
    expect(out.some((l) => /^need\s+need \+40, fit \+3$/.test(l))).toBe(true);
    expect(out.some((l) => /^need\s+25\s+25\s+\(40 before clamping\)$/.test(l))).toBe(true);
    expect(out.some((l) => /^fit\s+3\s+10$/.test(l))).toBe(true);
    expect(out).toContain("total         78");
    expect(out).toContain("tier          sales-ready");
    expect(out).toContain("decided by    rule #1 'Buying within a month'");
    expect(out).toContain("reasons       Buying within a month");
  });

  it("takes answers from an example or lead object, and the product line from the flag", async () => {
    const lines = { productLines: { crm: { label: "CRM", questions: [
      { id: "seats", type: "number", label: "Seats", ranges: [{ min: 10, score: { fit: 8 } }] },
    ] } } };
    const { io, out } = fakeIo({ "a.json": form([], lines), "lead.json": { answers: { seats: 20 }, productLine: "nope" } });
    expect(await runCli(["score", "a.json", "lead.json", "--product-line", "crm"], io)).toBe(0);
    expect(out).toContain("product line  crm");
    expect(out.some((l) => /^fit\s+8\s+10$/.test(l))).toBe(true);
    expect(out).toContain("decided by    below the nurture threshold 40");
  });

  it("exits 1 on an invalid config or answers file, and 2 on missing arguments", async () => {
    const { io, err } = fakeIo({ "a.json": form([]), "list.json": [1, 2] });
    expect(await runCli(["score", "a.json", "list.json"], io)).toBe(1);
    expect(err).toContain("list.json: expected a JSON object of answers");
    expect(await runCli(["score", "missing.json", "list.json"], io)).toBe(1);
    expect(await runCli(["score", "a.json"], io)).toBe(2);
  });

  it("refuses answers the form would not accept, with each answer's path and a did-you-mean, and prints no total", async () => {
    const config = { id: "acme", endpoint: "https://api.example.com/leads", preset: "bant" };
    const { io, out, err } = fakeIo({ "bant.json": config, "a.json": { role: "vp", timeframe: "no-plan", need: ["reporting", "dashboards"], employees: "many" } });
    expect(await runCli(["score", "bant.json", "a.json"], io)).toBe(1);
    expect(err).toContain("a.json: answers the form would not accept (3):");
    expect(err).toContain('  answers.timeframe: "no-plan" is not an option of "timeframe" (did you mean no-plans?)');
    expect(err.some((line) => line.startsWith('  answers.need[1]: "dashboards" is not an option of "need"'))).toBe(true);
    expect(err.some((line) => line.startsWith("  answers.employees: expected a number"))).toBe(true);
    expect(out.some((line) => line.startsWith("total"))).toBe(false);
  });

  it("names the gate that decided when a lead reached the points but not the gate", async () => {
    const gates = { "sales-ready": [{ require: { answer: "timeframe", in: ["now"] }, else: "sales-later", reason: "Project starts later" }] };
    const config = form([], {});
    const gated = { ...config, scoring: { ...config.scoring, rules: config.scoring.rules.slice(0, 1), gates, thresholds: { "sales-ready": 50, nurture: 40 } } };
    const { io, out } = fakeIo({ "a.json": gated, "fit.json": { role: "vp", need: ["a", "b"] }, "hot.json": { role: "vp", timeframe: "now" } });
    expect(await runCli(["score", "a.json", "fit.json"], io)).toBe(0);
    expect(out).toContain("tier          sales-later");
    expect(out).toContain("decided by    gate scoring.gates.sales-ready[0] 'Project starts later' → sales-later (sales-ready threshold 50 reached)");
    expect(out).toContain("reasons       Project starts later");
    out.length = 0;
    expect(await runCli(["score", "a.json", "hot.json"], io)).toBe(0);
    expect(out).toContain("decided by    sales-ready threshold 50, passed its 1 gate");
  });
});

describe("runCli check on examples", () => {
  it("fails check on an example that lies, with the answer's path and a did-you-mean", async () => {
    const config = { id: "acme", endpoint: "https://api.example.com/leads", preset: "bant", examples: [
      { name: "no plans", answers: { role: "vp", timeframe: "no-plan" }, expect: { tier: "nurture" } },
    ] };
    const { io, err } = fakeIo({ "bant.json": config });
    expect(await runCli(["check", "bant.json"], io)).toBe(1);
    expect(err).toContain('  examples[0].answers.timeframe: "no-plan" is not an option of "timeframe" (did you mean no-plans?)');
  });
});
