/* lead-qualifier kiosk service worker: lets a booth tablet reload the kiosk page while offline.
 *
 * Host it next to your kiosk page, on the same origin (browsers only accept a service worker from the
 * page's own origin; it controls the pages in its folder and below). Edit PRECACHE to list your page,
 * its script and CSS, the widget script and the form config, and bump VERSION whenever you change it.
 *
 * - Install: caches every PRECACHE file (URLs relative to this file).
 * - GET of a precached file: answered from the cache at once (so it works offline), then refreshed from
 *   the network in the background, so the next load picks up a new widget or form version.
 * - Everything else, and every POST (the leads), passes through untouched: the widget's own outbox
 *   (localStorage) keeps leads while offline and sends them when the network is back.
 */
const VERSION = "v4";
const CACHE = `lead-qualifier-kiosk-${VERSION}`;
const PRECACHE = [
  "kiosk.html",
  "kiosk.js",
  "demo.css",
  "favicon.svg",
  "forms/kiosk-retailtech.json",
  "booth/logo.svg",
  "booth/hero.svg",
  "/widget/lead-qualifier.js",
];
const PRECACHED = new Set(PRECACHE.map((path) => new URL(path, self.location.href).href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      Promise.all(
        PRECACHE.map((path) =>
          cache.add(new Request(path, { cache: "reload" })).catch((error) => {
            console.warn(`lead-qualifier kiosk: could not precache ${path}`, error);
          }),
        ),
      ),
    ).then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("lead-qualifier-kiosk-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.search = "";
  url.hash = "";
  if (!PRECACHED.has(url.href)) return;
  event.respondWith(cacheFirst(request, url.href, event));
});

async function cacheFirst(request, key, event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  const refresh = fetch(request).then(
    (response) => {
      if (response.ok) return cache.put(key, response.clone()).then(() => response);
      return response;
    },
    () => null,
  );
  if (cached) {
    event.waitUntil(refresh);
    return cached;
  }
  return (await refresh) ?? Response.error();
}
