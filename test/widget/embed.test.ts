import pkg from "../../package.json";
import { afterEach, describe, expect, it, vi } from "vitest";
import { VERSION } from "../../src/version";
import { MOUNTED_ATTRIBUTE } from "../../src/widget/mount";

type Global = Window & { LeadQualifier?: Record<string, unknown> };

afterEach(() => {
  document.body.replaceChildren();
  delete (window as Global).LeadQualifier;
  vi.resetModules();
  vi.restoreAllMocks();
});

const config = { id: "embed-test", endpoint: "https://api.example.com/leads", questions: [{ id: "email", type: "email", label: "Work email" }] };

function placeholder(): HTMLElement {
  const script = document.createElement("script");
  script.type = "application/json";
  script.id = `cfg-${Math.random().toString(36).slice(2)}`;
  script.textContent = JSON.stringify(config);
  const element = document.createElement("div");
  element.setAttribute("data-lead-qualifier", "");
  element.setAttribute("data-config", `#${script.id}`);
  document.body.append(script, element);
  return element;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe("the script-tag entry", () => {
  it("installs window.LeadQualifier with the public API", async () => {
    await import("../../src/embed");
    const api = (window as Global).LeadQualifier!;
    for (const name of ["mount", "validateConfig", "scoreLead", "buildLead"]) expect(typeof api[name]).toBe("function");
    expect(api.version).toBe(VERSION);
  });

  it("mounts placeholders on the page, and ones added later", async () => {
    const first = placeholder();
    await import("../../src/embed");
    await settle();
    expect(first.hasAttribute(MOUNTED_ATTRIBUTE)).toBe(true);
    expect(first.shadowRoot?.querySelector(".lq-container")).not.toBeNull();
    const later = placeholder();
    await settle();
    expect(later.hasAttribute(MOUNTED_ATTRIBUTE)).toBe(true);
    expect(later.shadowRoot?.querySelectorAll(".lq-container")).toHaveLength(1);
  });

  it("does nothing the second time the script runs", async () => {
    const element = placeholder();
    await import("../../src/embed");
    const api = (window as Global).LeadQualifier;
    vi.resetModules();
    await import("../../src/embed");
    await settle();
    expect((window as Global).LeadQualifier).toBe(api);
    expect(element.shadowRoot?.querySelectorAll(".lq-container")).toHaveLength(1);
  });
});

describe("VERSION", () => {
  it("matches package.json", () => {
    expect(VERSION).toBe(pkg.version);
  });
});
