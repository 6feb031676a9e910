import { describe, expect, it } from "vitest";
import { rememberableAnswers, shouldRemember } from "../../src/profile/should-remember";
import { makeConfig, PRODUCT_LINES } from "./make-config";

describe("shouldRemember", () => {
  it("remembers structured answers by default", () => {
    expect(shouldRemember({ id: "role", type: "single", label: "Role" })).toBe(true);
    expect(shouldRemember({ id: "company", type: "text", label: "Company" })).toBe(true);
  });

  it("does not remember free text or consent by default", () => {
    expect(shouldRemember({ id: "notes", type: "textarea", label: "Notes" })).toBe(false);
    expect(shouldRemember({ id: "terms", type: "consent", label: "Terms" })).toBe(false);
  });

  it("lets the question's remember flag win", () => {
    expect(shouldRemember({ id: "role", type: "single", label: "Role", remember: false })).toBe(false);
    expect(shouldRemember({ id: "notes", type: "textarea", label: "Notes", remember: true })).toBe(true);
  });
});

describe("rememberableAnswers", () => {
  it("keeps only this form's rememberable, non-empty answers", () => {
    const config = makeConfig({ productLines: PRODUCT_LINES });
    const answers = { email: "ana@acme.io", name: "", notes: "secret", terms: true, productLine: "crm", crmUsers: 5, foreign: "x" };
    expect(rememberableAnswers(config, answers)).toEqual({ email: "ana@acme.io", productLine: "crm", crmUsers: 5 });
  });
});
