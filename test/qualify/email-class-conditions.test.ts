import { describe, expect, it } from "vitest";
import type { Config, LeadContext } from "../../src/config/types";
import { applicableQuestions } from "../../src/qualify/applicable-questions";
import { buildLead } from "../../src/qualify/build-lead";
import { classifyEmail } from "../../src/qualify/classify-email";
import { decideTier } from "../../src/qualify/decide-tier";
import { scoreLead } from "../../src/qualify/score-lead";
import { config as base } from "./fixtures";

// Conditions on an email's class are answered by `classifyEmail`, which lives with the form kit (the
// provider lists stay out of the landing-page file): every path that scores or builds a lead passes it.
const config: Config = {
  ...base,
  questions: [
    ...base.questions,
    {
      id: "mailbox", type: "single", label: "Is this a shared mailbox?",
      showIf: { answer: "email", is: "free-email" },
      options: [{ value: "shared", label: "Shared", score: { fit: 3 } }, { value: "mine", label: "Mine" }],
    },
  ],
  scoring: { ...base.scoring, rules: [{ if: { answer: "email", is: "disposable-email" }, tier: "disqualified", reason: "Disposable email" }, ...base.scoring.rules] },
};
const answers = (email: string) => ({ role: "vp", timeframe: "now", email, mailbox: "shared" });
const context: LeadContext = {
  pageUrl: "https://acme.example/", referrer: "", locale: "en", utm: {}, params: {},
  startedAt: "2026-11-23T11:59:00.000Z", durationMs: 60_000, visit: 1,
};

describe("conditions on an email's class", () => {
  it("show a question to free-mail addresses only, and score it only then", () => {
    expect(scoreLead(config, answers("ana@gmail.com")).dimensions.fit).toBe(scoreLead(config, answers("ana@acme.io")).dimensions.fit + 3);
  });

  it("count such a question as asked in the lead's profileComplete only when it applied", () => {
    const full = { role: "vp", timeframe: "now", budget: "yes", need: ["reporting"], employees: 30, consent: true };
    const lead = (email: string) =>
      buildLead({
        config, answers: { ...full, email }, leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", visitorId: "v-1",
        submittedAt: new Date("2026-11-23T12:00:00.000Z"), context, consent: null,
      });
    expect(lead("ana@acme.io").profileComplete).toBe(true);
    expect(lead("ana@gmail.com").profileComplete).toBe(false); // "Is this a shared mailbox?" applied, unanswered
  });

  it("let a rule refuse a disposable address, in scoring and in decideTier called on its own", () => {
    expect(scoreLead(config, answers("a@yopmail.com")).tier).toBe("disqualified");
    const score = { total: 90, dimensions: { budget: 25, authority: 25, need: 15, timeframe: 25, fit: 0 } };
    expect(decideTier(config.scoring, { answers: { email: "a@yopmail.com" }, score }).reasons).toEqual(["Disposable email"]);
  });

  it("count as false where no classifier is given (the first screen's plan before the form kit), and as classified with one", () => {
    const ids = (withClassifier: boolean) =>
      applicableQuestions(config, answers("ana@gmail.com"), undefined, withClassifier ? classifyEmail : undefined).map((q) => q.id);
    expect(ids(false)).not.toContain("mailbox");
    expect(ids(true)).toContain("mailbox");
  });
});
