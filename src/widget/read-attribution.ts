import type { Config } from "../config/types";
import { captureAttribution } from "../delivery/attribution";
import { safeStorage } from "../delivery/safe-storage";

/** UTM and extra params of the landing page, kept for the session so a later page still carries them. */
export function readAttribution(win: Window, config: Config) {
  return captureAttribution({
    url: new URL(win.location.href),
    referrer: win.document.referrer,
    // Blocked storage (privacy settings, sandboxed iframe) degrades to this page's attribution only.
    sessionStorage: safeStorage(() => win.sessionStorage, { warn: () => {} }),
    params: config.hiddenFields.params,
  });
}
