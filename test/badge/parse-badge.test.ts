import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairUtf8 } from "../../src/badge/decode-text";
import { parseBadge } from "../../src/badge/parse-badge";

/** How a scanner that reads bytes as Latin-1 sees UTF-8 text. */
const asLatin1 = (text: string) => String.fromCharCode(...new TextEncoder().encode(text));

describe("parseBadge", () => {
  it("tells vCard, MeCard and plain codes apart", () => {
    expect(parseBadge("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\nEND:VCARD").format).toBe("vcard");
    expect(parseBadge("MECARD:N:Lima,Ana;;").format).toBe("mecard");
    expect(parseBadge("https://reg.example/a/42")).toEqual({ format: "text", contact: {}, id: "https://reg.example/a/42" });
  });

  it("takes a short one-line plain code as the attendee id, trimmed, and nothing longer", () => {
    expect(parseBadge("  RT26-004217 \n")).toEqual({ format: "text", contact: {}, id: "RT26-004217" });
    expect(parseBadge("line one\nline two")).toEqual({ format: "text", contact: {} });
    expect(parseBadge("x".repeat(129))).toEqual({ format: "text", contact: {} });
    expect(parseBadge("   ")).toEqual({ format: "text", contact: {} });
  });

  it("repairs UTF-8 read as Latin-1 before parsing", () => {
    expect(parseBadge(asLatin1("MECARD:N:Müller,Jürgen;ORG:Café Größe;;")).contact).toEqual({ name: "Jürgen Müller", company: "Café Größe" });
  });

  it("never throws and always answers with a format (property)", () => {
    fc.assert(fc.property(fc.string({ maxLength: 500, unit: "binary" }), (raw) => void expect(["vcard", "mecard", "text"]).toContain(parseBadge(raw).format)));
  });
});

describe("repairUtf8", () => {
  it("gives back any text whose UTF-8 bytes were read as Latin-1 (property)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 80 }), (text) => void expect(repairUtf8(asLatin1(text))).toBe(text)));
  });

  it("leaves real Latin-1 text and text beyond U+00FF alone", () => {
    expect(repairUtf8("Müller")).toBe("Müller");
    expect(repairUtf8("Łódź Ã")).toBe("Łódź Ã");
  });
});
