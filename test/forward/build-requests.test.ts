import { describe, expect, it } from "vitest";
import { buildRequest } from "../../src/forward/build-request";
import { splitName } from "../../src/forward/build-salesforce-request";
import { slackEscape } from "../../src/forward/build-slack-message";
import { teamsEscape } from "../../src/forward/build-teams-message";
import type { BuildContext, Destination } from "../../src/forward/destination-types";
import { verifyWebhook } from "../../src/server/verify-webhook";
import type { ServerLead } from "../../src/server/server-lead";
import { serverLead } from "../support/server-lead";
import { setupFor, SF_LEAD_ID_FIELD, SF_OID, SF_TIER_FIELD, WEBHOOK_SECRET } from "./support/destinations";

const BASE = "http://127.0.0.1:9999";
const setup = setupFor(BASE);
const dest = (name: string): Destination => setup.destinations.get(name)!;
const NOW = Date.parse("2026-11-23T12:00:03.000Z");
const ctx: BuildContext = { kind: "deliver", now: NOW, publicUrl: "https://leads.acme.io" };

function hotLead(overrides: Partial<ServerLead> = {}): ServerLead {
  const lead = serverLead({
    leadId: "7b0c3c1e-2f0a-4f6b-9a51-3f1d2c4b5a69",
    tier: "sales-ready",
    total: 82,
    reasons: ["Buying within a month", "Decision maker"],
    answers: { email: "ana@acme.io", name: "Ana Lima", company: "Acme", need: ["reporting", "alerts"], phone: "+49 30 1234567" },
  });
  return { ...lead, consent: { given: true, text: "I agree that Acme stores my answers.", at: lead.submittedAt }, context: { ...lead.context, params: { hutk: "0123456789abcdef0123456789abcdef" } }, ...overrides };
}

describe("the webhook request", () => {
  it("is the stored lead in a Standard Webhooks envelope, signed so verifyWebhook accepts it", async () => {
    const lead = hotLead();
    const request = await buildRequest(lead, dest("crm"), ctx);
    expect(request.url).toBe(`${BASE}/webhook`);
    expect(request.headers["webhook-id"]).toBe(lead.leadId);
    expect(request.headers["webhook-timestamp"]).toBe(String(NOW / 1000));
    expect(JSON.parse(request.body)).toEqual({ type: "lead.received", timestamp: "2026-11-23T12:00:03.000Z", data: lead });
    expect(await verifyWebhook(WEBHOOK_SECRET, request.headers, request.body, { now: NOW })).toEqual({ ok: true, id: lead.leadId, timestamp: NOW / 1000 });
  });

  it("gives an escalation its own id and event type, so a receiver deduping on webhook-id still gets it", async () => {
    const request = await buildRequest(hotLead(), dest("crm"), { ...ctx, kind: "escalate" });
    expect(request.headers["webhook-id"]).toBe("7b0c3c1e-2f0a-4f6b-9a51-3f1d2c4b5a69.escalation");
    expect(JSON.parse(request.body).type).toBe("lead.escalated");
  });
});

