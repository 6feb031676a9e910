import { describe, expect, it } from "vitest";
import { shouldCapturePartial } from "../../src/profile/should-capture-partial";
import { makeConfig } from "./make-config";

const capturing = makeConfig({
  flow: { questionsPerStep: 1, maxNewQuestionsPerVisit: 3, autoAdvance: false, capturePartial: true, minFillSeconds: 3 },
});

describe("shouldCapturePartial", () => {
  it("captures an unsubmitted visit with a valid email when capturePartial is on", () => {
    expect(shouldCapturePartial({ config: capturing, answers: { email: "ana@acme.io", role: "vp" } })).toBe(true);
  });

  it("does nothing when capturePartial is off", () => {
    expect(shouldCapturePartial({ config: makeConfig(), answers: { email: "ana@acme.io" } })).toBe(false);
  });

  it("needs an email answer that passes validation", () => {
    expect(shouldCapturePartial({ config: capturing, answers: { role: "vp" } })).toBe(false);
    expect(shouldCapturePartial({ config: capturing, answers: { email: "ana@" } })).toBe(false);
  });

  it("respects the email question's reject list", () => {
    const config = makeConfig({
      ...capturing,
      questions: [{ id: "email", type: "email", label: "Email", reject: ["free-email"] }],
    });
    expect(shouldCapturePartial({ config, answers: { email: "ana@gmail.com" } })).toBe(false);
    expect(shouldCapturePartial({ config, answers: { email: "ana@acme.io" } })).toBe(true);
  });

  it("never captures a partial once the lead was submitted", () => {
    expect(shouldCapturePartial({ config: capturing, answers: { email: "ana@acme.io" }, submitted: true })).toBe(false);
  });
});
