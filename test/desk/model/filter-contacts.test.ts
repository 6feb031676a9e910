import { describe, expect, it } from "vitest";
import { contactsToCsv } from "../../../src/desk/model/contacts-csv";
import { filterContacts, filterOptions } from "../../../src/desk/model/filter-contacts";
import { groupContacts } from "../../../src/desk/model/group-contacts";
import { deskLead, utcDay } from "./fixtures";

const ana = deskLead({ tier: "sales-ready", channel: "landing-page", campaign: { type: "webinar", name: "Spring webinar" }, answers: { email: "ana@acme.io", name: "Ana Lima", company: "Acme" }, at: "2026-11-20T10:00:00.000Z" });
const ben = deskLead({ tier: "nurture", channel: "kiosk", productLine: "retail", formId: "kiosk-retailtech", answers: { email: "ben@shop.io", name: "Ben", company: "=HYPERLINK(\"http://x\")" }, at: "2026-11-22T10:00:00.000Z" });
const cy = deskLead({ tier: "disqualified", channel: "contact-form", productLine: null, answers: { email: "cy@uni.edu", name: "Cy, the student" }, at: "2026-11-23T10:00:00.000Z" });
const contacts = groupContacts([ana, ben, cy], []);

describe("filterContacts", () => {
  it("filters by tier, channel, campaign, product line and form", () => {
    const emails = (filters: Parameters<typeof filterContacts>[1]) => filterContacts(contacts, filters, utcDay).map((c) => c.email);
    expect(emails({ tier: "nurture" })).toEqual(["ben@shop.io"]);
    expect(emails({ channel: "landing-page" })).toEqual(["ana@acme.io"]);
    expect(emails({ campaign: "Spring webinar" })).toEqual(["ana@acme.io"]);
    expect(emails({ productLine: "retail" })).toEqual(["ben@shop.io"]);
    expect(emails({ formId: "kiosk-retailtech" })).toEqual(["ben@shop.io"]);
    expect(emails({ tier: "", channel: "" })).toHaveLength(3);
  });

  it("filters by received day, both ends inclusive", () => {
    expect(filterContacts(contacts, { from: "2026-11-22", to: "2026-11-22" }, utcDay).map((c) => c.email)).toEqual(["ben@shop.io"]);
    expect(filterContacts(contacts, { from: "2026-11-21" }, utcDay)).toHaveLength(2);
  });

  it("searches name, email and company without regard to case", () => {
    expect(filterContacts(contacts, { search: "ACME" }, utcDay).map((c) => c.email)).toEqual(["ana@acme.io"]);
    expect(filterContacts(contacts, { search: "student" }, utcDay).map((c) => c.email)).toEqual(["cy@uni.edu"]);
    expect(filterContacts(contacts, { search: "nobody" }, utcDay)).toEqual([]);
  });

  it("offers every channel, campaign, product line and form seen", () => {
    expect(filterOptions(contacts)).toEqual({
      channels: ["contact-form", "kiosk", "landing-page"],
      campaigns: ["Spring webinar"],
      productLines: ["analytics", "retail"],
      formIds: ["acme-analytics", "kiosk-retailtech"],
    });
  });
});

describe("contactsToCsv", () => {
  it("writes one row per contact with quoted commas and formulas turned into text", () => {
    const csv = contactsToCsv(filterContacts(contacts, {}, utcDay));
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^name,email,company,tier,score,reasons,history,/);
    expect(lines).toHaveLength(5);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"Cy, the student"`);
    expect(csv).not.toMatch(/(^|,)=/m);
    expect(csv.endsWith("\r\n")).toBe(true);
  });
});
