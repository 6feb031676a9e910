import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { parseCsv } from "../../src/cli/parse-csv";
import { runImport } from "../../src/cli/run-import";
import { createLeadHandler } from "../../src/server/create-lead-handler";
import { kioskLeadRows } from "../../src/widget/kiosk/kiosk-lead-rows";
import { leadsToCsv } from "../../src/widget/kiosk/leads-csv";
import { rawConfig, validLead } from "../server/support/fixtures";

/** A receiver (the real handler) reached through a fetch that never leaves the process. */
function receiver(fail: (call: number) => Response | null = () => null) {
  const stored: string[] = [];
  const handler = createLeadHandler({ configs: [structuredClone(rawConfig)], onLead: (lead) => void stored.push(lead.leadId), rateLimit: false });
  let calls = 0;
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => fail(++calls) ?? handler(new Request(url, init)));
  return { stored, fetch: fetch as unknown as typeof globalThis.fetch, calls: () => calls };
}

function io(files: Record<string, string>, fetch: typeof globalThis.fetch) {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { readFile: async (path: string) => files[path] ?? "", stdout: (l: string) => out.push(l), stderr: (l: string) => err.push(l), fetch, sleep: async () => {} } };
}

const csvOf = (leads: ReturnType<typeof validLead>[], endpoint = "https://api.example.com/leads") =>
  "\uFEFF" + leadsToCsv(kioskLeadRows(leads.map((lead) => ({ lead, status: "pending" as const, attempts: 0, nextAttemptAt: 0, createdAt: 0 })), [], leads[0]?.formId ?? ""), endpoint);

describe("lead-qualifier import", () => {
  it("re-sends every lead of a kiosk CSV to the CSV's endpoint with its original leadId, reporting per lead", async () => {
    const leads = [validLead(), validLead(), validLead()];
    const server = receiver();
    const run = io({ "booth.csv": csvOf(leads) }, server.fetch);
    expect(await runImport(["booth.csv"], run.io)).toBe(0);
    expect(server.stored).toEqual(leads.map((l) => l.leadId));
    expect(run.out.slice(0, 3)).toEqual(leads.map((l) => `${l.leadId}: delivered (202)`));
    expect(run.out.at(-1)).toBe("imported 3 rows: 3 delivered, 0 already delivered, 0 refused, 0 not delivered, 0 skipped");
  });

  it("stores each lead exactly once when the same CSV is imported twice", async () => {
    const leads = [validLead(), validLead()];
    const server = receiver();
    await runImport(["booth.csv"], io({ "booth.csv": csvOf(leads) }, server.fetch).io);
    const again = io({ "booth.csv": csvOf(leads) }, server.fetch);
    expect(await runImport(["booth.csv"], again.io)).toBe(0);
    expect(server.stored).toHaveLength(2);
    expect(again.out.slice(0, 2)).toEqual(leads.map((l) => `${l.leadId}: already delivered (200)`));
  });

  it("retries 503 and network errors like the widget, then delivers", async () => {
    const lead = validLead();
    const server = receiver((call) => (call === 1 ? new Response(null, { status: 503 }) : call === 2 ? Promise.reject(new TypeError("fetch failed")) as never : null));
    const run = io({ "booth.csv": csvOf([lead]) }, server.fetch);
    expect(await runImport(["booth.csv", "--endpoint", "http://127.0.0.1:9/leads"], run.io)).toBe(0);
    expect(server.stored).toEqual([lead.leadId]);
  });

  it("reports a refused lead with the receiver's problem and exits 1", async () => {
    const lead = validLead({ formId: "unknown-form" });
    const server = receiver();
    const run = io({ "booth.csv": csvOf([lead]) }, server.fetch);
    expect(await runImport(["booth.csv"], run.io)).toBe(1);
    expect(run.out[0]).toMatch(new RegExp(`^${lead.leadId}: refused \\(400 invalid_lead: formId: `));
  });

  it("gives up after --max-attempts and says to run it again", async () => {
    const server = receiver(() => new Response(null, { status: 503 }));
    const run = io({ "booth.csv": csvOf([validLead()]) }, server.fetch);
    expect(await runImport(["booth.csv", "--max-attempts", "3"], run.io)).toBe(1);
    expect(server.calls()).toBe(3);
    expect(run.out[0]).toMatch(/not delivered after 3 attempts \(HTTP 503\); run the import again later/);
  });

  it("refuses a CSV without the lead column and bad arguments with usage errors", async () => {
    const server = receiver();
    expect(await runImport(["old.csv"], io({ "old.csv": "leadId,status\r\nx,pending\r\n" }, server.fetch).io)).toBe(2);
    expect(await runImport([], io({}, server.fetch).io)).toBe(2);
    expect(await runImport(["a.csv", "--max-attempts", "0"], io({}, server.fetch).io)).toBe(2);
  });
});

describe("parseCsv", () => {
  it("reads what leadsToCsv writes, whatever the answers hold", () => {
    const text = fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "\r", "=", "é") });
    fc.assert(
      fc.property(text, text, (name, company) => {
        const lead = validLead({ answers: { email: "ana@acme.io", role: "vp", name, company } as never });
        const [header, row] = parseCsv(csvOf([lead]));
        expect(JSON.parse(row![header!.indexOf("lead")]!)).toEqual(lead);
      }),
    );
  });
});