describe("the HubSpot request", () => {
  it("posts mapped answers and lead facts as contact fields to the v3 submit URL", async () => {
    const request = await buildRequest(hotLead(), dest("hubspot"), ctx);
    expect(request.url).toBe(`${BASE}/hubspot/submissions/v3/integration/submit/1234567/0a1b2c3d-4e5f-4a7b-8c9d-0e1f2a3b4c5d`);
    expect(request.headers).toEqual({ "Content-Type": "application/json" });
    const body = JSON.parse(request.body);
    expect(body.submittedAt).toBe(String(Date.parse("2026-11-23T12:00:00.000Z")));
    expect(body.fields).toEqual([
      { objectTypeId: "0-1", name: "email", value: "ana@acme.io" },
      { objectTypeId: "0-1", name: "firstname", value: "Ana Lima" },
      { objectTypeId: "0-1", name: "company", value: "Acme" },
      { objectTypeId: "0-1", name: "lq_need", value: "reporting;alerts" },
      { objectTypeId: "0-1", name: "lq_tier", value: "sales-ready" },
      { objectTypeId: "0-1", name: "lq_score", value: "82" },
      { objectTypeId: "0-1", name: "lq_reasons", value: "Buying within a month; Decision maker" },
      { objectTypeId: "0-1", name: "lq_lead_id", value: "7b0c3c1e-2f0a-4f6b-9a51-3f1d2c4b5a69" },
    ]);
    expect(body.context).toEqual({ pageUri: "https://www.acme.io/", pageName: "acme-analytics", hutk: "0123456789abcdef0123456789abcdef" });
    expect(body.legalConsentOptions).toEqual({
      consent: {
        consentToProcess: true,
        text: "I agree that Acme stores my answers.",
        communications: [{ value: true, subscriptionTypeId: 999, text: "I agree to receive marketing email." }],
      },
    });
  });

  it("leaves out hutk and legalConsentOptions when the lead has no consent", async () => {
    const body = JSON.parse((await buildRequest(hotLead({ consent: null }), dest("hubspot"), ctx)).body);
    expect(body.context).toEqual({ pageUri: "https://www.acme.io/", pageName: "acme-analytics" });
    expect(body).not.toHaveProperty("legalConsentOptions");
    const refused = hotLead();
    const withRefusal = JSON.parse((await buildRequest({ ...refused, consent: { ...refused.consent!, given: false } }, dest("hubspot"), ctx)).body);
    expect(withRefusal.context).not.toHaveProperty("hutk");
    expect(withRefusal).not.toHaveProperty("legalConsentOptions");
  });

  it("skips unanswered questions and names the page after the campaign when there is one", async () => {
    const lead = hotLead({ answers: { email: "ana@acme.io" }, campaign: { type: "trade-show", name: "RetailTech 2026" } });
    const body = JSON.parse((await buildRequest(lead, dest("hubspot"), ctx)).body);
    expect(body.fields.map((f: { name: string }) => f.name)).toEqual(["email", "lq_tier", "lq_score", "lq_reasons", "lq_lead_id"]);
    expect(body.context.pageName).toBe("RetailTech 2026");
  });
});

describe("the Salesforce Web-to-Lead request", () => {
  it("is form-encoded with oid, standard fields, the split name, a 00N custom field and static fields", async () => {
    const request = await buildRequest(hotLead(), dest("salesforce"), ctx);
    expect(request.url).toBe(`${BASE}/salesforce/servlet/servlet.WebToLead?encoding=UTF-8`);
    expect(request.headers["Content-Type"]).toBe("application/x-www-form-urlencoded;charset=UTF-8");
    expect(request.body).toBe(
      `oid=${SF_OID}&email=ana%40acme.io&first_name=Ana&last_name=Lima&company=Acme&phone=%2B49+30+1234567&${SF_TIER_FIELD}=sales-ready&${SF_LEAD_ID_FIELD}=7b0c3c1e-2f0a-4f6b-9a51-3f1d2c4b5a69&lead_source=Web`,
    );
    expect(Object.fromEntries(new URLSearchParams(request.body))).toMatchObject({ oid: SF_OID, first_name: "Ana", last_name: "Lima", [SF_TIER_FIELD]: "sales-ready" });
  });

  it("splits a name into first and last name, one word being the last name", () => {
    expect(splitName("Ana Lima")).toEqual(["Ana", "Lima"]);
    expect(splitName("  Maria de la Cruz ")).toEqual(["Maria", "de la Cruz"]);
    expect(splitName("Cher")).toEqual(["", "Cher"]);
  });
});

