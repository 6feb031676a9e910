import { afterEach, describe, expect, it, vi } from "vitest";
import { boot, LOADED, type AppModule } from "../../src/loader/boot";
import type { LoaderManifest } from "../../src/loader/loader-manifest";

type Global = Window & { LeadQualifier?: Record<string, unknown> };

const MANIFEST: LoaderManifest = {
  version: "9.9.9",
  dir: "lq/",
  main: "main-AAAA.js",
  files: [["main-AAAA.js", "sha256-main"], ["kiosk-BBBB.js", "sha256-kiosk"], ["shared-CCCC.js", "sha256-shared"]],
  parts: { main: [0], kiosk: [1, 2] },
};

afterEach(() => {
  delete (window as Global).LeadQualifier;
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

/** A landing-page module that records what the loader hands it. */
function fakeApp() {
  const started: Array<Parameters<AppModule["start"]>[0]> = [];
  const mount = vi.fn(async () => ({ state: "ready" }) as never);
  const load = vi.fn(async () => ({ validateConfig: () => ({ ok: true }) }));
  const module: AppModule = { start: (options) => (started.push(options), { mount, load }) };
  return { module, started, mount, load };
}

function run(options: { preload?: (href: string, integrity: string) => Promise<void>; eager?: string[] } = {}) {
  const app = fakeApp();
  const preloaded: Array<[string, string]> = [];
  const imported: string[] = [];
  const api = boot({
    window,
    manifest: MANIFEST,
    eager: options.eager ?? [],
    preload: options.preload ?? (async (href, integrity) => void preloaded.push([href, integrity])),
    importModule: async (url) => (imported.push(url), app.module),
  });
  return { api, app, preloaded, imported };
}

describe("the script-tag loader", () => {
  it("installs window.LeadQualifier at once, with the version, mount and load", () => {
    const { api } = run();
    expect((window as Global).LeadQualifier).toBe(api);
    expect(api.version).toBe("9.9.9");
    expect(typeof api.mount).toBe("function");
    expect(typeof api.load).toBe("function");
    expect(api[LOADED]).toBe(true);
  });

  it("pins the landing-page file by its hash, from the loader's own folder, before importing it", async () => {
    const { preloaded, imported, app } = run();
    await vi.waitFor(() => expect(app.started).toHaveLength(1));
    const base = new URL("lq/", document.baseURI);
    expect(preloaded).toEqual([[new URL("main-AAAA.js", base).href, "sha256-main"]]);
    expect(imported).toEqual([new URL("main-AAAA.js", base).href]);
  });

  it("hands the landing-page module a prepare that pins a part's files once each", async () => {
    const { preloaded, app } = run();
    await vi.waitFor(() => expect(app.started).toHaveLength(1));
    await app.started[0]!.prepare("kiosk");
    await app.started[0]!.prepare("kiosk");
    expect(preloaded.map(([, integrity]) => integrity)).toEqual(["sha256-main", "sha256-kiosk", "sha256-shared"]);
  });

  it("fetches the eager parts beside the landing-page file (the booth loader)", async () => {
    const { preloaded } = run({ eager: ["kiosk"] });
    await vi.waitFor(() => expect(preloaded).toHaveLength(3));
    expect(preloaded.map(([, integrity]) => integrity).sort()).toEqual(["sha256-kiosk", "sha256-main", "sha256-shared"]);
  });

  it("passes mount() and load() through to the landing-page module once it has started", async () => {
    const { api, app } = run();
    await api.mount!("#form", "/forms/a.json", { mode: "popup" });
    expect(app.mount).toHaveBeenCalledWith("#form", "/forms/a.json", { mode: "popup" });
    const loaded = await api.load!();
    expect(typeof loaded.validateConfig).toBe("function");
    expect(typeof (window as Global).LeadQualifier?.validateConfig).toBe("function");
  });

  it("does not start the widget when a file is refused, and says so in the console", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const { api, app, imported } = run({ preload: async () => Promise.reject(new Error("integrity mismatch")) });
    await expect(api.mount!("#form", {})).rejects.toThrow("integrity mismatch");
    expect(imported).toEqual([]);
    expect(app.started).toEqual([]);
    expect(consoleError).toHaveBeenCalledWith("lead-qualifier: the widget could not start.", expect.any(Error));
  });

  it("starts fetching the configs of the placeholders already on the page, and hands them over", async () => {
    const fetch = vi.spyOn(window, "fetch").mockImplementation(async () => new Response("{}"));
    for (const config of ["/forms/a.json", " /forms/a.json ", "#inline", "/forms/b.json"]) {
      const element = document.createElement("div");
      element.setAttribute("data-lead-qualifier", "");
      element.setAttribute("data-config", config);
      document.body.append(element);
    }
    const { app } = run();
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(["/forms/a.json", "/forms/b.json"]);
    expect(fetch.mock.calls[0]?.[1]).toMatchObject({ credentials: "omit" });
    await vi.waitFor(() => expect(app.started).toHaveLength(1));
    expect([...app.started[0]!.prefetched!.keys()]).toEqual(["/forms/a.json", "/forms/b.json"]);
  });

  it("does nothing the second time the script runs", () => {
    const first = run();
    const second = run();
    expect(second.api).toBe(first.api);
    expect(second.preloaded).toEqual([]);
  });
});
