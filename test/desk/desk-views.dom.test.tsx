import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { AllLeadsView } from "../../src/desk/all-leads-view";
import { DeskApp } from "../../src/desk/desk-app";
import { HotQueueView } from "../../src/desk/hot-queue-view";
import { LoginForm } from "../../src/desk/login-form";
import { RequalifyForm } from "../../src/desk/requalify-form";
import { groupContacts } from "../../src/desk/model/group-contacts";
import { deskLead } from "./model/fixtures";
import { fakeClient } from "./fake-client";

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const NOW = Date.parse("2026-11-23T12:03:00.000Z");
const hot = deskLead({ tier: "sales-ready", answers: { email: "hana@nw.example", name: "Hana K", company: "Northwind" }, at: "2026-11-23T12:00:00.000Z" });
const late = deskLead({ tier: "sales-ready", answers: { email: "omar@cedar.example", name: "Omar H" }, at: "2026-11-23T11:50:00.000Z" });
const student = deskLead({ tier: "disqualified", reasons: ["Student"], answers: { email: "mia@tu.example", name: "Mia F", company: "TU Berlin" }, at: "2026-11-22T10:00:00.000Z" });
const contacts = groupContacts([hot, late, student], []);

describe("HotQueueView", () => {
  it("lists waiting contacts most urgent first, says how long is left or how late it is, and claims one", async () => {
    const client = fakeClient(contacts, {
      claim: vi.fn(async (contactId: string) => ({ ok: true as const, value: { event: { id: 1, leadId: contactId, kind: "claim" as const, actor: "Ana Rep", at: new Date(NOW).toISOString() } } })),
    });
    const refresh = vi.fn();
    render(<HotQueueView contacts={contacts} now={NOW} client={client} refresh={refresh} />);
    const items = within(screen.getByRole("list", { name: "Waiting for a call" })).getAllByRole("listitem");
    expect(items.map((item) => within(item).getAllByRole("link")[0]!.textContent)).toEqual(["Omar H", "Hana K"]);
    expect(items[0]!.textContent).toContain("Overdue by 8:00");
    expect(items[1]!.textContent).toContain("Respond within 2:00");
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Claim Hana K" })); });
    expect(client.claim).toHaveBeenCalledWith(hot.leadId);
    expect(refresh).toHaveBeenCalled();
    expect(screen.getByRole("status").textContent).toBe("You claimed Hana K, 3:00 after they asked. Call them now.");
  });

  it("shows who has it when someone else claimed first", async () => {
    const client = fakeClient(contacts, { claim: vi.fn(async () => ({ ok: false as const, failure: { status: 409, error: "already_claimed", message: "Already claimed by Ben Rep." } })) });
    render(<HotQueueView contacts={contacts} now={NOW} client={client} refresh={() => {}} />);
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Claim Omar H" })); });
    expect(screen.getByRole("status").textContent).toBe("Already claimed by Ben Rep.");
  });
});

describe("LoginForm", () => {
  it("announces a wrong password and marks the fields invalid", async () => {
    const client = fakeClient([], { login: vi.fn(async () => ({ ok: false as const, failure: { status: 401, error: "wrong_credentials", message: "Wrong name or password." } })) });
    const onSignedIn = vi.fn();
    render(<LoginForm client={client} onSignedIn={onSignedIn} />);
    fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Ana" } });
    fireEvent.input(screen.getByLabelText("Password"), { target: { value: "nope" } });
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Sign in" })); });
    expect(screen.getByRole("alert").textContent).toBe("Wrong name or password.");
    expect(screen.getByLabelText("Password").getAttribute("aria-invalid")).toBe("true");
    expect(onSignedIn).not.toHaveBeenCalled();
  });
});

describe("AllLeadsView", () => {
  it("searches and filters one row per person, and exports exactly the filtered view", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => (created.push(blob), "blob:x"));
    URL.revokeObjectURL = vi.fn();
    render(<AllLeadsView contacts={contacts} now={NOW} />);
    expect(screen.getByText("3 of 3 contacts")).toBeTruthy();
    fireEvent.input(screen.getByLabelText("Search name, email or company"), { target: { value: "tu berlin" } });
    expect(screen.getByText("1 of 3 contacts")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Export CSV" }));
    const csv = await created[0]!.text();
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(2);
    expect(csv).toContain("mia@tu.example");
    fireEvent.input(screen.getByLabelText("Search name, email or company"), { target: { value: "" } });
    fireEvent.change(screen.getByLabelText("Tier"), { target: { value: "sales-ready" } });
    expect(screen.getByText("2 of 3 contacts")).toBeTruthy();
  });
});

describe("RequalifyForm", () => {
  it("requires a note, then requalifies the latest lead", async () => {
    const client = fakeClient(contacts);
    const contact = contacts.find((c) => c.email === "mia@tu.example")!;
    render(<RequalifyForm contact={contact} client={client} refresh={() => {}} />);
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Requalify" })); });
    expect(client.requalify).not.toHaveBeenCalled();
    expect(screen.getByLabelText("Note (why the rule got it wrong)").getAttribute("aria-invalid")).toBe("true");
    fireEvent.input(screen.getByLabelText("Note (why the rule got it wrong)"), { target: { value: "Lab manager, buys for the faculty" } });
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Requalify" })); });
    expect(client.requalify).toHaveBeenCalledWith(student.leadId, "sales-ready", "Lab manager, buys for the faculty");
    expect(screen.getByRole("status").textContent).toContain("The original score is kept.");
  });
});

describe("DeskApp", () => {
  it("shows the login when there is no session, and the desk with the queue once signed in", async () => {
    const client = fakeClient(contacts, { session: vi.fn(async () => ({ ok: false as const, failure: { status: 401, error: "unauthorized", message: "Sign in" } })) });
    render(<DeskApp client={client} />);
    await screen.findByRole("button", { name: "Sign in" });
    expect(document.body.textContent).not.toContain("Hana");
    fireEvent.input(screen.getByLabelText("Name"), { target: { value: "Ana Rep" } });
    fireEvent.input(screen.getByLabelText("Password"), { target: { value: "pw" } });
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Sign in" })); });
    await screen.findByRole("heading", { level: 1, name: "Hot queue" });
    await screen.findByRole("link", { name: "Hana K" });
    expect(client.contacts).toHaveBeenCalled();
    await vi.waitFor(() => expect(document.title).toBe("(2) Lead desk"));
  });
});
