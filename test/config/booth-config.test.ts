import { describe, expect, it } from "vitest";
import { configJsonSchema } from "../../src/config/config-json-schema";
import { validateConfig } from "../../src/config/validate-config";
import type { ConfigIssue } from "../../src/config/types";

const EMAIL = { id: "email", type: "email", label: "Email", required: true };
const NAME = { id: "name", type: "text", label: "Name" };
const BOOTH = { id: "booth", endpoint: "https://api.example.com/leads", mode: "kiosk", questions: [EMAIL, NAME] };

function issuesOf(input: unknown): ConfigIssue[] {
  const result = validateConfig(input);
  if (result.ok) throw new Error("expected the config to be rejected");
  return result.issues;
}

describe("the booth settings of a config", () => {
  it("accepts assisted mode, a staff list, ratings, languages, badge fields and the event's dates and booth", () => {
    const result = validateConfig({
      ...BOOTH,
      campaign: { type: "trade-show", name: "RetailTech 2026", startDate: "2026-11-23", endDate: "2026-11-25", booth: "B12" },
      kiosk: {
        assisted: true,
        staff: ["Ana Staff", "Ben Staff"],
        ratings: { A: { tier: "sales-ready", label: { en: "Hot", de: "Heiß" } }, C: { adjust: -10 }, D: {} },
        languages: ["en", "de"],
        badge: { scan: true, fields: { name: "name", email: "email" } },
      },
    });
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.config.kiosk).toMatchObject({ assisted: true, staff: ["Ana Staff", "Ben Staff"], languages: ["en", "de"] });
  });

  const CASES: Array<[string, unknown, ConfigIssue]> = [
    ["a rating that names a tier and adjusts", { ...BOOTH, kiosk: { ratings: { B: { tier: "nurture", adjust: 5 } } } }, { path: "kiosk.ratings.B", message: "use tier or adjust, not both" }],
    ["an adjustment beyond 100 points", { ...BOOTH, kiosk: { ratings: { A: { adjust: 500 } } } }, { path: "kiosk.ratings.A.adjust", message: "must be at most 100" }],
    ["a badge field mapped to an unknown question", { ...BOOTH, kiosk: { badge: { fields: { name: "nmae" } } } }, { path: "kiosk.badge.fields.name", message: 'unknown question "nmae" (did you mean "name"?)' }],
    ["a badge email mapped to a text question", { ...BOOTH, kiosk: { badge: { fields: { email: "name" } } } }, { path: "kiosk.badge.fields.email", message: 'must be a question of type email, "name" is text' }],
    ["the same staff name twice", { ...BOOTH, kiosk: { staff: ["Ana", "ana "] } }, { path: "kiosk.staff[1]", message: 'duplicate name "ana"' }],
    ["an empty staff name", { ...BOOTH, kiosk: { staff: [" "] } }, { path: "kiosk.staff[0]", message: "must not be empty" }],
    ["a language that is not a locale", { ...BOOTH, kiosk: { languages: ["English"] } }, { path: "kiosk.languages[0]", message: "expected a locale like en or de-AT" }],
    ["an empty language list", { ...BOOTH, kiosk: { languages: [] } }, { path: "kiosk.languages", message: "must list at least one language" }],
    ["a show date that is not a date", { ...BOOTH, campaign: { type: "trade-show", name: "X", startDate: "23.11.2026" } }, { path: "campaign.startDate", message: "expected a date like 2026-11-23" }],
    ["a show ending before it starts", { ...BOOTH, campaign: { type: "trade-show", name: "X", startDate: "2026-11-25", endDate: "2026-11-23" } }, { path: "campaign.endDate", message: "must not be before startDate (2026-11-25)" }],
  ];
  for (const [name, input, issue] of CASES) {
    it(`reports ${name} with its path`, () => {
      expect(issuesOf(input)).toContainEqual(issue);
    });
  }

  it("reports a rating letter that does not exist as an unknown key", () => {
    expect(issuesOf({ ...BOOTH, kiosk: { ratings: { E: { tier: "nurture" } } } })).toEqual([{ path: "kiosk.ratings.E", message: expect.stringMatching(/^unknown key/) }]);
  });

  it("describes the new kiosk and campaign fields in the JSON Schema", () => {
    const schema = configJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }> };
    expect(Object.keys(schema.properties.kiosk!.properties!)).toEqual(expect.arrayContaining(["assisted", "staff", "ratings", "languages", "badge"]));
    expect(Object.keys(schema.properties.campaign!.properties!)).toEqual(expect.arrayContaining(["startDate", "endDate", "booth"]));
  });
});
