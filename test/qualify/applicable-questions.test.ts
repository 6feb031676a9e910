import { describe, expect, it } from "vitest";
import { applicableAnswers, applicableQuestions } from "../../src/qualify/applicable-questions";
import { PRODUCT_LINE_QUESTION_ID, productLineQuestion } from "../../src/qualify/product-line-question";
import { config, configWithLines } from "./fixtures";

const ids = (qs: { id: string }[]) => qs.map((q) => q.id);
const core = ["role", "timeframe", "budget", "need", "employees", "email"];

describe("applicableQuestions", () => {
  it("asks the core questions in order, applying showIf to the current answers", () => {
    expect(ids(applicableQuestions(config, {}))).toEqual([...core, "consent"]);
    expect(ids(applicableQuestions(config, { employees: 250 }))).toEqual([...core.slice(0, 5), "team", "email", "consent"]);
  });

  it("adds the product-line picker after the core when no line is fixed, then the chosen line's questions", () => {
    expect(ids(applicableQuestions(configWithLines, {}))).toEqual([...core, "productLine", "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: "crm" }))).toEqual([...core, "productLine", "seats", "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: "crm", seats: 500 })))
      .toEqual([...core, "productLine", "seats", "crmNotes", "consent"]);
  });

  it("skips the picker when the line is fixed by the argument or by config.productLine", () => {
    expect(ids(applicableQuestions(configWithLines, {}, "analytics"))).toEqual([...core, "warehouse", "consent"]);
    expect(ids(applicableQuestions({ ...configWithLines, productLine: "crm" }, {}))).toEqual([...core, "seats", "consent"]);
  });

  it("keeps consent last, after the product-line questions", () => {
    const list = applicableQuestions(configWithLines, { productLine: "analytics" });
    expect(list.at(-1)?.type).toBe("consent");
    expect(ids(list).indexOf("warehouse")).toBeLessThan(ids(list).indexOf("consent"));
  });

  it("adds nothing for an unknown product line and never throws on odd answers", () => {
    expect(ids(applicableQuestions(configWithLines, {}, "nope"))).toEqual([...core, "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: ["crm"] }))).toEqual([...core, "productLine", "consent"]);
    expect(ids(applicableQuestions(configWithLines, { productLine: "toString" }))).toEqual([...core, "productLine", "consent"]);
  });
});

describe("productLineQuestion", () => {
  it("is a required single choice with one option per product line, labelled in four languages", () => {
    const picker = productLineQuestion(configWithLines);
    expect(picker).toMatchObject({ id: PRODUCT_LINE_QUESTION_ID, type: "single", required: true });
    expect(picker.options).toEqual([
      { value: "analytics", label: { en: "Analytics", de: "Analytik" } },
      { value: "crm", label: "CRM" },
    ]);
    expect(Object.keys(picker.label)).toEqual(["en", "de", "fr", "es"]);
    expect(PRODUCT_LINE_QUESTION_ID).toBe("productLine");
  });
});

describe("applicableAnswers (what rules, gates and showIf see)", () => {
  it("drops an answer to a question hidden by showIf, and a follow-up of it in cascade", () => {
    const chained = {
      ...config,
      questions: [
        ...config.questions,
        { id: "teamSize", type: "number" as const, label: "Team size", showIf: { answer: "team", in: ["data"] } },
      ],
    };
    // employees < 50 hides team, so the remembered team answer and teamSize behind it both go.
    expect(applicableAnswers(chained, { employees: 10, team: "data", teamSize: 8 })).toEqual({ employees: 10 });
    expect(ids(applicableQuestions(chained, { employees: 10, team: "data", teamSize: 8 }))).not.toContain("teamSize");
    expect(applicableAnswers(chained, { employees: 80, team: "data", teamSize: 8 })).toEqual({ employees: 80, team: "data", teamSize: 8 });
  });

  it("drops answers to another product line's questions and to ids this form does not have", () => {
    expect(applicableAnswers(configWithLines, { role: "vp", seats: 500, warehouse: "yes", stray: "x" }, "analytics"))
      .toEqual({ role: "vp", warehouse: "yes", productLine: "analytics" });
  });

  it("sets productLine to the line in use, also when it is fixed rather than picked", () => {
    expect(applicableAnswers(configWithLines, { productLine: "crm" }, "analytics")).toEqual({ productLine: "analytics" });
    expect(applicableAnswers(configWithLines, { productLine: "crm" })).toEqual({ productLine: "crm" });
    expect(applicableAnswers(configWithLines, { productLine: "nope" })).toEqual({});
  });

  it("lets a showIf on a question of another product line be false", () => {
    const crossed = {
      ...configWithLines,
      productLines: {
        ...configWithLines.productLines,
        analytics: {
          label: "Analytics",
          questions: [{ id: "bigCrm", type: "text" as const, label: "Which CRM?", showIf: { answer: "seats", gte: 100 } }],
        },
      },
    };
    expect(ids(applicableQuestions(crossed, { seats: 500 }, "analytics"))).not.toContain("bigCrm");
  });
});
