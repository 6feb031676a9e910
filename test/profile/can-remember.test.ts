import { describe, expect, it } from "vitest";
import { canRemember, requiresConsent } from "../../src/profile/can-remember";
import { makeConfig } from "./make-config";

const noConsentQuestion = makeConfig({ questions: [{ id: "email", type: "email", label: "Email" }] });

describe("canRemember", () => {
  it("allows remembering on a normal page once required consent is given", () => {
    expect(canRemember({ config: makeConfig(), consentGiven: true, gpc: false })).toBe(true);
  });

  it("refuses without the required consent", () => {
    expect(canRemember({ config: makeConfig(), consentGiven: false, gpc: false })).toBe(false);
  });

  it("does not need consent when the form does not require it", () => {
    expect(canRemember({ config: noConsentQuestion, consentGiven: false, gpc: false })).toBe(true);
  });

  it("refuses when config.consent.required is set, even without a consent question", () => {
    const config = makeConfig({ ...noConsentQuestion, consent: { required: true, label: "I agree" } });
    expect(canRemember({ config, consentGiven: false, gpc: false })).toBe(false);
    expect(canRemember({ config, consentGiven: true, gpc: false })).toBe(true);
  });

  it("refuses under Global Privacy Control", () => {
    expect(canRemember({ config: makeConfig(), consentGiven: true, gpc: true })).toBe(false);
  });

  it("refuses in kiosk mode, from the config or from a data-mode override", () => {
    expect(canRemember({ config: makeConfig({ mode: "kiosk" }), consentGiven: true, gpc: false })).toBe(false);
    expect(canRemember({ config: makeConfig(), consentGiven: true, gpc: false, mode: "kiosk" })).toBe(false);
    expect(canRemember({ config: makeConfig({ mode: "kiosk" }), consentGiven: true, gpc: false, mode: "popup" })).toBe(true);
  });

  it("refuses when profile.remember is false", () => {
    const config = makeConfig({ profile: { remember: false, ttlDays: 180 } });
    expect(canRemember({ config, consentGiven: true, gpc: false })).toBe(false);
  });
});

describe("requiresConsent", () => {
  it("sees a required consent question inside a product line", () => {
    const config = makeConfig({
      questions: [],
      productLines: { a: { label: "A", questions: [{ id: "ok", type: "consent", label: "OK", required: true }] } },
    });
    expect(requiresConsent(config)).toBe(true);
  });

  it("ignores an optional consent question", () => {
    const config = makeConfig({ questions: [{ id: "news", type: "consent", label: "Newsletter" }] });
    expect(requiresConsent(config)).toBe(false);
  });
});
