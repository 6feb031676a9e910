import { describe, expect, it } from "vitest";
import { TIERS } from "../../src/config/types";
import { outcomeFor } from "../../src/widget/outcome-for";
import { makeConfig } from "./fixtures";

describe("outcomeFor", () => {
  it("gives every tier a localized default title and message", () => {
    for (const tier of TIERS) {
      const view = outcomeFor(makeConfig(), tier, "de", {});
      expect(view.title).toMatch(/\S/);
      expect(view.message).toMatch(/\S/);
      expect(view.cta).toBeNull();
    }
  });

  it("never tells a disqualified visitor they were disqualified", () => {
    for (const locale of ["en", "de", "fr", "es"]) {
      const view = outcomeFor(makeConfig(), "disqualified", locale, {});
      expect(`${view.title} ${view.message}`).not.toMatch(/disqualif|qualifi|rejected|abgelehnt/i);
    }
  });

  it("uses the configured outcome over the default, with the CTA url filled and encoded", () => {
    const config = makeConfig({
      outcomes: {
        "sales-ready": {
          title: { en: "Book a call", de: "Termin buchen" },
          message: "Pick a slot.",
          cta: { label: "Book a meeting", url: "https://cal.example.com/acme?email={email}" },
        },
      },
    });
    expect(outcomeFor(config, "sales-ready", "de", { email: "ana+1@acme.io" })).toEqual({
      title: "Termin buchen",
      message: "Pick a slot.",
      cta: { label: "Book a meeting", url: "https://cal.example.com/acme?email=ana%2B1%40acme.io" },
    });
  });

  it("drops a CTA whose url could run script", () => {
    const config = makeConfig({ outcomes: { nurture: { title: "Hi", cta: { label: "Go", url: "javascript:alert(1)" } } } });
    expect(outcomeFor(config, "nurture", "en", {}).cta).toBeNull();
  });

  it("drops a call to action whose host an answer would decide, even if the config skipped validation", () => {
    const config = makeConfig();
    const hostile = { ...config, outcomes: { ...config.outcomes, "sales-ready": { title: "T", cta: { label: "Book", url: "https://{company}/welcome" } } } };
    expect(outcomeFor(hostile, "sales-ready", "en", { company: "evil.example" }).cta).toBeNull();
    const glued = { ...config, outcomes: { ...config.outcomes, "sales-ready": { title: "T", cta: { label: "Book", url: "https://cal.example.com{x}" } } } };
    expect(outcomeFor(glued, "sales-ready", "en", { x: ".evil.example" }).cta).toBeNull();
  });
});
