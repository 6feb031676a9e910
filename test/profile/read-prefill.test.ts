import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPrefill } from "../../src/profile/read-prefill";
import { validateAnswer } from "../../src/qualify/validate-answer";
import { CORE_QUESTIONS } from "./make-config";

const questions = [
  ...CORE_QUESTIONS,
  { id: "need", type: "multi" as const, label: "Need", options: [{ value: "reporting", label: "R" }, { value: "alerts", label: "A" }] },
  { id: "start", type: "date" as const, label: "Start" },
];

describe("readPrefill", () => {
  it("reads lq_<id> parameters converted to each question's type", () => {
    const search = "?lq_role=vp&lq_employees=250&lq_need=reporting,%20alerts&lq_email=ana%40acme.io&lq_start=2026-12-01";
    expect(readPrefill(search, questions)).toEqual({
      role: "vp", employees: 250, need: ["reporting", "alerts"], email: "ana@acme.io", start: "2026-12-01",
    });
  });

  it("accepts a search string without the leading question mark", () => {
    expect(readPrefill("lq_timeframe=now", questions)).toEqual({ timeframe: "now" });
  });

  it("ignores parameters for unknown questions and other parameters", () => {
    expect(readPrefill("?lq_unknown=1&role=vp&utm_source=x", questions)).toEqual({});
  });

  it("ignores values the question would refuse if typed", () => {
    const search = "?lq_role=ceo&lq_employees=0&lq_email=not-an-email&lq_need=reporting,teleport&lq_start=2026-02-30";
    expect(readPrefill(search, questions)).toEqual({});
  });

  it("ignores empty and non-numeric values", () => {
    expect(readPrefill("?lq_role=&lq_employees=lots&lq_need=,", questions)).toEqual({});
  });

  it("never prefills consent, which only the person can give", () => {
    expect(readPrefill("?lq_terms=true", questions)).toEqual({});
  });

  it("removes duplicate choices from a multi value", () => {
    expect(readPrefill("?lq_need=alerts,alerts", questions)).toEqual({ need: ["alerts"] });
  });

  it("only ever returns answers that validateAnswer accepts", () => {
    const ids = questions.map((q) => q.id);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...ids), fc.string()), { maxLength: 8 }), (pairs) => {
        const search = new URLSearchParams(pairs.map(([id, value]) => [`lq_${id}`, value])).toString();
        const answers = readPrefill(search, questions);
        for (const [id, value] of Object.entries(answers)) {
          const question = questions.find((q) => q.id === id);
          expect(question).toBeDefined();
          expect(validateAnswer(question!, value)).toBeNull();
        }
      }),
    );
  });
});
