import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configQuestions } from "../../src/qualify/config-questions";
import { trustedKnown } from "../../src/qualify/trusted-known";
import { validateAnswer } from "../../src/qualify/validate-answer";
import { makeConfig } from "../profile/make-config";

describe("trustedKnown", () => {
  it("keeps answers this form accepts and drops invalid or empty ones for its questions", () => {
    const known = trustedKnown(makeConfig(), { role: "ceo", email: "", employees: 0, timeframe: "now" });
    expect(known).toEqual({ timeframe: "now" });
  });

  it("passes answers to questions this form does not have through (the profile is site-wide)", () => {
    expect(trustedKnown(makeConfig(), { crmUsers: 800 })).toEqual({ crmUsers: 800 });
  });

  it("never keeps a value validateAnswer refuses for one of the form's questions, whatever is remembered", () => {
    const config = makeConfig();
    const questions = configQuestions(config);
    const value = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.array(fc.string(), { maxLength: 3 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...questions.map((q) => q.id)), value), (remembered) => {
        const trusted = trustedKnown(config, remembered);
        for (const [id, kept] of Object.entries(trusted)) {
          const question = questions.find((q) => q.id === id)!;
          expect(validateAnswer(question, kept)).toBeNull();
        }
      }),
    );
  });
});
