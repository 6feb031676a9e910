import { describe, expect, it } from "vitest";
import { isWebhookSecret, parseDestinations } from "../../src/forward/parse-destinations";
import { destinationsEnv, destinationsFile } from "./support/destinations";

const BASE = "http://127.0.0.1:9999";
const parse = (file: unknown, env: Record<string, string> = destinationsEnv(BASE), formIds?: string[]) =>
  parseDestinations(typeof file === "string" ? file : JSON.stringify(file), { env, ...(formIds ? { formIds } : {}) });
const issues = (result: ReturnType<typeof parse>) => (result.ok ? [] : result.error.map((i) => `${i.path}: ${i.message}`));

describe("parseDestinations", () => {
  it("reads every destination type with env secrets and fills the defaults", () => {
    const result = parse(destinationsFile(BASE));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const slack = result.value.destinations.get("slack-sales")!;
    expect(slack).toMatchObject({ name: "slack-sales", type: "slack", url: `${BASE}/slack/T000/B000/XXXX`, maxAttempts: 12, timeoutMs: 10_000 });
    // Chat alerts default to sales-ready leads only; CRMs get every tier (disqualified leads are kept for audit).
    expect(slack.when).toEqual({ forms: null, tiers: ["sales-ready"] });
    expect(result.value.destinations.get("hubspot")!.when).toEqual({ forms: null, tiers: null });
    expect(result.value.destinations.get("hubspot")!.rateLimit).toEqual({ limit: 50, windowMs: 10_000 });
    expect(result.value.destinations.get("salesforce")).toMatchObject({ dailyCap: 500, rateLimit: null });
    expect(result.value.destinations.get("crm")).toMatchObject({ secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" });
    expect(result.value.escalations).toEqual([{ forms: null, to: "teams-lead" }]);
  });

  it("uses HubSpot's and Salesforce's real endpoints when no url is given", () => {
    const result = parse({
      destinations: {
        hs: { type: "hubspot", portalId: "1", formGuid: "0a1b2c3d-0000", fields: { email: "email" } },
        sf: { type: "salesforce", oid: "00D5e000000AbCd", fields: { email: "email" } },
      },
    });
    expect(result.ok && result.value.destinations.get("hs")!.url).toBe("https://api.hsforms.com");
    expect(result.ok && result.value.destinations.get("sf")!.url).toBe("https://webto.salesforce.com/servlet/servlet.WebToLead?encoding=UTF-8");
  });

  it("reports every problem with its path, like lead-qualifier check", () => {
    const file = destinationsFile(BASE);
    const bad = {
      ...file,
      destinations: {
        ...file.destinations,
        crm: { type: "webhook", url: "http://hooks.example.com/x", secret: { env: "LEAD_WEBHOOK_SECRET" }, when: { tiers: ["hot"] } },
        salesforce: { type: "salesforce", oid: "12345", fields: { email: "Email Address" }, dailyCap: 0 },
        "slack-sales": { type: "slack", url: { env: "MISSING_SLACK_URL" }, maxAttempt: 3 },
        fax: { type: "fax" },
      },
      escalations: [{ to: "salesforce" }, { to: "nobody" }],
    };
    expect(issues(parse(bad))).toEqual([
      "destinations.crm.when.tiers[0]: expected one of sales-ready, sales-later, nurture, disqualified",
      "destinations.salesforce.oid: must be the org id (00D…, 15 or 18 characters)",
      "destinations.salesforce.fields.email: must be a Web-to-Lead field like email, last_name or a custom field id 00N…",
      "destinations.salesforce.dailyCap: must be at least 1",
      "destinations.slack-sales.maxAttempt: unknown key (did you mean maxAttempts?)",
      "destinations.fax.type: expected one of webhook, hubspot, salesforce, slack, teams",
      'escalations[0].to: "salesforce" is a salesforce destination; escalations go to slack, teams, webhook',
      'escalations[1].to: no destination named "nobody"',
    ]);
  });

  it("refuses plain http to another host, a missing env variable and a secret that is not whsec_", () => {
    const file = destinationsFile(BASE);
    const result = parse(
      { destinations: { crm: { ...file.destinations["crm"], url: "http://hooks.example.com/x" }, "slack-sales": file.destinations["slack-sales"] } },
      { LEAD_WEBHOOK_SECRET: "hunter2" },
    );
    expect(issues(result)).toEqual([
      "destinations.crm.url: must be an https URL (http only for localhost)",
      "destinations.crm.secret: LEAD_WEBHOOK_SECRET must be a Standard Webhooks secret: whsec_ followed by 24 to 64 bytes in base64",
      "destinations.slack-sales.url: environment variable SLACK_WEBHOOK_URL is not set",
    ]);
  });

  it("refuses filters naming a form serve does not have", () => {
    const file = destinationsFile(BASE, { escalations: [{ forms: ["acme-analytcs"], to: "teams-lead" }] });
    (file.destinations["crm"] as { when?: object }).when = { forms: ["acme-analytics", "old-form"] };
    expect(issues(parse(file, destinationsEnv(BASE), ["acme-analytics"]))).toEqual([
      'destinations.crm.when.forms[1]: no form with id "old-form" (forms: acme-analytics)',
      'escalations[0].forms[0]: no form with id "acme-analytcs" (forms: acme-analytics)',
    ]);
  });

  it("says where the JSON is broken and what a file without destinations lacks", () => {
    expect(issues(parse("{ destinations: "))[0]).toMatch(/^: invalid JSON/);
    expect(issues(parse({ destination: {} }))).toEqual(["destinations: required", "destination: unknown key (did you mean destinations?)"]);
  });
});

describe("isWebhookSecret", () => {
  it("accepts whsec_ with 24 to 64 bytes of base64 and nothing else", () => {
    expect(isWebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toBe(true);
    expect(isWebhookSecret("whsec_" + btoa("x".repeat(64)))).toBe(true);
    expect(isWebhookSecret("whsec_" + btoa("x".repeat(65)))).toBe(false);
    expect(isWebhookSecret("whsec_" + btoa("too short"))).toBe(false);
    expect(isWebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).toBe(false);
  });
});