describe("the Slack message", () => {
  it("says who, company, score, reasons and respond-by, with a Claim link that carries only the leadId", async () => {
    const request = await buildRequest(hotLead(), dest("slack-sales"), ctx);
    expect(request.url).toBe(`${BASE}/slack/T000/B000/XXXX`);
    const body = JSON.parse(request.body);
    expect(body.text).toBe("Sales-ready lead: Ana Lima, Acme. Respond by 12:05 UTC.");
    expect(body.blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Sales-ready lead: Ana Lima", emoji: false } },
      {
        type: "section",
        fields: [
          { type: "mrkdwn", text: "*Who*\nAna Lima\nana@acme.io" },
          { type: "mrkdwn", text: "*Company*\nAcme" },
          { type: "mrkdwn", text: "*Score*\n82 (sales-ready)" },
          { type: "mrkdwn", text: `*Respond by*\n<!date^${Date.parse("2026-11-23T12:05:00.000Z") / 1000}^{time}|12:05 UTC>` },
        ],
      },
      { type: "section", text: { type: "mrkdwn", text: "*Why*\n• Buying within a month\n• Decision maker" } },
      {
        type: "actions",
        elements: [{ type: "button", text: { type: "plain_text", text: "Claim in the desk" }, url: "https://leads.acme.io/desk/#/contact/7b0c3c1e-2f0a-4f6b-9a51-3f1d2c4b5a69", style: "primary", action_id: "claim" }],
      },
    ]);
  });

  it("escapes a visitor's text so it cannot ping the channel or make a link", async () => {
    const lead = hotLead({ answers: { name: "<!channel> <https://evil.example|Boss>", company: "A & B" } });
    const body = JSON.parse((await buildRequest(lead, dest("slack-sales"), ctx)).body);
    const text = JSON.stringify(body.blocks.slice(1));
    expect(text).not.toMatch(/<!channel>|<https:\/\/evil/);
    expect(text).toContain("&lt;!channel&gt;");
    expect(text).toContain("A &amp; B");
    expect(slackEscape("<a>&")).toBe("&lt;a&gt;&amp;");
  });

  it("has no button without a public URL, and an escalation says how overdue the lead is", async () => {
    const escalation = JSON.parse((await buildRequest(hotLead(), dest("slack-sales"), { kind: "escalate", now: Date.parse("2026-11-23T12:08:30.000Z"), publicUrl: null })).body);
    expect(escalation.blocks.some((b: { type: string }) => b.type === "actions")).toBe(false);
    expect(escalation.blocks[0].text.text).toBe("Not claimed in time: Ana Lima");
    expect(escalation.blocks[1].fields[3].text).toMatch(/^\*Respond-by passed 3 min ago\*/);
  });
});

describe("the Teams message", () => {
  it("is one Adaptive Card in a message's attachments, with the facts, reasons, respond-by and a Claim action", async () => {
    const request = await buildRequest(hotLead(), dest("teams-lead"), ctx);
    expect(request.url).toBe(`${BASE}/teams/workflows/abc`);
    expect(JSON.parse(request.body)).toEqual({
      type: "message",
      attachments: [
        {
          contentType: "application/vnd.microsoft.card.adaptive",
          contentUrl: null,
          content: {
            $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
            type: "AdaptiveCard",
            version: "1.4",
            body: [
              { type: "TextBlock", text: "Sales-ready lead: Ana Lima", weight: "Bolder", size: "Medium", wrap: true },
              { type: "FactSet", facts: [{ title: "Who", value: "Ana Lima, ana@acme.io" }, { title: "Company", value: "Acme" }, { title: "Score", value: "82 \\(sales-ready\\)" }] },
              { type: "TextBlock", text: "**Why:** Buying within a month; Decision maker", wrap: true },
              { type: "TextBlock", text: "Respond by {{TIME(2026-11-23T12:05:00Z)}}", wrap: true, weight: "Bolder" },
            ],
            actions: [{ type: "Action.OpenUrl", title: "Claim in the desk", url: "https://leads.acme.io/desk/#/contact/7b0c3c1e-2f0a-4f6b-9a51-3f1d2c4b5a69" }],
          },
        },
      ],
    });
  });

  it("escapes Markdown in a visitor's text", () => {
    expect(teamsEscape("[click](https://x) *bold*")).toBe("\\[click\\]\\(https://x\\) \\*bold\\*");
  });
});
