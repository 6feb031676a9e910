// @vitest-environment node
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { CSV_COLUMNS, csvCell, leadsToCsv } from "../../../src/widget/kiosk/leads-csv";
import type { KioskLeadRow } from "../../../src/widget/kiosk/kiosk-lead-row";
import { TIERS } from "../../../src/config/types";
import { makeLead } from "../../delivery/support/make-lead";
import { fixtureLead } from "./fixtures";

/** A strict RFC 4180 reader, written independently of the writer, to check round trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { cell += '"'; i += 2; continue; }
      if (ch === '"') { quoted = false; i += 1; continue; }
      cell += ch; i += 1; continue;
    }
    if (ch === '"' && cell === "") { quoted = true; i += 1; continue; }
    if (ch === ",") { row.push(cell); cell = ""; i += 1; continue; }
    if (ch === "\r" && text[i + 1] === "\n") { row.push(cell); rows.push(row); row = []; cell = ""; i += 2; continue; }
    cell += ch; i += 1;
  }
  if (cell !== "" || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

const row = (over: Partial<KioskLeadRow> = {}): KioskLeadRow => ({
  leadId: "7b0c9e2a-1111-4222-8333-444455556666",
  submittedAt: "2026-11-23T12:00:00.000Z",
  status: "pending",
  tier: "nurture",
  total: 45,
  ...over,
});

describe("csvCell", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvCell("Acme")).toBe("Acme");
    expect(csvCell(82)).toBe("82");
    expect(csvCell(-5)).toBe("-5");
  });

  it("writes null, undefined and non-finite numbers as empty cells", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(Number.NaN)).toBe("");
  });

  it("quotes a cell with a comma, a quote or a line break and doubles inner quotes", () => {
    expect(csvCell("Acme, Inc")).toBe('"Acme, Inc"');
    expect(csvCell('The "best" shop')).toBe('"The ""best"" shop"');
    expect(csvCell("line one\nline two")).toBe('"line one\nline two"');
    expect(csvCell("a\r\nb")).toBe('"a\r\nb"');
  });

  it("prefixes text that a spreadsheet would run as a formula with an apostrophe", () => {
    expect(csvCell("=HYPERLINK(\"http://evil\",\"x\")")).toBe("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
    expect(csvCell("+1 555 0100")).toBe("'+1 555 0100");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("\t=1")).toBe("'\t=1");
  });

  it("never lets any text cell begin with a formula character, for all strings", () => {
    fc.assert(
      fc.property(fc.string(), (value) => {
        const cell = csvCell(value);
        const content = cell.startsWith('"') ? cell.slice(1) : cell;
        expect(/^[=+\-@\t\r]/.test(content)).toBe(false);
      }),
    );
  });
});

describe("leadsToCsv", () => {
  const header = [...CSV_COLUMNS, "endpoint", "lead"];

  it("writes a header row with every fixed column, even with no leads", () => {
    expect(leadsToCsv([])).toBe(header.join(",") + "\r\n");
  });

  it("writes a full backup row: status, tier, dimensions, reasons, consent, campaign, giveaway code, answers and the lead as JSON", () => {
    const lead = makeLead({
      leadId: "7b0c9e2a-1111-4222-8333-444455556666",
      channel: "kiosk",
      campaign: { type: "trade-show", name: "RetailTech 2026" },
      answers: { email: "ana@acme.io", company: "Acme, Inc", need: ["reporting", "alerts"] },
      consent: { given: true, text: "I agree to be contacted.", at: "2026-11-23T11:59:00.000Z" },
      score: { total: 82, dimensions: { budget: 20, authority: 25, need: 17, timeframe: 20, fit: 0 }, tier: "sales-ready", reasons: ["Buying within a month", "Big team"] },
    });
    const csv = leadsToCsv([row({ lead, status: "delivered", tier: "sales-ready", total: 82, deliveredAt: "2026-11-23T12:00:05.000Z" })], "https://api.example.com/leads");
    const [names, cells] = parseCsv(csv.replace(/\r\n$/, "") + "\r\n");
    const cell = (name: string) => cells![names!.indexOf(name)];
    expect(names).toEqual([...CSV_COLUMNS, "answer:email", "answer:company", "answer:need", "endpoint", "lead"]);
    expect(cell("status")).toBe("delivered");
    expect(cell("deliveredAt")).toBe("2026-11-23T12:00:05.000Z");
    expect(cell("tier")).toBe("sales-ready");
    expect(cell("total")).toBe("82");
    expect(cell("need")).toBe("17");
    expect(cell("reasons")).toBe("Buying within a month; Big team");
    expect(cell("consentGiven")).toBe("yes");
    expect(cell("consentText")).toBe("I agree to be contacted.");
    expect(cell("consentAt")).toBe("2026-11-23T11:59:00.000Z");
    expect(cell("campaignName")).toBe("RetailTech 2026");
    expect(cell("channel")).toBe("kiosk");
    expect(cell("giveawayCode")).toBe("7B0C");
    expect(cell("answer:company")).toBe("Acme, Inc");
    expect(cell("answer:need")).toBe("reporting; alerts");
    expect(cell("endpoint")).toBe("https://api.example.com/leads");
    expect(JSON.parse(cell("lead")!)).toEqual(lead);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("round-trips any answer text and the whole lead through a strict CSV reader (apart from the formula guard)", () => {
    const text = fc.string({ unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r", "=", "-", "é", "1") });
    fc.assert(
      fc.property(fc.array(fc.record({ name: text, company: text, total: fc.integer({ min: -100, max: 200 }), tier: fc.constantFrom(...TIERS) }), { maxLength: 5 }), (specs) => {
        const rows = specs.map((spec) => row({ tier: spec.tier, total: spec.total, lead: makeLead({ answers: { name: spec.name, company: spec.company } }) }));
        const parsed = parseCsv(leadsToCsv(rows));
        expect(parsed).toHaveLength(rows.length + 1);
        const names = parsed[0]!;
        rows.forEach((original, index) => {
          const cells = parsed[index + 1]!;
          expect(cells).toHaveLength(names.length);
          const unguard = (cell: string) => (/^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
          expect(unguard(cells[names.indexOf("answer:name")]!)).toBe(original.lead?.answers.name);
          expect(unguard(cells[names.indexOf("answer:company")]!)).toBe(original.lead?.answers.company);
          expect(Number(cells[names.indexOf("total")])).toBe(original.total);
          expect(cells[names.indexOf("tier")]).toBe(original.tier);
          expect(JSON.parse(cells[names.indexOf("lead")]!)).toEqual(original.lead);
        });
      }),
    );
  });
});

describe("leadsToCsv at an assisted booth", () => {
  it("writes who captured the lead, the badge and the staff input in their own columns", () => {
    const lead = {
      ...fixtureLead("0b7e1d2c-3f1e-4d8a-9a55-2f1f7b1d2c3e", "nurture", "2026-11-23T12:00:00.000Z", "ana@acme.io"),
      capturedBy: "Ben Staff",
      deviceId: "device-1",
      badge: { raw: "MECARD:UID:RT26-1;;", format: "mecard" as const, source: "scan" as const, id: "RT26-1" },
      staff: { rating: "B" as const, note: "=wants, pricing", followUp: ["send-material" as const, "book-demo" as const], decision: { tier: "sales-later" as const, total: 40, reason: "Staff rating B" } },
    };
    const [header, row] = leadsToCsv([{ leadId: lead.leadId, submittedAt: lead.submittedAt, status: "pending", tier: "nurture", total: 40, lead }]).split("\r\n");
    const cells = header!.split(",");
    const at = (name: string) => cells.indexOf(name);
    expect(at("capturedBy")).toBeGreaterThan(at("durationMs"));
    expect(row).toContain(",Ben Staff,device-1,RT26-1,mecard,B,sales-later,send-material; book-demo,\"'=wants, pricing\",");
  });
});
