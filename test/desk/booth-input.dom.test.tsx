import { cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it } from "vitest";
import { AllLeadsView } from "../../src/desk/all-leads-view";
import { ContactView } from "../../src/desk/contact-view";
import { toDeskLead } from "../../src/desk/model/to-desk-lead";
import { groupContacts } from "../../src/desk/model/group-contacts";
import { serverLead } from "../support/server-lead";
import { deskLead } from "./model/fixtures";
import { fakeClient } from "./fake-client";

afterEach(cleanup);

const NOW = Date.parse("2026-11-23T12:03:00.000Z");
const boothLead = toDeskLead({
  ...serverLead({ channel: "kiosk", tier: "disqualified", total: 20, reasons: ["Score below threshold"], campaign: { type: "trade-show", name: "RetailTech 2026" }, answers: { email: "dana@delta.example", name: "Dana Visitor", company: "Delta Stores" }, at: "2026-11-23T11:00:00.000Z" }),
  campaign: { type: "trade-show", name: "RetailTech 2026", booth: "B12" },
  badge: { raw: "MECARD:UID:RT26-004217;;", format: "mecard", source: "scan", id: "RT26-004217" },
  staff: { rating: "B", note: "Runs 40 stores, wants pricing for Q1", followUp: ["book-demo"], decision: { tier: "sales-later", total: 20, reason: "Staff rating B" } },
  capturedBy: "Ben Staff",
  deviceId: "device-1",
});
const webLead = deskLead({ tier: "nurture", answers: { email: "web@site.example", name: "Wes Web" } });
const contacts = groupContacts([boothLead, webLead], []);

describe("the desk shows booth staff input", () => {
  it("has an At the booth section on the contact page with the rating, both decisions, the note, follow-ups, captured by and badge id", () => {
    const contact = contacts.find((c) => c.email === "dana@delta.example")!;
    render(<ContactView contact={contact} now={NOW} client={fakeClient(contacts)} refresh={() => {}} />);
    const section = screen.getByRole("region", { name: "At the booth" });
    const fact = (label: string) => within(section).getByText(label, { selector: "dt" }).nextElementSibling?.textContent;
    expect(fact("Captured by")).toBe("Ben Staff");
    expect(fact("Badge id")).toBe("RT26-004217");
    expect(fact("Staff rating")).toBe("B");
    expect(fact("Staff decision")).toBe("sales-later score 20 (Staff rating B)");
    expect(fact("Visitor's own score")).toBe("disqualified score 20");
    expect(fact("Follow-up")).toBe("Book a demo");
    expect(fact("Staff note")).toBe("Runs 40 stores, wants pricing for Q1");
    expect(within(section).getByRole("heading", { level: 3 }).textContent).toContain("RetailTech 2026, booth B12");
    // The contact's tier follows the staff decision, and the history says so.
    expect(document.body.textContent).toContain("kiosk: disqualified → staff B: sales-later");
  });

  it("shows no booth section for a contact no booth saw", () => {
    const contact = contacts.find((c) => c.email === "web@site.example")!;
    render(<ContactView contact={contact} now={NOW} client={fakeClient(contacts)} refresh={() => {}} />);
    expect(screen.queryByRole("region", { name: "At the booth" })).toBeNull();
  });

  it("has a Staff column and a Staff rating filter in All leads, and exports the staff input", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = ((blob: Blob) => (created.push(blob), "blob:x")) as typeof URL.createObjectURL;
    URL.revokeObjectURL = () => {};
    render(<AllLeadsView contacts={contacts} now={NOW} />);
    const table = screen.getByRole("table");
    const headers = within(table).getAllByRole("columnheader").map((th) => th.textContent);
    expect(headers.at(-1)).toBe("Staff");
    const row = within(table).getAllByRole("row").find((r) => r.textContent?.includes("Dana Visitor"))!;
    expect(within(row).getAllByRole("cell").at(-1)?.textContent).toBe("B · Ben Staff");
    fireEvent.change(screen.getByLabelText("Staff rating"), { target: { value: "B" } });
    expect(screen.getByText("1 of 2 contacts")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Staff rating"), { target: { value: "A" } });
    expect(screen.getByText("0 of 2 contacts")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Staff rating"), { target: { value: "any" } });
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    const [header, line] = (await created[0]!.text()).split("\r\n");
    expect(header).toMatch(/,staffRating,staffDecision,staffNote,followUp,capturedBy,badgeIds$/);
    expect(line).toMatch(/,B,sales-later,"Runs 40 stores, wants pricing for Q1",book-demo,Ben Staff,RT26-004217$/);
  });
});
