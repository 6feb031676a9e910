import { describe, expect, it } from "vitest";
import { openPage } from "./support/browser";
import { useLeadSuite } from "./support/lead-suite";
import { axeViolations } from "./support/axe";
import { completeByKeyboard, eventually, expectTheHotLead } from "./widget-helpers";

const PAGE = "/test/browser/pages/widget-inline.html";

const suite = useLeadSuite(["test/browser/pages/widget-form.json"]);

describe("a visitor on a plain page", () => {
  it("completes the form with the keyboard only and the endpoint receives the scored lead", async () => {
    suite.leads.length = 0;
    const { page, errors } = await openPage(suite.browser);
    await page.goto(suite.server.origin + PAGE);
    await completeByKeyboard(page);
    const cta = page.getByRole("link", { name: /Book a meeting/ });
    expect(await cta.getAttribute("href")).toBe("https://cal.example.com/acme?email=ana%40acme.io");
    await eventually(() => suite.leads.length === 1);
    expectTheHotLead(suite.leads[0]);
    expect(suite.leads[0]?.consent).toMatchObject({ given: true, text: "I agree that Acme may contact me about my request." });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("has zero axe-core violations on every step and on the outcome", async () => {
    const { page } = await openPage(suite.browser);
    await page.goto(suite.server.origin + PAGE);
    const report: Record<string, unknown[]> = {};
    await completeByKeyboard(page, async (step) => {
      report[step] = await axeViolations(page);
    });
    expect(Object.keys(report)).toHaveLength(7);
    for (const violations of Object.values(report)) expect(violations).toEqual([]);
    await page.context().close();
  });
});

describe("under a strict Content-Security-Policy", () => {
  const policies = {
    "self-only": "default-src 'self'; style-src 'self'; connect-src 'self'",
    "SPEC 9 with Trusted Types":
      "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
      "require-trusted-types-for 'script'; trusted-types 'none'",
  };
  for (const [name, policy] of Object.entries(policies)) {
    it(`renders styled and submits with no violations (${name})`, async () => {
      suite.leads.length = 0;
      suite.server.headers["Content-Security-Policy"] = policy;
      try {
        const { page, errors } = await openPage(suite.browser);
        await page.addInitScript(() => {
          (window as any).__violations = [];
          document.addEventListener("securitypolicyviolation", (e) =>
            (window as any).__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
        });
        await page.goto(suite.server.origin + PAGE);
        const next = page.getByRole("button", { name: "Next" });
        await next.waitFor();
        expect(await next.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 95, 255)");
        await completeByKeyboard(page);
        await eventually(() => suite.leads.length === 1);
        expectTheHotLead(suite.leads[0]);
        expect(await page.evaluate(() => (window as any).__violations)).toEqual([]);
        expect(errors).toEqual([]);
        await page.context().close();
      } finally {
        delete suite.server.headers["Content-Security-Policy"];
      }
    });
  }
});
