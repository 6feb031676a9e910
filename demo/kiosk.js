// The booth page's only script (no inline scripts: the demo runs under a strict CSP).
// Registers the kiosk service worker so the page, the widget and the form reload offline.
// The service worker file must be served from the same origin as this page (a browser rule);
// it controls the pages in its own folder and below.
//
// Under Trusted Types (`require-trusted-types-for 'script'`), register() only takes a
// TrustedScriptURL: a page policy that allows exactly this one file, and the CSP names it
// (`trusted-types lead-qualifier-kiosk-sw`). The widget itself needs no policy.
const SW_URL = "kiosk-sw.js";

function serviceWorkerUrl() {
  if (!window.trustedTypes) return SW_URL;
  const policy = window.trustedTypes.createPolicy("lead-qualifier-kiosk-sw", {
    createScriptURL(url) {
      if (url !== SW_URL) throw new TypeError(`unexpected service worker URL: ${url}`);
      return url;
    },
  });
  return policy.createScriptURL(SW_URL);
}

if ("serviceWorker" in navigator) {
  try {
    navigator.serviceWorker.register(serviceWorkerUrl()).catch((error) => {
      console.warn("lead-qualifier kiosk: offline support is unavailable", error);
    });
  } catch (error) {
    console.warn("lead-qualifier kiosk: offline support is unavailable", error);
  }
}
