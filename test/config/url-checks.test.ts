import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatPath } from "../../src/config/format-issues";
import { isAllowedEndpoint, isHttpUrl, isImageUrl, placeholdersAfterHost } from "../../src/config/url-checks";
import { fillTemplate } from "../../src/widget/fill-template";

describe("isAllowedEndpoint", () => {
  it("allows https anywhere, http on this machine, and same-origin paths", () => {
    for (const ok of ["https://api.example.com/leads", "http://localhost/leads", "http://127.0.0.1:8080/x", "http://[::1]/x", "/leads"]) {
      expect(isAllowedEndpoint(ok), ok).toBe(true);
    }
  });

  it("refuses plain http elsewhere, protocol-relative urls and other schemes", () => {
    for (const bad of ["http://api.example.com/leads", "//api.example.com/leads", "/\\evil.example", "ftp://x.example", "javascript:alert(1)", "leads", ""]) {
      expect(isAllowedEndpoint(bad), bad).toBe(false);
    }
  });

  it("accepts every https url on a domain", () => {
    fc.assert(fc.property(fc.webUrl({ validSchemes: ["https"] }), (url) => {
      expect(isAllowedEndpoint(url)).toBe(true);
    }));
  });

  it("never throws on any string", () => {
    fc.assert(fc.property(fc.string(), (text) => {
      expect(typeof isAllowedEndpoint(text)).toBe("boolean");
    }));
  });
});

describe("isImageUrl", () => {
  it("accepts https pictures, http on this machine, site paths and paths relative to the page", () => {
    for (const ok of ["https://cdn.example.com/booth/logo.svg", "http://localhost:5173/logo.png", "/booth/hero.jpg", "booth/logo.svg", "logo.png"]) {
      expect(isImageUrl(ok), ok).toBe(true);
    }
  });

  it("refuses other schemes, plain http elsewhere, protocol-relative urls and blanks", () => {
    for (const bad of ["data:image/svg+xml,<svg/>", "javascript:alert(1)", "http://cdn.example.com/a.png", "//cdn.example.com/a.png", "/\\evil", "", "a b.png", "?x", "localhost:3000/a.png"]) {
      expect(isImageUrl(bad), bad).toBe(false);
    }
  });

  it("never throws on any string, and accepts what it accepts without a scheme only as a path", () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const ok = isImageUrl(text);
      if (ok && !text.startsWith("/") && !/^https?:/i.test(text)) expect(text).not.toMatch(/^[A-Za-z][A-Za-z0-9+.-]*:/);
    }));
  });
});

describe("isHttpUrl", () => {
  it("accepts http(s) links with {placeholders} and refuses scripts and relative links", () => {
    expect(isHttpUrl("https://cal.example.com/acme?email={email}")).toBe(true);
    expect(isHttpUrl("http://example.com")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "/book", "mailto:a@b.c"]) expect(isHttpUrl(bad), bad).toBe(false);
  });
});

describe("placeholdersAfterHost", () => {
  it("allows placeholders in the path, query and fragment", () => {
    for (const ok of ["https://cal.example.com/acme?email={email}", "https://x.example/{role}/book", "https://x.example?x={a}", "https://x.example#{a}", "https://x.example/plain", ""]) {
      expect(placeholdersAfterHost(ok), ok).toBe(true);
    }
  });

  it("refuses placeholders in the scheme, the host, the port or the user part", () => {
    for (const bad of ["https://{company}/welcome", "https://{company}", "https://cal.example.com{path}", "{scheme}://x.example/", "https://x.example:{port}/", "https://{user}@x.example/", "//{host}/x"]) {
      expect(placeholdersAfterHost(bad), bad).toBe(false);
    }
  });

  it("never lets a filled template reach another host when it passes, for all answers", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (path, answer) => {
        const template = `https://cal.example.com/${path.replace(/[{}]/g, "")}{company}`;
        fc.pre(placeholdersAfterHost(template));
        const filled = fillTemplate(template, { company: answer });
        expect(new URL(filled).host).toBe("cal.example.com");
      }),
    );
  });
});

describe("formatPath", () => {
  it("uses dots for keys and brackets for indexes", () => {
    expect(formatPath(["questions", 2, "options", 0, "value"])).toBe("questions[2].options[0].value");
    expect(formatPath(["outcomes", "sales-ready", "title"])).toBe("outcomes.sales-ready.title");
    expect(formatPath([])).toBe("");
  });
});
