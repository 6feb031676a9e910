import { describe, expect, it } from "vitest";
import { applicableQuestions } from "../../src/qualify/applicable-questions";
import { buildLead } from "../../src/qualify/build-lead";
import { configQuestions } from "../../src/qualify/config-questions";
import { explainScore } from "../../src/qualify/explain-score";
import { fixedProductLine } from "../../src/qualify/fixed-product-line";
import { config, configWithLines } from "./fixtures";

const analyticsOnly = { ...configWithLines, productLines: { analytics: configWithLines.productLines.analytics! } };
const ids = (qs: { id: string }[]) => qs.map((q) => q.id);

describe("fixedProductLine", () => {
  it("takes the given line, then config.productLine, then a lone product line", () => {
    expect(fixedProductLine(configWithLines, "crm")).toBe("crm");
    expect(fixedProductLine({ ...configWithLines, productLine: "analytics" })).toBe("analytics");
    expect(fixedProductLine(analyticsOnly)).toBe("analytics");
  });

  it("leaves the choice to the visitor when there are several lines, and has none without lines", () => {
    expect(fixedProductLine(configWithLines)).toBeUndefined();
    expect(fixedProductLine(configWithLines, null)).toBeUndefined();
    expect(fixedProductLine(config)).toBeUndefined();
  });
});

describe("a lone product line", () => {
  it("is never asked: no picker, and its questions follow the core", () => {
    const list = ids(applicableQuestions(analyticsOnly, {}));
    expect(list).not.toContain("productLine");
    expect(list.slice(-2)).toEqual(["warehouse", "consent"]);
    expect(ids(configQuestions(analyticsOnly))).not.toContain("productLine");
  });

  it("is scored and carried by the lead without anyone naming it", () => {
    expect(explainScore(analyticsOnly, { warehouse: "yes" }).score.dimensions.fit).toBe(5);
    const lead = buildLead({
      config: analyticsOnly, answers: { warehouse: "yes" }, leadId: "7b0c6a52-3f1e-4d8a-9a55-2f1f7b1d2c3e", visitorId: null,
      submittedAt: new Date("2026-11-23T12:00:00.000Z"), consent: null,
      context: { pageUrl: "", referrer: "", locale: "en", utm: {}, params: {}, startedAt: "2026-11-23T11:59:00.000Z", durationMs: 1, visit: 1 },
    });
    expect(lead.productLine).toBe("analytics");
  });
});
