// The script-tag entry (dist/lead-qualifier.js): the only module with side effects. It installs
// `window.LeadQualifier` once, then mounts every `[data-lead-qualifier]` element and any added later.
import * as api from "./index";
import { autoMountAll, watchForWidgets } from "./widget/auto-mount";

/** Set on `window.LeadQualifier` by this entry, so a second copy of the script knows to stand down. */
const LOADED = "__leadQualifierLoaded";

type Global = Window & { LeadQualifier?: Record<string, unknown> };
const global = window as Global;

// A page may include the snippet twice (a CMS block plus a template): the first copy wins, and its
// MutationObserver already covers elements added later, so the second does nothing at all.
if (!global.LeadQualifier?.[LOADED]) {
  global.LeadQualifier = {
    mount: api.mount,
    validateConfig: api.validateConfig,
    scoreLead: api.scoreLead,
    buildLead: api.buildLead,
    localize: api.localize,
    version: api.version,
    [LOADED]: true,
  };
  const start = () => {
    autoMountAll(document);
    watchForWidgets(document);
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
}
