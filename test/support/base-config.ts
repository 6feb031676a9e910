import type { Config } from "../../src/config/types";

/**
 * A complete, validated-looking config built by hand (every default filled in, no questions), so
 * pure and component tests need not go through validateConfig. Spread it and override what the test is about.
 *
 * @example const config: Config = { ...baseConfig(), questions: [ROLE], flow: { ...baseConfig().flow, autoAdvance: true } };
 */
export function baseConfig(overrides: Partial<Config> = {}): Config {
  return {
    id: "acme-analytics",
    endpoint: "https://api.example.com/leads",
    mode: "inline",
    channel: "landing-page",
    questions: [],
    productLines: {},
    flow: { questionsPerStep: 1, maxNewQuestionsPerVisit: 4, autoAdvance: false, capturePartial: false, minFillSeconds: 3 },
    scoring: {
      max: { budget: 25, authority: 25, need: 25, timeframe: 25, fit: 10 },
      rules: [{ if: { answer: "role", in: ["student"] }, tier: "disqualified", reason: "Student" }],
      thresholds: { "sales-ready": 70, nurture: 40 },
    },
    outcomes: {},
    hiddenFields: { utm: true, params: [] },
    profile: { remember: true, ttlDays: 180 },
    kiosk: { idleResetSeconds: 60, resetAfterSubmitSeconds: 10 },
    theme: {},
    delivery: { timeoutMs: 10_000 },
    examples: [],
    ...overrides,
  };
}
