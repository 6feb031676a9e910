import { describe, expect, it } from "vitest";
import full from "../fixtures/full-config.json";
import { validateConfig } from "../../src/config/validate-config";
import { QUESTION_TYPES } from "../../src/config/types";
import { scoreLead } from "../../src/qualify/score-lead";

// The fixture doubles as documentation (docs/config.md links it) and as input to `lead-qualifier check`,
// so it must stay complete and its examples must stay true.
describe("the full-config fixture", () => {
  const result = validateConfig(full);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  const config = result.config;

  it("uses every question type at least once", () => {
    const types = new Set([...config.questions, ...Object.values(config.productLines).flatMap((line) => line.questions)].map((q) => q.type));
    expect([...types].sort()).toEqual([...QUESTION_TYPES].sort());
  });

  it("has examples whose expected tiers and reasons hold", () => {
    for (const example of config.examples) {
      const score = scoreLead(config, example.answers, example.productLine);
      expect(score.tier, example.name).toBe(example.expect.tier);
      if (example.expect.reasons) expect(score.reasons, example.name).toEqual(example.expect.reasons);
    }
  });
});
