import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanField } from "../../src/badge/badge-contact";
import { parseVCard } from "../../src/badge/parse-vcard";

const CRLF = "\r\n";
const card = (...lines: string[]) => ["BEGIN:VCARD", ...lines, "END:VCARD"].join(CRLF);

/** Escapes a vCard text value (RFC 6350 3.4). */
const escape = (value: string) => value.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\r\n|\r|\n/g, "\\n");

/** Folds a content line at the given widths (RFC 6350 3.2: CRLF then one space). */
function fold(line: string, widths: number[]): string {
  const parts: string[] = [];
  let rest = line;
  for (const width of widths) {
    if (rest.length <= width) break;
    parts.push(rest.slice(0, width));
    rest = rest.slice(width);
  }
  parts.push(rest);
  return parts.join(CRLF + " ");
}

describe("parseVCard", () => {
  it("reads name, email, company and phone from a vCard 3.0 badge", () => {
    const text = card("VERSION:3.0", "N:Lima;Ana;;;", "FN:Ana Lima", "ORG:Acme Retail;Stores", "EMAIL;TYPE=INTERNET:ana@acme-retail.example", "TEL;TYPE=WORK:+49 30 1234567");
    expect(parseVCard(text)).toEqual({ contact: { name: "Ana Lima", email: "ana@acme-retail.example", company: "Acme Retail", phone: "+49 30 1234567" } });
  });

  it("builds the name from N (given names first) when FN is missing", () => {
    expect(parseVCard(card("VERSION:3.0", "N:Lima;Ana;Maria;Dr.;"))?.contact.name).toBe("Dr. Ana Maria Lima");
  });

  it("reads vCard 4.0 URIs, groups and preferences", () => {
    const text = card(
      "VERSION:4.0",
      "FN:Ben Okafor",
      "item1.EMAIL;TYPE=home:ben@home.example",
      "item2.EMAIL;PREF=1:ben@kite.example",
      "TEL;VALUE=uri;TYPE=\"voice,cell\":tel:+1-555-0100",
      "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    );
    expect(parseVCard(text)).toEqual({
      contact: { name: "Ben Okafor", email: "ben@kite.example", phone: "+1-555-0100" },
      id: "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1",
    });
  });

  it("undoes escapes in text and structured values", () => {
    const text = card("VERSION:3.0", "FN:O\\'Neil\\, Jr.", "ORG:Smith\\; Sons\\, Ltd;Sales");
    expect(parseVCard(text)?.contact).toEqual({ name: "O\\'Neil, Jr.", company: "Smith; Sons, Ltd" });
  });

  it("unfolds folded lines with CRLF, LF or CR and a space or tab", () => {
    for (const eol of ["\r\n", "\n", "\r"]) {
      const text = ["BEGIN:VCARD", "VERSION:3.0", "FN:Ana Li", "\tma", "EMAIL:ana@ac", " me.example", "END:VCARD"].join(eol);
      expect(parseVCard(text)?.contact).toEqual({ name: "Ana Lima", email: "ana@acme.example" });
    }
  });

  it("decodes vCard 2.1 quoted-printable values in their charset, soft line breaks included", () => {
    const text = card("VERSION:2.1", "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BC=", "ller", "ORG;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:B=E4ckerei");
    expect(parseVCard(text)?.contact).toEqual({ name: "Jürgen Müller", company: "Bäckerei" });
  });

  it("decodes base64 values and falls back to UTF-8 for a charset it does not know", () => {
    const text = card("VERSION:3.0", "FN;ENCODING=b;CHARSET=x-unknown:SsO8cmdlbg==");
    expect(parseVCard(text)?.contact.name).toBe("Jürgen");
  });

  it("takes the attendee id from UID or an X-…-ID property", () => {
    expect(parseVCard(card("VERSION:3.0", "X-ATTENDEE-ID:RT26-004217"))).toEqual({ contact: {}, id: "RT26-004217" });
    expect(parseVCard(card("VERSION:3.0", "X-PAID:yes"))).toEqual({ contact: {} });
  });

  it("strips a byte order mark and ignores lines it cannot read", () => {
    expect(parseVCard("\uFEFF" + card("VERSION:3.0", "garbage without colon", ":no name", "FN:Ana"))?.contact).toEqual({ name: "Ana" });
  });

  it("returns null for text that is not a vCard", () => {
    expect(parseVCard("MECARD:N:Lima,Ana;;")).toBeNull();
    expect(parseVCard("RT26-004217")).toBeNull();
  });

  it("gives back any name, company and email written with escapes and folded anywhere (property)", () => {
    const value = fc.string({ minLength: 1, maxLength: 120, unit: "grapheme" }).filter((v) => cleanField(v) !== undefined);
    fc.assert(
      fc.property(value, value, fc.array(fc.integer({ min: 1, max: 20 }), { maxLength: 12 }), (name, company, widths) => {
        const lines = ["VERSION:3.0", `FN:${escape(name)}`, `ORG:${escape(company)};Unit`].map((line) => fold(line, widths));
        const parsed = parseVCard(card(...lines));
        expect(parsed?.contact.name).toBe(cleanField(name));
        expect(parsed?.contact.company).toBe(cleanField(company));
      }),
    );
  });

  it("never throws, whatever the text after BEGIN:VCARD (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), (rest) => {
        const parsed = parseVCard(`BEGIN:VCARD\r\n${rest}`);
        expect(parsed).not.toBeNull();
      }),
    );
  });
});
