import { describe, expect, it } from "vitest";
import full from "../fixtures/full-config.json";
import { BANT_PRESET } from "../../src/config/bant-preset";
import { validateConfig } from "../../src/config/validate-config";
import type { Config } from "../../src/config/types";

const MINIMAL = { id: "acme", endpoint: "https://api.example.com/leads", preset: "bant" };
/** Every config needs a way to reach the lead: a required email (or phone) question. */
const EMAIL = { id: "email", type: "email", label: "Email", required: true };

function valid(input: unknown): Config {
  const result = validateConfig(input);
  if (!result.ok) throw new Error(`expected a valid config, got ${JSON.stringify(result.issues)}`);
  return result.config;
}

describe("validateConfig", () => {
  it("accepts the full config fixture, with every documented field", () => {
    const config = valid(full);
    expect(config.id).toBe("acme-analytics");
    expect(config.mode).toBe("popup");
    expect(config.channel).toBe("contact-form");
    expect(config.productLine).toBe("analytics");
    expect(config.campaign).toEqual({ type: "trade-show", name: "RetailTech 2026" });
    expect(Object.keys(config.productLines)).toEqual(["analytics", "automation"]);
    expect(config.flow).toEqual({ questionsPerStep: 1, maxNewQuestionsPerVisit: 5, autoAdvance: false, capturePartial: true, minFillSeconds: 3, callMeNow: true });
    expect(config.scoring.gates?.nurture).toEqual([{ require: { answer: "need", is: "answered" }, else: "disqualified", reason: "No stated business need" }]);
    expect(config.scoring.gates?.["sales-ready"]).toHaveLength(2);
    expect(config.hiddenFields).toEqual({ utm: true, params: ["gclid"] });
    expect(config.kiosk.staffPin).toBe("2468");
    expect(config.kiosk.giveaway).toEqual({ label: "Show this code at the booth for your gift" });
    expect(config.theme).toEqual({ accent: "#0b5fff", radius: "10px", font: "Inter, system-ui, sans-serif" });
    expect(config.launcher).toEqual({ label: { en: "Talk to sales", de: "Vertrieb kontaktieren" } });
    expect(config.delivery).toEqual({ timeoutMs: 10000 });
    expect(config.examples).toHaveLength(4);
  });

  it("drops the editor-only $schema key", () => {
    expect(valid(full)).not.toHaveProperty("$schema");
  });

  it("completes the minimal {id, endpoint, preset} into a whole Config", () => {
    const config = valid(MINIMAL);
    expect(config).toEqual({
      id: "acme",
      endpoint: "https://api.example.com/leads",
      preset: "bant",
      mode: "inline",
      channel: "landing-page",
      questions: BANT_PRESET.questions,
      productLines: {},
      flow: { questionsPerStep: 1, maxNewQuestionsPerVisit: 4, autoAdvance: false, capturePartial: false, minFillSeconds: 3 },
      scoring: BANT_PRESET.scoring,
      outcomes: BANT_PRESET.outcomes,
      hiddenFields: { utm: true, params: [] },
      consent: { required: true, label: BANT_PRESET.questions.at(-1)?.label },
      profile: { remember: true, ttlDays: 180 },
      kiosk: { idleResetSeconds: 60, resetAfterSubmitSeconds: 10 },
      theme: {},
      delivery: { timeoutMs: 10000 },
      examples: [],
    });
  });

  it("gives a config without a preset only its own questions, no maxima and no outcomes", () => {
    const config = valid({ id: "plain", endpoint: "/leads", questions: [EMAIL] });
    expect(config.questions).toEqual([EMAIL]);
    expect(config.scoring).toEqual({ max: {}, rules: [], thresholds: { "sales-ready": 70, nurture: 40 } });
    expect(config.outcomes).toEqual({});
    expect(config.consent).toBeUndefined();
  });

  it("switches channel, auto-advance and remembering to kiosk behaviour in kiosk mode", () => {
    const config = valid({ ...MINIMAL, mode: "kiosk", profile: { remember: true } });
    expect(config.channel).toBe("kiosk");
    expect(config.flow.autoAdvance).toBe(true);
    expect(config.profile.remember).toBe(false);
  });

  it("keeps an explicit channel and autoAdvance in kiosk mode", () => {
    const config = valid({ ...MINIMAL, mode: "kiosk", channel: "other", flow: { autoAdvance: false } });
    expect(config.channel).toBe("other");
    expect(config.flow.autoAdvance).toBe(false);
  });

  it("gives the same config when a validated config is validated again", () => {
    for (const input of [full, MINIMAL, { id: "plain", endpoint: "/leads", questions: [EMAIL], consent: { required: false } }]) {
      const once = valid(input);
      expect(valid(JSON.parse(JSON.stringify(once)))).toEqual(once);
    }
  });

  it("does not change its input or the preset", () => {
    const input = structuredClone(full);
    const preset = structuredClone(BANT_PRESET);
    valid(input).questions[0]!.label = "changed";
    expect(input).toEqual(full);
    expect(BANT_PRESET).toEqual(preset);
  });

  it("accepts the relative and local endpoints used in development", () => {
    for (const endpoint of ["/leads", "http://localhost:8080/leads", "http://127.0.0.1/leads", "http://[::1]:3000/x"]) {
      expect(validateConfig({ id: "a", endpoint, questions: [EMAIL] }).ok).toBe(true);
    }
  });

  it("accepts every condition form in showIf and rules", () => {
    const config = valid({
      id: "conditions",
      endpoint: "/leads",
      questions: [
        EMAIL,
        { id: "size", type: "number", label: "Size" },
        { id: "role", type: "single", label: "Role", options: [{ value: "vp", label: "VP" }] },
      ],
      scoring: {
        rules: [
          {
            if: {
              all: [
                { answer: "role", in: ["vp"] },
                { answer: "size", gte: 1, gt: 0, lte: 10, lt: 11 },
                { answer: "email", is: "free-email" },
                { any: [{ score: "total", gte: 1 }, { score: "fit", lt: 3 }] },
                { not: { answer: "email", is: "answered" } },
              ],
            },
            tier: "nurture",
            reason: "All forms",
          },
        ],
      },
    });
    expect(config.scoring.rules).toHaveLength(1);
  });
});

