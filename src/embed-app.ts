// The landing-page file of the script-tag build (dist/lq/main-*.js): what a page needs to show its
// first question. The loader (embed.ts) imports it and calls start(); it has no side effects of its own.
import type { App, AppStartOptions } from "./loader/boot";
import { VERSION } from "./version";
import { autoMountAll, watchForWidgets } from "./widget/auto-mount";
import { mount, type MountEnv } from "./widget/mount";
import { widgetParts, type PartName } from "./widget/widget-parts";

/**
 * Mounts every `[data-lead-qualifier]` of the page (once the DOM is parsed) and any added later, and
 * returns the functions behind `window.LeadQualifier`. Configs the loader fetched early are used once. Parts are fetched through the loader's
 * `prepare`, so each is pinned by its integrity hash before it is imported.
 *
 * @example start({ window, prepare: () => Promise.resolve() }).mount("#form", "/forms/a.json")
 */
export function start({ window, prepare, prefetched }: AppStartOptions): App {
  const fetch: typeof window.fetch = (input, init) => {
    // A config the loader already asked for is used once; any later request goes to the network.
    const early = typeof input === "string" ? prefetched?.get(input) : undefined;
    if (!early) return window.fetch(input, init);
    prefetched!.delete(input as string);
    return early;
  };
  const env: Partial<MountEnv> = { parts: widgetParts((name: PartName) => prepare(name)), fetch };
  const parts = env.parts!;
  const document = window.document;
  const begin = () => {
    autoMountAll(document, env);
    watchForWidgets(document, env);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", begin, { once: true });
  else begin();
  return {
    mount: (target, config, overrides) => mount(target, config, overrides, env),
    load: () =>
      parts.diagnostics().then(({ validateConfig, scoreLead, buildLead, localize }) => ({ validateConfig, scoreLead, buildLead, localize, version: VERSION })),
  };
}
