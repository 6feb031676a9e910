import pkg from "../package.json";
import { afterEach, describe, expect, it, vi } from "vitest";
import { start } from "../src/embed-app";
import { VERSION } from "../src/version";
import { MOUNTED_ATTRIBUTE } from "../src/widget/mount";

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

const config = { id: "embed-test", endpoint: "https://api.example.com/leads", questions: [{ id: "email", type: "email", label: "Work email", required: true }] };

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

const mounted = (element: Element) => element.hasAttribute(MOUNTED_ATTRIBUTE) && Boolean(element.shadowRoot?.querySelector("form"));

describe("the landing-page module", () => {
  it("mounts placeholders on the page, and ones added later, asking prepare for each part it loads", async () => {
    const prepare = vi.fn(async () => {});
    const first = placeholder();
    start({ window, prepare });
    await vi.waitFor(() => expect(mounted(first)).toBe(true), { timeout: 5_000 });
    const later = placeholder();
    await vi.waitFor(() => expect(mounted(later)).toBe(true), { timeout: 5_000 });
    expect(later.shadowRoot?.querySelectorAll(".lq-container")).toHaveLength(1);
    // A hand-written config is checked by the full validator, a part of its own.
    expect(prepare).toHaveBeenCalledWith("diagnostics");
  });

  it("uses a config the loader fetched early once, and asks the network for it after that", async () => {
    const early = Promise.resolve(new Response(JSON.stringify(config)));
    const fetch = vi.spyOn(window, "fetch").mockImplementation(async () => new Response(JSON.stringify(config)));
    const element = document.createElement("div");
    element.setAttribute("data-lead-qualifier", "");
    element.setAttribute("data-config", "/forms/early.json");
    document.body.append(element);
    const app = start({ window, prepare: async () => {}, prefetched: new Map([["/forms/early.json", early]]) });
    await vi.waitFor(() => expect(mounted(element)).toBe(true), { timeout: 5_000 });
    expect(fetch).not.toHaveBeenCalledWith("/forms/early.json", expect.anything());
    const other = document.createElement("div");
    document.body.append(other);
    await app.mount(other, "/forms/early.json");
    expect(fetch).toHaveBeenCalledWith("/forms/early.json", expect.anything());
  });

  it("gives the rest of the public API through load()", async () => {
    const api = await start({ window, prepare: async () => {} }).load();
    for (const name of ["validateConfig", "scoreLead", "buildLead", "localize"]) expect(typeof api[name]).toBe("function");
    expect(api.version).toBe(VERSION);
  });
});

describe("VERSION", () => {
  it("matches package.json", () => {
    expect(VERSION).toBe(pkg.version);
  });
});
