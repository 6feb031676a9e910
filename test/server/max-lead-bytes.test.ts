import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { AnswerValue, Config, Question } from "../../src/config/types";
import { validateConfig } from "../../src/config/validate-config";
import { configQuestions } from "../../src/qualify/config-questions";
import { leadSchema, LEAD_LIMITS } from "../../src/qualify/lead-schema";
import { DEFAULT_MAX_LENGTH } from "../../src/qualify/validate-answer";
import { maxLeadBytes } from "../../src/server/max-lead-bytes";
import { completedLead } from "../../src/widget/completed-lead";

const FILES = [
  "test/fixtures/full-config.json", "demo/forms/acme-analytics.json", "demo/forms/acme-contact.json", "demo/forms/kiosk-retailtech.json",
  "test/browser/pages/widget-form.json", "test/browser/pages/kiosk-booth.json", "test/browser/pages/profile-form.json",
];
const root = new URL("../../", import.meta.url);
const configs: Config[] = [
  ...FILES.map((file) => JSON.parse(readFileSync(new URL(file, root), "utf8")) as unknown),
  { id: "bant-only", endpoint: "https://api.example.com/leads", preset: "bant" },
].map((raw) => {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
});

/** Characters by how many bytes JSON.stringify + UTF-8 spend on them: 1, 2 (`\\n`), 3 (€), 6 (`\\u0001`, a lone surrogate). */
const CHARS = ["a", "\n", "€", "\u0001", "\ud800"];
const bytes = (lead: unknown) => new TextEncoder().encode(JSON.stringify(lead)).length;

function answerFor(question: Question, char: string): AnswerValue {
  const options = question.options ?? [];
  const longest = [...options].sort((a, b) => b.value.length - a.value.length)[0]?.value ?? "x";
  switch (question.type) {
    case "single": case "select": return longest;
    case "multi": return options.map((o) => o.value);
    case "number": return -1.7976931348623157e308;
    case "date": return "2026-02-28";
    case "consent": return true;
    case "email": return `${"a".repeat(245)}@acme.io`;
    case "phone": return `+1 555 123 4567${"\u000b".repeat(LEAD_LIMITS.text - 15)}`;
    default: return char.repeat(Math.min(question.maxLength ?? DEFAULT_MAX_LENGTH[question.type === "textarea" ? "textarea" : "text"], LEAD_LIMITS.text));
  }
}

function biggestLead(config: Config, char: string, answered: (q: Question) => boolean) {
  const answers = Object.fromEntries(configQuestions(config).filter(answered).map((q) => [q.id, answerFor(q, char)]));
  const url = `https://acme.io/p?q=${"\\".repeat(LEAD_LIMITS.url - 20)}`;
  const value = char.repeat(256);
  const lead = completedLead({
    config, locale: "en", answers, honeypot: true, leadId: crypto.randomUUID(), visitorId: char.repeat(200),
    startedAt: new Date(0), submittedAt: new Date(), pageUrl: url, referrer: url,
    utm: { source: value, medium: value, campaign: value, term: value, content: value },
    params: Object.fromEntries(config.hiddenFields.params.map((p) => [p, value])), visit: Number.MAX_SAFE_INTEGER,
  });
  return { ...lead, supersedes: crypto.randomUUID(), previousTier: "sales-later" as const };
}

describe("maxLeadBytes", () => {
  it("is at least the size of the biggest valid lead each tested form can build, in the worst characters", () => {
    for (const config of configs) {
      for (const char of CHARS) {
        const lead = biggestLead(config, char, () => true);
        expect(leadSchema.safeParse(lead).success, `${config.id} builds a valid lead`).toBe(true);
        expect(bytes(lead), `${config.id} with ${JSON.stringify(char)}`).toBeLessThanOrEqual(maxLeadBytes(config));
      }
    }
  });

  it("bounds every lead whatever is answered and in whichever characters", () => {
    fc.assert(
      fc.property(fc.constantFrom(...configs), fc.constantFrom(...CHARS), fc.func(fc.boolean()), (config, char, answered) => {
        const lead = biggestLead(config, char, (q) => answered(q.id));
        return !leadSchema.safeParse(lead).success || bytes(lead) <= maxLeadBytes(config);
      }),
      { numRuns: 60 },
    );
  });

  it("is not wildly above what it bounds: within 1.5x of the worst lead plus the envelope", () => {
    for (const config of configs) {
      const worst = Math.max(...CHARS.map((char) => bytes(biggestLead(config, char, () => true))));
      expect(maxLeadBytes(config)).toBeLessThan(worst * 1.5 + 8192);
    }
  });
});
