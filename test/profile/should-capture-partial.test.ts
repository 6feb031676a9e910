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

  it("captures a visit with a valid phone number when the form asks for one instead of an email", () => {
    const phoneOnly = makeConfig({ ...capturing, questions: [{ id: "tel", type: "phone", label: "Phone", required: true }] });
    expect(shouldCapturePartial({ config: phoneOnly, answers: { tel: "+49 30 1234567" } })).toBe(true);
    expect(shouldCapturePartial({ config: phoneOnly, answers: { tel: "12" } })).toBe(false);
  });

  it("never sends a partial lead with neither email nor phone, whatever else was answered", () => {
    expect(shouldCapturePartial({ config: capturing, answers: { name: "Ana", role: "vp", timeframe: "now", employees: 250 } })).toBe(false);
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
