import { describe, expect, it, vi } from "vitest";
import { validateConfig } from "../../src/config/validate-config";
import type { ConfigIssue } from "../../src/config/types";

const EMAIL = { id: "email", type: "email", label: "Email", required: true };
const BASE = { id: "acme", endpoint: "https://api.example.com/leads" };
const ROLE = { id: "role", type: "single", label: "Role", options: [{ value: "vp", label: "VP" }, { value: "student", label: "Student" }] };

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input);
  if (result.ok) throw new Error("expected the config to be rejected");
  return result.issues;
}

const CASES: Array<[string, unknown, ConfigIssue]> = [
  ["a kiosk logo with a data: url", { ...BASE, questions: [EMAIL], kiosk: { attract: { logo: { url: "data:image/png;base64,AA" } } } }, { path: "kiosk.attract.logo.url", message: "must be https (http only for localhost) or a path like /booth/logo.svg" }],
  ["a kiosk image without a url", { ...BASE, questions: [EMAIL], kiosk: { attract: { image: { alt: "Our booth" } } } }, { path: "kiosk.attract.image.url", message: "required" }],
  ["a brand colour that is not hex", { ...BASE, questions: [EMAIL], kiosk: { attract: { brandColor: "green" } } }, { path: "kiosk.attract.brandColor", message: "expected a hex color like #0a5c36" }],
  ["a misspelt attract key", { ...BASE, questions: [EMAIL], kiosk: { attract: { headlin: "Hi" } } }, { path: "kiosk.attract.headlin", message: "unknown key (did you mean headline?)" }],
  ["a config that is not an object", "nope", { path: "", message: "expected an object, got string" }],
  ["a missing id", { endpoint: "/leads" }, { path: "id", message: "required" }],
  ["an id with capitals", { ...BASE, id: "Acme" }, { path: "id", message: "must use only lowercase letters, digits and -" }],
  ["a misspelt top-level key", { ...BASE, questons: [] }, { path: "questons", message: "unknown key (did you mean questions?)" }],
  ["an unknown top-level key", { ...BASE, colour: "red" }, { path: "colour", message: "unknown key" }],
  ["an http endpoint on the internet", { ...BASE, endpoint: "http://api.example.com/leads" }, { path: "endpoint", message: "must be https (http only for localhost) or a path like /leads" }],
  ["a protocol-relative endpoint", { ...BASE, endpoint: "//api.example.com/leads" }, { path: "endpoint", message: "must be https (http only for localhost) or a path like /leads" }],
  ["an unknown mode", { ...BASE, mode: "modal" }, { path: "mode", message: "expected one of inline, popup, kiosk" }],
  ["an unknown question type", { ...BASE, questions: [{ id: "a", type: "radio", label: "A" }] }, { path: "questions[0].type", message: "expected one of single, multi, select, text, textarea, email, phone, number, date, consent" }],
  ["a question id starting with a digit", { ...BASE, questions: [{ id: "1a", type: "text", label: "A" }] }, { path: "questions[0].id", message: "must start with a letter and use only letters, digits, _ or -" }],
  ["a label that is a number", { ...BASE, questions: [{ id: "a", type: "text", label: 3 }] }, { path: "questions[0].label", message: 'expected a string or one per locale, e.g. {"en": "...", "de": "..."}' }],
  ["a localized label with a non-string", { ...BASE, questions: [{ id: "a", type: "text", label: { en: 3 } }] }, { path: "questions[0].label.en", message: "expected a string, got number" }],
  ["a misspelt question key", { ...BASE, questions: [{ id: "a", type: "text", lable: "A", label: "A" }] }, { path: "questions[0].lable", message: "unknown key (did you mean label?)" }],
  ["an option without a value", { ...BASE, questions: [{ ...ROLE, options: [{ value: "vp", label: "VP" }, { label: "Other" }] }] }, { path: "questions[0].options[1].value", message: "required" }],
  ["a score on an unknown dimension", { ...BASE, questions: [{ ...ROLE, options: [{ value: "vp", label: "VP", score: { autority: 5 } }] }] }, { path: "questions[0].options[0].score.autority", message: "unknown dimension (expected budget, authority, need, timeframe, fit)" }],
  ["a maximum on an unknown dimension", { ...BASE, scoring: { max: { money: 5 } } }, { path: "scoring.max.money", message: "unknown dimension (expected budget, authority, need, timeframe, fit)" }],
  ["duplicate question ids", { ...BASE, questions: [ROLE, { ...ROLE }] }, { path: "questions[1].id", message: 'duplicate id "role" (also questions[0].id)' }],
  ["a product-line question repeating a core id", { ...BASE, questions: [ROLE], productLines: { crm: { label: "CRM", questions: [ROLE] } } }, { path: "productLines.crm.questions[0].id", message: 'duplicate id "role" (also questions[0].id)' }],
  ["the same id in two product lines", { ...BASE, productLines: { a: { label: "A", questions: [ROLE] }, b: { label: "B", questions: [ROLE] } } }, { path: "productLines.b.questions[0].id", message: 'duplicate id "role" (also productLines.a.questions[0].id)' }],
  ["a product-line question repeating a preset id", { ...BASE, preset: "bant", productLines: { crm: { label: "CRM", questions: [{ id: "budget", type: "text", label: "B" }] } } }, { path: "productLines.crm.questions[0].id", message: 'duplicate id "budget" (also a core question of the preset)' }],
  ["a question using the reserved productLine id", { ...BASE, questions: [{ id: "productLine", type: "text", label: "P" }] }, { path: "questions[0].id", message: '"productLine" is reserved for the built-in product line question' }],
  ["showIf on an unknown question", { ...BASE, questions: [ROLE, { id: "why", type: "text", label: "Why", showIf: { answer: "rol", in: ["vp"] } }] }, { path: "questions[1].showIf.answer", message: 'unknown question "rol"' }],
  ["showIf on an option the question does not have", { ...BASE, questions: [ROLE, { id: "why", type: "text", label: "Why", showIf: { answer: "role", in: ["vp", "cto"] } }] }, { path: "questions[1].showIf.in[1]", message: '"cto" is not an option of "role"' }],
  ["a rule on an unknown question, nested", { ...BASE, questions: [ROLE], scoring: { rules: [{ if: { all: [{ answer: "role", in: ["vp"] }, { not: { answer: "size", gte: 5 } }] }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if.all[1].not.answer", message: 'unknown question "size"' }],
  ["a rule on a product line that does not exist", { ...BASE, productLines: { crm: { label: "CRM" } }, scoring: { rules: [{ if: { answer: "productLine", in: ["erp"] }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if.in[0]", message: '"erp" is not an option of "productLine"' }],
  ["a comparison on a choice question", { ...BASE, questions: [ROLE], scoring: { rules: [{ if: { answer: "role", gte: 5 }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if.answer", message: '"role" is a single question; gte, gt, lte and lt need a number question' }],
  ["an email class on a non-email question", { ...BASE, questions: [ROLE], scoring: { rules: [{ if: { answer: "role", is: "free-email" }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if.is", message: '"role" is not an email question' }],
  ["a condition with a wrongly typed list", { ...BASE, questions: [ROLE], scoring: { rules: [{ if: { answer: "role", in: "vp" }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if.in", message: "expected an array, got string" }],
  ["a condition with no test", { ...BASE, questions: [ROLE], scoring: { rules: [{ if: { answer: "role" }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if", message: "needs in, is, or one of gte, gt, lte, lt" }],
  ["a condition on an unknown score", { ...BASE, scoring: { rules: [{ if: { score: "money", gte: 1 }, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if.score", message: "expected one of total, budget, authority, need, timeframe, fit" }],
  ["a condition that is no condition at all", { ...BASE, scoring: { rules: [{ if: 7, tier: "nurture", reason: "R" }] } }, { path: "scoring.rules[0].if", message: "expected a condition: {answer, in}, {answer, gte|gt|lte|lt}, {answer, is}, {score, gte|gt|lte|lt}, {all}, {any} or {not}" }],
  ["a rule with an unknown tier", { ...BASE, scoring: { rules: [{ if: { score: "total", gte: 1 }, tier: "hot", reason: "R" }] } }, { path: "scoring.rules[0].tier", message: "expected one of sales-ready, sales-later, nurture, disqualified" }],
  ["thresholds out of order", { ...BASE, scoring: { thresholds: { "sales-ready": 50, nurture: 60 } } }, { path: "scoring.thresholds.nurture", message: "must be below sales-ready (50)" }],
  ["a nurture threshold above the default sales-ready one", { ...BASE, scoring: { thresholds: { nurture: 70 } } }, { path: "scoring.thresholds.nurture", message: "must be below sales-ready (70)" }],
  ["a single question without options", { ...BASE, questions: [{ id: "a", type: "single", label: "A" }] }, { path: "questions[0].options", message: "required for single questions" }],
  ["a select question with no options", { ...BASE, questions: [{ id: "a", type: "select", label: "A", options: [] }] }, { path: "questions[0].options", message: "must have at least one option" }],
  ["options on a text question", { ...BASE, questions: [{ id: "a", type: "text", label: "A", options: [{ value: "x", label: "X" }] }] }, { path: "questions[0].options", message: "only for single, multi and select questions" }],
  ["ranges on a choice question", { ...BASE, questions: [{ ...ROLE, ranges: [{ min: 1, score: { fit: 1 } }] }] }, { path: "questions[0].ranges", message: "only for number questions" }],
  ["a range whose max is not above its min", { ...BASE, questions: [{ id: "n", type: "number", label: "N", ranges: [{ min: 10, max: 10, score: { fit: 1 } }] }] }, { path: "questions[0].ranges[0].max", message: "must be greater than min (10)" }],
  ["reject on a non-email question", { ...BASE, questions: [{ id: "a", type: "text", label: "A", reject: ["free-email"] }] }, { path: "questions[0].reject", message: "only for email questions" }],
  ["duplicate option values", { ...BASE, questions: [{ ...ROLE, options: [...ROLE.options, { value: "vp", label: "Again" }] }] }, { path: "questions[0].options[2].value", message: 'duplicate value "vp"' }],
  ["an unknown fixed product line", { ...BASE, productLines: { crm: { label: "CRM" } }, productLine: "erp" }, { path: "productLine", message: 'unknown product line "erp" (expected crm)' }],
  ["a fixed product line without product lines", { ...BASE, productLine: "erp" }, { path: "productLine", message: 'unknown product line "erp" (this config has no productLines)' }],
  ["an example on an unknown product line", { ...BASE, productLines: { crm: { label: "CRM" } }, examples: [{ name: "x", answers: {}, productLine: "erp", expect: { tier: "nurture" } }] }, { path: "examples[0].productLine", message: 'unknown product line "erp" (expected crm)' }],
  ["an example answering an unknown question", { ...BASE, examples: [{ name: "x", answers: { rol: "vp" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.rol", message: 'unknown question "rol"' }],
  ["a gate that sends a lead up", { ...BASE, scoring: { gates: { nurture: [{ require: { score: "total", gte: 50 }, else: "sales-ready", reason: "R" }] } } }, { path: "scoring.gates.nurture[0].else", message: "must be a tier below nurture (disqualified)" }],
  ["a gate that keeps a lead on its tier", { ...BASE, scoring: { gates: { "sales-ready": [{ require: { score: "total", gte: 50 }, else: "sales-ready", reason: "R" }] } } }, { path: "scoring.gates.sales-ready[0].else", message: "must be a tier below sales-ready (sales-later, nurture, disqualified)" }],
  ["a gate on the lowest tier", { ...BASE, scoring: { gates: { disqualified: [] } } }, { path: "scoring.gates.disqualified", message: "unknown tier (expected sales-ready, sales-later, nurture; nothing is below disqualified)" }],
  ["a gate on an unknown question", { ...BASE, questions: [ROLE], scoring: { gates: { "sales-ready": [{ require: { answer: "timeframe", in: ["now"] }, else: "nurture", reason: "R" }] } } }, { path: "scoring.gates.sales-ready[0].require.answer", message: 'unknown question "timeframe"' }],
  ["a gate on an option the question does not have", { ...BASE, questions: [ROLE], scoring: { gates: { "sales-ready": [{ require: { answer: "role", in: ["ceo"] }, else: "nurture", reason: "R" }] } } }, { path: "scoring.gates.sales-ready[0].require.in[0]", message: '"ceo" is not an option of "role"' }],
  ["a gate without a reason", { ...BASE, scoring: { gates: { "sales-ready": [{ require: { score: "total", gte: 80 }, else: "nurture" }] } } }, { path: "scoring.gates.sales-ready[0].reason", message: "required" }],
  ["a gate with a misspelt key", { ...BASE, scoring: { gates: { "sales-ready": [{ requires: { score: "total", gte: 80 }, else: "nurture", reason: "R" }] } } }, { path: "scoring.gates.sales-ready[0].requires", message: "unknown key (did you mean require?)" }],
  ["an example answering with an option the question does not have (issue 9)", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { timeframe: "no-plan" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.timeframe", message: '"no-plan" is not an option of "timeframe" (did you mean no-plans?)' }],
  ["an example answering with a far-off option", { ...BASE, questions: [ROLE], examples: [{ name: "x", answers: { role: "pirate" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.role", message: '"pirate" is not an option of "role" (expected one of vp, student)' }],
  ["an example with one wrong value in a multi answer", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { need: ["reporting", "automaton"] }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.need[1]", message: '"automaton" is not an option of "need" (did you mean automation?)' }],
  ["an example with a single value for a multi question", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { need: "reporting" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.need", message: '"need" is a multi question: expected a list of option values, e.g. ["reporting"]' }],
  ["an example with text for a number", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { employees: "250" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.employees", message: 'expected a number, got "250"' }],
  ["an example with a number below the question's min", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { employees: 0 }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.employees", message: "must be at least 1 (the question's min)" }],
  ["an example with a number above the question's max", { ...BASE, questions: [{ id: "seats", type: "number", label: "Seats", max: 500 }], examples: [{ name: "x", answers: { seats: 900 }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.seats", message: "must be at most 500 (the question's max)" }],
  ["an example with a number for a choice", { ...BASE, questions: [ROLE], examples: [{ name: "x", answers: { role: 3 }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.role", message: 'expected an option value of "role" (a string), got 3' }],
  ["an example with text for consent", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { consent: "yes" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.consent", message: 'expected true or false, got "yes"' }],
  ["an example with an email that is not one", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { email: "ana.acme.io" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.email", message: "expected an email address like name@company.com" }],
  ["an example with a misspelt question id", { ...BASE, preset: "bant", examples: [{ name: "x", answers: { timefame: "now" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.timefame", message: 'unknown question "timefame" (did you mean timeframe?)' }],
  ["an example answering another product line's question", { ...BASE, productLines: { crm: { label: "CRM", questions: [{ id: "seats", type: "number", label: "Seats" }] }, erp: { label: "ERP" } }, examples: [{ name: "x", productLine: "erp", answers: { seats: 5 }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.seats", message: '"seats" is a question of product line crm; this example is for erp, or it does not count' }],
  ["an example answering a product line's question without naming a line", { ...BASE, productLines: { crm: { label: "CRM", questions: [{ id: "seats", type: "number", label: "Seats" }] }, erp: { label: "ERP" } }, examples: [{ name: "x", answers: { seats: 5 }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.seats", message: '"seats" is a question of product line crm; give the example a productLine, or it does not count' }],
  ["an example picking a product line that does not exist", { ...BASE, productLines: { crm: { label: "CRM" }, erp: { label: "ERP" } }, examples: [{ name: "x", answers: { productLine: "cmr" }, expect: { tier: "nurture" } }] }, { path: "examples[0].answers.productLine", message: '"cmr" is not an option of "productLine" (did you mean crm?)' }],
  ["a staff PIN of 3 digits", { ...BASE, kiosk: { staffPin: "123" } }, { path: "kiosk.staffPin", message: "must be 4 to 8 digits" }],
  ["a staff PIN with letters", { ...BASE, kiosk: { staffPin: "12ab" } }, { path: "kiosk.staffPin", message: "must be 4 to 8 digits" }],
  ["a javascript: call-to-action url", { ...BASE, outcomes: { nurture: { title: "T", cta: { label: "Go", url: "javascript:alert(1)" } } } }, { path: "outcomes.nurture.cta.url", message: "must be an absolute http(s) URL" }],
  ["a placeholder deciding the call-to-action host", { ...BASE, outcomes: { nurture: { title: "T", cta: { label: "Go", url: "https://{company}/welcome" } } } }, { path: "outcomes.nurture.cta.url", message: "placeholders like {email} may only be in the path, query or fragment, never in the scheme or host" }],
  ["a placeholder glued to the call-to-action host", { ...BASE, outcomes: { nurture: { title: "T", cta: { label: "Go", url: "https://cal.example.com{path}" } } } }, { path: "outcomes.nurture.cta.url", message: "placeholders like {email} may only be in the path, query or fragment, never in the scheme or host" }],
  ["a relative call-to-action url", { ...BASE, outcomes: { nurture: { title: "T", cta: { label: "Go", url: "/book" } } } }, { path: "outcomes.nurture.cta.url", message: "must be an absolute http(s) URL" }],
  ["an outcome without a title and no preset", { ...BASE, outcomes: { nurture: { message: "M" } } }, { path: "outcomes.nurture.title", message: "required" }],
  ["a call to action without a label and no preset", { ...BASE, outcomes: { "sales-ready": { title: "T", cta: { url: "https://x.example" } } } }, { path: "outcomes.sales-ready.cta.label", message: "required" }],
  ["an unknown tier in outcomes", { ...BASE, outcomes: { hot: { title: "T" } } }, { path: "outcomes.hot", message: "unknown tier (expected sales-ready, sales-later, nurture, disqualified)" }],
  ["a privacy url that is not http(s)", { ...BASE, consent: { privacyUrl: "privacy.html" } }, { path: "consent.privacyUrl", message: "must be an absolute http(s) URL" }],
  ["zero questions per step", { ...BASE, flow: { questionsPerStep: 0 } }, { path: "flow.questionsPerStep", message: "must be at least 1" }],
  ["a fractional visit budget", { ...BASE, flow: { maxNewQuestionsPerVisit: 2.5 } }, { path: "flow.maxNewQuestionsPerVisit", message: "expected an integer, got number" }],
  ["a theme color that could break out of CSS", { ...BASE, theme: { accent: "red; } * { display: none" } }, { path: "theme.accent", message: "expected a CSS color like #0b5fff" }],
  ["a product line key with a space", { ...BASE, productLines: { "big data": { label: "Big data" } } }, { path: "productLines.big data", message: "must use only letters, digits, _ or -" }],
  ["an unknown preset", { ...BASE, preset: "meddic" }, { path: "preset", message: "expected bant" }],
];

describe("validateConfig issues", () => {
  it.each(CASES)("rejects %s with its exact path and message", (_name, input, expected) => {
    expect(issuesOf(input)).toContainEqual(expected);
  });

  it("reports every issue of a config at once, schema and semantic alike", () => {
    const issues = issuesOf({
      ...BASE,
      id: "Bad Id",
      questions: [ROLE, { ...ROLE }],
      kiosk: { staffPin: "1" },
      productLine: "nope",
    });
    expect(issues.map((issue) => issue.path)).toEqual(expect.arrayContaining(["id", "questions[1].id", "kiosk.staffPin", "productLine"]));
  });

  it("never echoes a submitted value it does not recognise as a key or id", () => {
    const issues = issuesOf({ ...BASE, endpoint: "http://secret-host.example/leads" });
    expect(JSON.stringify(issues)).not.toContain("secret-host");
  });

  it("accepts a kiosk attract screen with a headline, text, logo, image and brand colour, and keeps it", () => {
    const attract = {
      headline: { en: "Checkout in seconds", de: "Checkout in Sekunden" },
      text: "Four questions, one tote bag.",
      logo: { url: "https://cdn.example.com/booth/logo.svg", alt: "RetailTech" },
      image: { url: "booth/hero.jpg" },
      brandColor: "#0a5c36",
    };
    const result = validateConfig({ ...BASE, questions: [EMAIL], mode: "kiosk", kiosk: { attract } });
    expect(result.ok && result.config.kiosk.attract).toEqual(attract);
  });

  it("lists each unknown key as its own issue", () => {
    expect(issuesOf({ ...BASE, questions: [EMAIL], foo: 1, bar: 2 })).toEqual([
      { path: "foo", message: "unknown key" },
      { path: "bar", message: "unknown key" },
    ]);
  });

  it("allows conditions on the built-in productLine question", () => {
    const result = validateConfig({
      ...BASE,
      productLines: { crm: { label: "CRM" } },
      questions: [EMAIL, { id: "why", type: "text", label: "Why", showIf: { answer: "productLine", in: ["crm"] } }],
    });
    expect(result.ok).toBe(true);
  });

  it("accepts examples whose answers the form itself would accept, a lone product line's questions included", () => {
    const result = validateConfig({
      ...BASE,
      preset: "bant",
      productLines: { crm: { label: "CRM", questions: [{ id: "seats", type: "number", label: "Seats", min: 1 }] } },
      examples: [{
        name: "hot", expect: { tier: "sales-ready" },
        answers: { email: "ana@acme.io", role: "vp", employees: 250, need: ["reporting"], budget: "approved", timeframe: "now", consent: true, seats: 20 },
      }],
    });
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("leaves the example check out of the script-tag build only, where __LQ_SCRIPT_BUILD__ is defined", async () => {
    const lying = { ...BASE, preset: "bant", examples: [{ name: "x", answers: { timeframe: "no-plan" }, expect: { tier: "nurture" } }] };
    expect(validateConfig(lying).ok).toBe(false);
    vi.resetModules();
    (globalThis as { __LQ_SCRIPT_BUILD__?: boolean }).__LQ_SCRIPT_BUILD__ = true;
    try {
      const scriptBuild = await import("../../src/config/validate-config");
      expect(scriptBuild.validateConfig(lying).ok).toBe(true);
    } finally {
      delete (globalThis as { __LQ_SCRIPT_BUILD__?: boolean }).__LQ_SCRIPT_BUILD__;
      vi.resetModules();
    }
  });
});
