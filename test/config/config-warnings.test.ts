import { describe, expect, it } from "vitest";
import { configWarnings } from "../../src/config/config-warnings";
import { validateConfig } from "../../src/config/validate-config";

function valid(input: Record<string, unknown>) {
  const result = validateConfig({ id: "acme", endpoint: "/leads", ...input });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.config;
}

describe("configWarnings", () => {
  it("warns when a form asks for consent but links no privacy policy", () => {
    expect(configWarnings(valid({ preset: "bant" }))).toEqual([
      { path: "consent.privacyUrl", message: "not set: the consent checkbox links no privacy policy (add your policy's https URL)" },
    ]);
  });

  it("is quiet when the policy is linked, or when the form asks for no consent", () => {
    expect(configWarnings(valid({ preset: "bant", consent: { privacyUrl: "https://www.example.com/privacy" } }))).toEqual([]);
    expect(configWarnings(valid({ questions: [{ id: "email", type: "email", label: "Email", required: true }] }))).toEqual([]);
  });
});
