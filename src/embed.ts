// The script-tag entry (dist/lead-qualifier.js, a classic script): the only module with side effects.
// A small loader: the build writes the list of the other files and their hashes into it (see
// loader/boot.ts); it installs `window.LeadQualifier` and imports the landing-page file (embed-app.ts).
import { boot } from "./loader/boot";
import type { LoaderManifest } from "./loader/loader-manifest";

declare const __LQ_MANIFEST__: LoaderManifest;
declare const __LQ_EAGER__: string[];

boot({
  window,
  manifest: __LQ_MANIFEST__,
  eager: __LQ_EAGER__,
  importModule: (url) => import(/* @vite-ignore */ url),
});
