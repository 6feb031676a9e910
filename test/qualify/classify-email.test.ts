import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyEmail } from "../../src/qualify/classify-email";
import { DISPOSABLE_DOMAINS } from "../../src/qualify/disposable-domains";
import { FREE_MAIL_DOMAINS } from "../../src/qualify/free-mail-domains";

describe("classifyEmail", () => {
  it("recognises common free-mail providers, case-insensitively", () => {
    for (const email of ["ana@gmail.com", "Ana@GMail.COM", "x@web.de", "x@t-online.de", "x@proton.me", "x@qq.com", "x@laposte.net"]) {
      expect(classifyEmail(email), email).toMatchObject({ valid: true, free: true, disposable: false });
    }
  });

  it("recognises country domains of providers that run one per country", () => {
    for (const domain of ["yahoo.co.uk", "yahoo.fr", "hotmail.de", "hotmail.com.br", "yandex.ru", "gmx.at", "outlook.de"]) {
      expect(classifyEmail(`x@${domain}`).free, domain).toBe(true);
    }
    expect(classifyEmail("x@yahoo.acme.io").free).toBe(false);
  });

  it("recognises disposable inboxes, subdomains and multi-TLD services included", () => {
    for (const email of ["a@mailinator.com", "a@team.mailinator.com", "a@guerrillamail.net", "a@trashmail.de", "a@10minutemail.com", "a@yopmail.com"]) {
      expect(classifyEmail(email), email).toMatchObject({ disposable: true, free: false });
    }
  });

  it("leaves business domains unclassified and reports the domain", () => {
    expect(classifyEmail("ana@acme.io")).toEqual({ valid: true, domain: "acme.io", free: false, disposable: false });
  });

  it("rejects addresses with spaces, without @ or TLD, or over 254 characters", () => {
    for (const bad of ["ana", "ana@acme", "ana @acme.io", "@acme.io", "ana@acme.", "ana@@acme.io", `${"a".repeat(60)}@${"b".repeat(200)}.com`]) {
      expect(classifyEmail(bad).valid, bad).toBe(false);
    }
    expect(classifyEmail("ana").domain).toBeNull();
  });

  it("keeps lists of about 60 free-mail and 30 disposable domains, without duplicates or overlap", () => {
    expect(FREE_MAIL_DOMAINS.length).toBeGreaterThanOrEqual(60);
    expect(DISPOSABLE_DOMAINS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(FREE_MAIL_DOMAINS).size).toBe(FREE_MAIL_DOMAINS.length);
    expect(new Set(DISPOSABLE_DOMAINS).size).toBe(DISPOSABLE_DOMAINS.length);
    expect(FREE_MAIL_DOMAINS.filter((d) => DISPOSABLE_DOMAINS.includes(d))).toEqual([]);
  });

  it("never throws and never calls an address both free and disposable", () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.emailAddress()), (email) => {
      const result = classifyEmail(email);
      expect(result.free && result.disposable).toBe(false);
    }));
  });

  it("accepts every address fast-check generates as an email", () => {
    fc.assert(fc.property(fc.emailAddress(), (email) => {
      fc.pre(email.length <= 254 && email.split("@")[0]!.length <= 64 && /\.[^.]{2,}$/.test(email));
      expect(classifyEmail(email).valid).toBe(true);
    }));
  });
});
