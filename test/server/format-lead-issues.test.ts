import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatLeadIssues, formatPath, MAX_ISSUES } from "../../src/server/format-lead-issues";
import { leadSchema } from "../../src/qualify/lead-schema";
import { validLead } from "./support/fixtures";

const known = new Set(["answers", "need", "score", "dimensions", "fit", "context"]);

describe("formatPath", () => {
  it("uses dots for keys and brackets for indexes", () => {
    expect(formatPath(["answers", "need", 0], known)).toBe("answers.need[0]");
    expect(formatPath(["score", "dimensions", "fit"], known)).toBe("score.dimensions.fit");
    expect(formatPath([], known)).toBe("");
  });

  it("writes a key it does not know as *, whatever the sender typed", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((key) => !known.has(key)), (key) => formatPath(["answers", key, 2], known) === "answers.*[2]"),
    );
  });
});

describe("formatLeadIssues", () => {
  it("reports unknown keys at the object that carried them, never by name", () => {
    const lead = { ...validLead(), "<script>": 1, context: { ...validLead().context, "onerror=x": 2, "y": 3 } };
    const result = leadSchema.safeParse(lead);
    if (result.success) throw new Error("expected issues");
    const issues = formatLeadIssues(result.error.issues, lead, known);
    expect(issues).toHaveLength(2);
    expect(issues).toEqual(expect.arrayContaining([{ path: "", message: "unknown key" }, { path: "context", message: "unknown key" }]));
  });

  it("reports at most MAX_ISSUES issues for a body with thousands of problems", () => {
    const answers = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`q${i}`, { bad: i }]));
    const lead = { ...validLead(), answers };
    const result = leadSchema.safeParse(lead);
    if (result.success) throw new Error("expected issues");
    const issues = formatLeadIssues(result.error.issues, lead, new Set([...known, ...Object.keys(answers)]));
    expect(issues).toHaveLength(MAX_ISSUES);
  });
});
