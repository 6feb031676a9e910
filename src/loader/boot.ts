import type { MountOverrides } from "../widget/mount-overrides";
import type { WidgetHandle } from "../widget/widget-handle";
import type { LoaderManifest } from "./loader-manifest";

/** Set on `window.LeadQualifier` by the loader, so a second copy of the script knows to stand down. */
export const LOADED = "__leadQualifierLoaded";

/** What the loader hands the landing-page module. */
export interface AppStartOptions {
  window: Window;
  /** Fetches a part's files pinned by their integrity hashes; resolves when they may be imported. */
  prepare(name: string): Promise<void>;
  /** Config requests the loader started while the landing-page file was on its way, by `data-config` URL. */
  prefetched?: Map<string, Promise<Response>>;
}

/** What the landing-page module gives back: the functions behind `window.LeadQualifier`. */
export interface App {
  mount(target: Element | string, config: unknown, overrides?: MountOverrides): Promise<WidgetHandle>;
  /** The rest of the public API (validateConfig, scoreLead, buildLead, localize), loaded on demand. */
  load(): Promise<Record<string, unknown>>;
}

export interface AppModule {
  start(options: AppStartOptions): App;
}

/** `window.LeadQualifier` in the script-tag build. */
export interface LeadQualifierGlobal {
  version: string;
  mount: App["mount"];
  load: App["load"];
  [LOADED]: true;
  [name: string]: unknown;
}

export interface BootOptions {
  window: Window;
  manifest: LoaderManifest;
  /** `(url) => import(url)`; the loader's only way to run code. */
  importModule(url: string): Promise<unknown>;
  /** Parts to fetch at once, beside the landing-page file (the booth loader: kiosk and form kit). */
  eager?: readonly string[];
  /** Fetches one file pinned by its hash (default: `<link rel="modulepreload" integrity>`); tests pass a fake. */
  preload?: (href: string, integrity: string) => Promise<void>;
}

type Global = Window & { LeadQualifier?: Partial<LeadQualifierGlobal> };

/**
 * The script-tag loader (dist/lead-qualifier.js). Installs `window.LeadQualifier` at once (`mount` and
 * `load` wait for the code), starts fetching the configs of the placeholders on the page, fetches the
 * landing-page file and the files it imports in parallel, each
 * as `<link rel="modulepreload" integrity="sha384-…" crossorigin>` so the browser refuses any file whose
 * bytes differ from the build's, then imports it and starts it: it mounts every `[data-lead-qualifier]`.
 * Files come from the loader's own folder (`document.currentScript`), whatever page loads it.
 * Running twice does nothing the second time.
 *
 * @example boot({ window, manifest, importModule: (url) => import(url) })
 */
export function boot({ window, manifest, importModule, eager = [], preload }: BootOptions): Partial<LeadQualifierGlobal> {
  const global = window as Global;
  const existing = global.LeadQualifier;
  if (existing?.[LOADED]) return existing;

  const document = window.document;
  const script = document.currentScript as HTMLScriptElement | null;
  const base = new URL(manifest.dir, script?.src || document.baseURI);
  const url = (file: string) => new URL(file, base).href;
  const pinned = new Map<string, Promise<void>>();
  const pin = ([file, integrity]: [string, string]) => {
    let done = pinned.get(file);
    if (!done) {
      done = preload ? preload(url(file), integrity) : preloadModule(document, url(file), integrity);
      pinned.set(file, done);
      // A file that failed (offline) is fetched again next time a part needs it.
      done.catch(() => pinned.delete(file));
    }
    return done;
  };
  const prepare = (name: string): Promise<void> =>
    Promise.all((manifest.parts[name] ?? []).map((index) => pin(manifest.files[index]!))).then(() => undefined);

  // The landing-page file first (the longest wait), then the eager parts and the form configs of the
  // placeholders already on the page, fetched now rather than once that file has arrived and run.
  const main = prepare("main");
  for (const name of eager) prepare(name).catch(() => {});
  const prefetched = new Map<string, Promise<Response>>();
  for (const element of document.querySelectorAll("[data-lead-qualifier][data-config]")) {
    const source = element.getAttribute("data-config")!.trim();
    if (!source || source.startsWith("#") || prefetched.has(source)) continue;
    const response = window.fetch(source, { credentials: "omit", headers: { accept: "application/json" } });
    response.catch(() => {});
    prefetched.set(source, response);
  }
  const app = main
    .then(() => importModule(url(manifest.main)))
    .then((module) => (module as AppModule).start({ window, prepare, prefetched }));
  app.catch((error: unknown) => console.error("lead-qualifier: the widget could not start.", error));

  const api: LeadQualifierGlobal = {
    version: manifest.version,
    mount: (...args) => app.then((started) => started.mount(...args)),
    load: () =>
      app
        .then((started) => started.load())
        .then((loaded) => {
          Object.assign(api, loaded);
          return { ...api };
        }),
    [LOADED]: true,
  };
  global.LeadQualifier = api;
  return api;
}

/**
 * Fetches one module with its integrity hash; resolves once the browser has it (the module map then
 * answers the `import()` with these bytes), rejects when the hash does not match or the fetch fails.
 * Browsers without modulepreload (Safari before 17) import the file without the hash check.
 */
function preloadModule(document: Document, href: string, integrity: string): Promise<void> {
  const link = document.createElement("link");
  if (!link.relList?.supports?.("modulepreload")) return Promise.resolve();
  link.rel = "modulepreload";
  link.href = href;
  link.integrity = integrity;
  link.crossOrigin = "anonymous";
  return new Promise((resolve, reject) => {
    link.onload = () => resolve();
    link.onerror = () =>
      reject(new Error(`lead-qualifier: ${href} was refused: its Subresource Integrity hash does not match, or it could not be loaded`));
    (document.head ?? document.documentElement).append(link);
  });
}
