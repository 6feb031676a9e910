import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanField } from "../../src/badge/badge-contact";
import { parseMeCard } from "../../src/badge/parse-mecard";

/** Escapes a MeCard value: `\`, `;`, `:` and `,` get a backslash. */
const escape = (value: string) => value.replace(/([\\;:,])/g, "\\$1");

describe("parseMeCard", () => {
  it("reads name (Family,Given), email, company and phone", () => {
    expect(parseMeCard("MECARD:N:Lima,Ana;EMAIL:ana@acme-retail.example;ORG:Acme Retail;TEL:+493012345;;")).toEqual({
      contact: { name: "Ana Lima", email: "ana@acme-retail.example", company: "Acme Retail", phone: "+493012345" },
    });
  });

  it("keeps an id-only badge's id and no contact", () => {
    expect(parseMeCard("MECARD:UID:RT26-004217;;")).toEqual({ contact: {}, id: "RT26-004217" });
    expect(parseMeCard("mecard:X-BADGE-ID:0042;;")).toEqual({ contact: {}, id: "0042" });
  });

  it("undoes escapes, keeps the first of repeated fields and tolerates a missing terminator", () => {
    expect(parseMeCard("MECARD:N:O\\:Neil\\, Jr.;ORG:Smith\\; Sons;TEL:111;TEL:222")).toEqual({
      contact: { name: "O:Neil, Jr.", company: "Smith; Sons", phone: "111" },
    });
  });

  it("reads a name without a comma as written, and NICKNAME when there is no N", () => {
    expect(parseMeCard("MECARD:N:Ana Lima;;")?.contact.name).toBe("Ana Lima");
    expect(parseMeCard("MECARD:NICKNAME:Ana;;")?.contact.name).toBe("Ana");
  });

  it("returns null for text that is not a MeCard", () => {
    expect(parseMeCard("BEGIN:VCARD")).toBeNull();
    expect(parseMeCard("N:Lima,Ana;;")).toBeNull();
  });

  it("gives back any family name, given name and company written with escapes (property)", () => {
    const part = fc.string({ minLength: 1, maxLength: 60, unit: "grapheme" }).filter((v) => cleanField(v) !== undefined);
    fc.assert(
      fc.property(part, part, part, (family, given, company) => {
        const parsed = parseMeCard(`MECARD:N:${escape(family)},${escape(given)};ORG:${escape(company)};;`);
        expect(parsed?.contact.name).toBe(cleanField(`${given.trim()} ${family.trim()}`));
        expect(parsed?.contact.company).toBe(cleanField(company));
      }),
    );
  });

  it("never throws on any text after MECARD: (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, unit: "binary" }), (rest) => void expect(parseMeCard(`MECARD:${rest}`)).not.toBeNull()));
  });
});
