import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/config/edit-distance";
import { suggestEmail } from "../../src/qualify/suggest-email";

describe("suggestEmail", () => {
  it.each([
    ["ana@gmial.com", "ana@gmail.com"],
    ["ana@gmail.con", "ana@gmail.com"],
    ["ana@hotmial.com", "ana@hotmail.com"],
    ["ana@outlok.com", "ana@outlook.com"],
    ["ana@yahooo.com", "ana@yahoo.com"],
    ["ana@gmai.com", "ana@gmail.com"],
    ["Ana.Lopez@GMIAL.CO", "Ana.Lopez@gmail.com"],
    ["ana@aol.con", "ana@aol.com"],
  ])("suggests a correction for %s", (typed, suggestion) => {
    expect(suggestEmail(typed)).toBe(suggestion);
  });

  it("fixes a TLD that does not exist on a business domain too", () => {
    expect(suggestEmail("ana@acme.con")).toBe("ana@acme.com");
  });

  it("never suggests for a known provider", () => {
    for (const email of ["ana@gmail.com", "ana@mail.com", "ana@ymail.com", "ana@gmx.net", "ana@yahoo.fr", "a@mailinator.com"]) {
      expect(suggestEmail(email), email).toBeNull();
    }
  });

  it("never suggests for business domains far from every known one, or for known look-alikes", () => {
    for (const email of ["ana@acme.io", "ana@siemens.de", "ana@bigcorp.com", "ana@cloud.com", "ana@wahoo.com", "ana@ao.com"]) {
      expect(suggestEmail(email), email).toBeNull();
    }
  });

  it("returns null for input that is not an address", () => {
    expect(suggestEmail("")).toBeNull();
    expect(suggestEmail("gmial.com")).toBeNull();
    expect(suggestEmail("@gmial.com")).toBeNull();
  });

  it("only ever suggests an address with the same local part and a different domain", () => {
    fc.assert(fc.property(fc.oneof(fc.emailAddress(), fc.string()), (email) => {
      const suggestion = suggestEmail(email);
      if (suggestion !== null) {
        const at = email.trim().lastIndexOf("@");
        expect(suggestion.startsWith(email.trim().slice(0, at + 1))).toBe(true);
        expect(suggestion.toLowerCase()).not.toBe(email.trim().toLowerCase());
      }
    }));
  });
});

describe("editDistance", () => {
  it("counts a swap of neighbours as one edit", () => {
    expect(editDistance("gmial.com", "gmail.com")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("is zero exactly for equal strings and symmetric", () => {
    fc.assert(fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
      expect(editDistance(a, b) === 0).toBe(a === b);
      expect(editDistance(a, b)).toBe(editDistance(b, a));
    }));
  });
});