describe("validateConfig contact", () => {
  const NO_WAY_BACK = { path: "questions", message: "needs a required email or phone question (without showIf), so every lead can be contacted" };
  const issues = (input: unknown) => {
    const result = validateConfig(input);
    return result.ok ? [] : result.issues;
  };

  it("rejects a config with no required email or phone question: no lead may be sent that sales cannot contact", () => {
    expect(issues({ id: "a", endpoint: "/leads" })).toEqual([NO_WAY_BACK]);
    expect(issues({ id: "a", endpoint: "/leads", questions: [{ ...EMAIL, required: false }] })).toEqual([NO_WAY_BACK]);
    expect(issues({ id: "a", endpoint: "/leads", preset: "bant", questions: [{ ...EMAIL, required: false }] })).toEqual([NO_WAY_BACK]);
  });

  it("does not count an email that only some visitors see, one in a product line, or one marked contact: false", () => {
    const role = { id: "role", type: "single", label: "Role", options: [{ value: "vp", label: "VP" }] };
    expect(issues({ id: "a", endpoint: "/leads", questions: [role, { ...EMAIL, showIf: { answer: "role", in: ["vp"] } }] })).toEqual([NO_WAY_BACK]);
    expect(issues({ id: "a", endpoint: "/leads", productLines: { crm: { label: "CRM", questions: [EMAIL] } } })).toEqual([NO_WAY_BACK]);
    expect(issues({ id: "a", endpoint: "/leads", questions: [{ ...EMAIL, contact: false }] })).toEqual([NO_WAY_BACK]);
  });

  it("accepts a required phone instead of an email, and the preset's email", () => {
    expect(issues({ id: "a", endpoint: "/leads", questions: [{ id: "tel", type: "phone", label: "Phone", required: true }] })).toEqual([]);
    expect(issues(MINIMAL)).toEqual([]);
  });

  it("marks the preset's name and company as contact questions", () => {
    const config = valid(MINIMAL);
    expect(config.questions.filter((question) => question.contact).map((question) => question.id)).toEqual(["name", "company"]);
  });
});

describe("validateConfig consent", () => {
  it("words and requires the preset's consent question from the consent block", () => {
    const config = valid({ ...MINIMAL, consent: { required: false, label: "Contact me", privacyUrl: "https://x.example/privacy" } });
    const question = config.questions.find((item) => item.type === "consent");
    expect(question).toMatchObject({ id: "consent", label: "Contact me", required: false });
    expect(config.consent).toEqual({ required: false, label: "Contact me", privacyUrl: "https://x.example/privacy" });
  });

  it("adds a last consent question when a config without one sets the consent block", () => {
    const config = valid({ id: "a", endpoint: "/leads", questions: [EMAIL], consent: {} });
    expect(config.questions.map((question) => question.id)).toEqual(["email", "consent"]);
    expect(config.consent?.required).toBe(true);
  });

  it("describes a config's own consent question in config.consent", () => {
    const config = valid({ id: "a", endpoint: "/leads", questions: [EMAIL, { id: "ok", type: "consent", label: "Yes", required: true }] });
    expect(config.consent).toEqual({ required: true, label: "Yes" });
  });
});
