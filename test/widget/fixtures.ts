import type { Config, Question } from "../../src/config/types";
import { baseConfig } from "../support/base-config";

/** A validated-looking config built by hand, so component tests do not depend on validateConfig. */
export function makeConfig(overrides: Partial<Config> = {}): Config {
  return baseConfig({
    id: "acme-test",
    questions: [ROLE, EMAIL],
    flow: { questionsPerStep: 1, maxNewQuestionsPerVisit: 10, autoAdvance: false, capturePartial: false, minFillSeconds: 0 },
    scoring: {
      max: { authority: 25, budget: 25, need: 25, timeframe: 25, fit: 10 },
      rules: [{ if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" }],
      thresholds: { "sales-ready": 20, nurture: 10 },
    },
    hiddenFields: { utm: false, params: [] },
    profile: { remember: false, ttlDays: 180 },
    ...overrides,
  });
}

export const ROLE: Question = {
  id: "role",
  type: "single",
  label: { en: "What is your role?", de: "Was ist Ihre Rolle?" },
  required: true,
  options: [
    { value: "vp", label: { en: "VP or C-level", de: "Geschäftsleitung" }, score: { authority: 25 } },
    { value: "manager", label: "Manager", score: { authority: 15 } },
    { value: "student", label: "Student" },
  ],
};

export const EMAIL: Question = { id: "email", type: "email", label: { en: "Work email", de: "Geschäftliche E-Mail" }, required: true };

/** A question of any type with sensible defaults. */
export function question(id: string, type: Question["type"], extra: Partial<Question> = {}): Question {
  return { id, type, label: `Label ${id}`, ...extra };
}
