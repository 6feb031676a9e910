import { act, cleanup, fireEvent, render, screen, within } from "@testing-library/preact";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DeskApp } from "../../src/desk/desk-app";
import { ForwardingSection } from "../../src/desk/forwarding-section";
import { capWarning, describeForwardJob, forwardStatus } from "../../src/desk/model/forward-status";
import type { DeskForwardJob, ForwardingResponse } from "../../src/desk/model/desk-types";
import { groupContacts } from "../../src/desk/model/group-contacts";
import { fakeClient } from "./fake-client";
import { deskLead } from "./model/fixtures";

afterEach(cleanup);

const NOW = Date.parse("2026-11-23T12:03:00.000Z");
const lead = deskLead({ tier: "sales-ready", answers: { email: "hana@nw.example", name: "Hana K" }, at: "2026-11-23T12:00:00.000Z" });
const [contact] = groupContacts([lead], []);
const job = (facts: Partial<DeskForwardJob>): DeskForwardJob => ({
  id: 1, leadId: lead.leadId, destination: "crm", type: "webhook", kind: "deliver", status: "delivered", attempts: 1,
  nextAttemptAt: "2026-11-23T12:00:01.000Z", lastStatus: 204, lastError: null, deliveredAt: "2026-11-23T12:00:01.000Z", requestedBy: null, ...facts,
});
const response = (jobs: DeskForwardJob[], caps: ForwardingResponse["caps"] = []): ForwardingResponse => ({ now: new Date(NOW).toISOString(), configured: true, jobs, caps });

describe("ForwardingSection", () => {
  it("shows each destination's status in words, with Retry for a failed job and Replay for a delivered one", async () => {
    const jobs = [
      job({ id: 1 }),
      job({ id: 2, destination: "hubspot", type: "hubspot", status: "dead", attempts: 12, lastStatus: 400, lastError: "400: Invalid field lq_tier" }),
      job({ id: 3, destination: "slack-sales", type: "slack", status: "retrying", attempts: 2, lastStatus: 429, lastError: "429 (Retry-After 30)", nextAttemptAt: "2026-11-23T12:03:30.000Z" }),
      job({ id: 4, destination: "teams-lead", type: "teams", kind: "escalate", status: "scheduled", attempts: 0, nextAttemptAt: "2026-11-23T12:05:00.000Z" }),
    ];
    const client = fakeClient([], {
      forwarding: vi.fn(async () => ({ ok: true as const, value: response(jobs, [{ destination: "salesforce", used: 430, cap: 500, day: "2026-11-23" }]) })),
      requeueForward: vi.fn(async (id: number) => ({ ok: true as const, value: { job: job({ id, status: "pending" }) } })),
    });
    await act(async () => { render(<ForwardingSection contact={contact!} now={NOW} client={client} refresh={() => {}} />); });
    expect(client.forwarding).toHaveBeenCalledWith([lead.leadId]);
    const rows = within(await screen.findByRole("list", { name: "Destinations" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(rows).toEqual([
      "crm · webhookDeliveredDelivered (204).Replay to crm",
      "hubspot · hubspotFailedGave up: 400: Invalid field lq_tier.Retry hubspot",
      "slack-sales · slackRetryingAttempt 2 got 429 (Retry-After 30). Next try in 0:30.",
      "Escalation to teams-lead · teamsScheduledGoes out in 2:00 if nobody claims the lead by then.",
    ]);
    expect(screen.getByText(/salesforce: 430 of 500 Web-to-Lead submissions used today \(86%\)/)).toBeTruthy();
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Retry hubspot" })); });
    expect(client.requeueForward).toHaveBeenCalledWith(2, "retry");
    expect(screen.getByRole("status").textContent).toBe("Sending to hubspot again.");
    await act(async () => { fireEvent.click(screen.getByRole("button", { name: "Replay to crm" })); });
    expect(client.requeueForward).toHaveBeenCalledWith(1, "replay");
  });

  it("shows the server's refusal when someone else was faster", async () => {
    const client = fakeClient([], {
      forwarding: vi.fn(async () => ({ ok: true as const, value: response([job({ status: "dead", lastError: "503" })]) })),
      requeueForward: vi.fn(async () => ({ ok: false as const, failure: { status: 409, error: "wrong_status", message: "Only a failed job can be retried: it is no longer failed." } })),
    });
    await act(async () => { render(<ForwardingSection contact={contact!} now={NOW} client={client} refresh={() => {}} />); });
    const retry = await screen.findByRole("button", { name: "Retry crm" });
    await act(async () => { fireEvent.click(retry); });
    expect(screen.getByRole("alert").textContent).toBe("Only a failed job can be retried: it is no longer failed.");
  });

  it("says so when serve forwards nowhere", async () => {
    await act(async () => { render(<ForwardingSection contact={contact!} now={NOW} client={fakeClient()} refresh={() => {}} />); });
    expect(await screen.findByText(/not forwarded anywhere/)).toBeTruthy();
  });
});

describe("the desk's cap warning", () => {
  it("shows on every page once a Salesforce destination has used 80% of today's cap", async () => {
    const client = fakeClient([], {
      forwarding: vi.fn(async () => ({ ok: true as const, value: response([], [{ destination: "salesforce", used: 450, cap: 500, day: "2026-11-23" }]) })),
    });
    render(<DeskApp client={client} />);
    await screen.findByRole("heading", { level: 1, name: "Hot queue" });
    expect((await screen.findByText(/^salesforce: 450 of 500 Web-to-Lead submissions used today \(90%\)\. Leads past 500 wait until tomorrow \(UTC\)\.$/)).className).toContain("banner");
    expect(client.forwarding).toHaveBeenCalledWith([]);
  });
});

describe("forward status words", () => {
  it("tells a scheduled escalation and a held-back delivery from a due or retrying job", () => {
    const at = (iso: string) => ({ status: "pending", attempts: 0, nextAttemptAt: iso });
    expect(forwardStatus({ ...at("2026-11-23T12:05:00.000Z"), kind: "escalate" }, NOW)).toBe("scheduled");
    expect(forwardStatus({ ...at("2026-11-24T00:00:00.000Z"), kind: "deliver" }, NOW)).toBe("waiting");
    expect(forwardStatus({ ...at("2026-11-23T12:00:00.000Z"), kind: "deliver" }, NOW)).toBe("pending");
    expect(forwardStatus({ ...at("2026-11-23T12:04:00.000Z"), attempts: 3, kind: "deliver" }, NOW)).toBe("retrying");
    expect(forwardStatus({ ...at("2026-11-23T12:04:00.000Z"), status: "skipped", kind: "escalate" }, NOW)).toBe("skipped");
  });

  it("explains a replay, a skipped escalation and the daily cap", () => {
    expect(describeForwardJob(job({ attempts: 3, requestedBy: "Ana Rep" }), NOW)).toBe("Delivered (204) after 3 attempts (sent again at Ana Rep's request).");
    expect(describeForwardJob(job({ status: "skipped", kind: "escalate", lastError: "claimed by Ben at 2026-11-23T12:02:10.000Z: no escalation needed" }), NOW)).toBe("Claimed by Ben at 12:02 UTC: no escalation needed.");
    expect(capWarning({ destination: "salesforce", used: 399, cap: 500, day: "2026-11-23" })).toBeNull();
    expect(capWarning({ destination: "salesforce", used: 400, cap: 500, day: "2026-11-23" })).toMatch(/^salesforce: 400 of 500 .* \(80%\)/);
  });
});
