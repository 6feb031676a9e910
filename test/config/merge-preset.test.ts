import { describe, expect, it } from "vitest";
import { BANT_PRESET } from "../../src/config/bant-preset";
import { validateConfig } from "../../src/config/validate-config";
import type { Config } from "../../src/config/types";

function withPreset(extra: Record<string, unknown>): Config {
  const result = validateConfig({ id: "acme", endpoint: "/leads", preset: "bant", ...extra });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

const ids = (config: Config) => config.questions.map((question) => question.id);

describe("the preset merge", () => {
  it("replaces a preset question with the config's question of the same id, in the preset's place", () => {
    const role = { id: "role", type: "single", label: "Job level", options: [{ value: "boss", label: "Boss", score: { authority: 25 } }] };
    const config = withPreset({ questions: [role] });
    expect(ids(config)).toEqual(ids(withPreset({})));
    expect(config.questions[3]).toEqual(role);
  });

  it("appends the config's new questions after the preset's, keeping consent last", () => {
    const config = withPreset({ questions: [{ id: "phone", type: "phone", label: "Phone" }, { id: "website", type: "text", label: "Website" }] });
    expect(ids(config).slice(-3)).toEqual(["phone", "website", "consent"]);
  });

  it("drops the preset's consent question when the config brings its own", () => {
    const config = withPreset({ questions: [{ id: "gdpr", type: "consent", label: "OK", required: true }] });
    expect(ids(config).filter((id) => id === "consent")).toEqual([]);
    expect(ids(config).at(-1)).toBe("gdpr");
  });

  it("puts the config's rules before the preset's, so its routing wins", () => {
    const rule = { if: { answer: "timeframe", in: ["next-quarter"] }, tier: "sales-ready", reason: "Fast track" };
    const config = withPreset({ scoring: { rules: [rule] } });
    expect(config.scoring.rules[0]).toEqual(rule);
    expect(config.scoring.rules.slice(1)).toEqual(BANT_PRESET.scoring.rules);
  });

  it("does not repeat a preset rule the config already lists, whatever its key order", () => {
    const student = { reason: "Student", tier: "disqualified", if: { in: ["student"], answer: "role" } };
    expect(withPreset({ scoring: { rules: [student] } }).scoring.rules).toHaveLength(BANT_PRESET.scoring.rules.length);
  });

  it("merges dimension maxima key by key", () => {
    expect(withPreset({ scoring: { max: { fit: 20 } } }).scoring.max).toEqual({ ...BANT_PRESET.scoring.max, fit: 20 });
  });

  it("takes the thresholds from the config", () => {
    expect(withPreset({ scoring: { thresholds: { "sales-ready": 80 } } }).scoring.thresholds).toEqual({ "sales-ready": 80, nurture: 40 });
  });

  it("lets a config add a booking link to the preset's sales-ready outcome and keep the rest", () => {
    const config = withPreset({ outcomes: { "sales-ready": { cta: { url: "https://cal.example.com/acme?email={email}" } } } });
    const outcome = config.outcomes["sales-ready"];
    expect(outcome?.title).toEqual(BANT_PRESET.outcomes["sales-ready"]?.title);
    expect(outcome?.cta).toEqual({ label: BANT_PRESET.outcomes["sales-ready"]?.cta?.label, url: "https://cal.example.com/acme?email={email}" });
  });

  it("replaces only the outcome fields a config sets", () => {
    const config = withPreset({ outcomes: { nurture: { title: "Stay tuned" } } });
    expect(config.outcomes.nurture).toEqual({ ...BANT_PRESET.outcomes.nurture, title: "Stay tuned" });
  });

  it("accepts rules on the preset's questions and options", () => {
    const rule = { if: { all: [{ answer: "budget", in: ["approved"] }, { answer: "employees", gte: 1000 }] }, tier: "sales-ready", reason: "Enterprise" };
    expect(withPreset({ scoring: { rules: [rule] } }).scoring.rules[0]).toEqual(rule);
  });

  it("reports a rule on an option the preset question does not have", () => {
    const result = validateConfig({ id: "acme", endpoint: "/leads", preset: "bant", scoring: { rules: [{ if: { answer: "budget", in: ["huge"] }, tier: "nurture", reason: "R" }] } });
    expect(result.ok ? [] : result.issues).toContainEqual({ path: "scoring.rules[0].if.in[0]", message: '"huge" is not an option of "budget"' });
  });

  it("replaces the preset's gates of a tier with the config's, and keeps the other tiers' gates", () => {
    const gate = { require: { answer: "budget", in: ["approved"] }, else: "sales-later", reason: "Budget not approved" };
    const config = withPreset({ scoring: { gates: { "sales-ready": [gate] } } });
    expect(config.scoring.gates?.["sales-ready"]).toEqual([gate]);
    expect(withPreset({ scoring: { gates: { "sales-ready": [] } } }).scoring.gates?.["sales-ready"]).toEqual([]);
    expect(withPreset({}).scoring.gates).toEqual(BANT_PRESET.scoring.gates);
  });

  it("gives the same config when a merged config is validated again", () => {
    const once = withPreset({ scoring: { gates: { nurture: [{ require: { answer: "email", is: "answered" }, else: "disqualified", reason: "R" }] } } });
    const again = validateConfig(once);
    expect(again.ok && again.config).toEqual(once);
  });
});
