// The booth page's only script (no inline scripts: the demo runs under a strict CSP).
// Registers the kiosk service worker so the page, the widget and the form reload offline.
// The service worker file must be served from the same origin as this page (a browser rule);
// its scope is its own folder, and the pages it controls are the ones inside that scope.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("kiosk-sw.js").catch((error) => {
    console.warn("lead-qualifier kiosk: offline support is unavailable", error);
  });
}
