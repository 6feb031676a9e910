/* lead-qualifier kiosk service worker: lets a booth tablet reload the kiosk page while offline.
 *
 * Host it next to your kiosk page, on the same origin (browsers only accept a service worker from the
 * page's own origin; it controls the pages in its folder and below). Edit PRECACHE to list your page,
 * its script and CSS and the form config, set WIDGET to the folder the widget's files are served from,
 * and bump VERSION whenever you change this file.
 *
 * - Install: caches every PRECACHE file (URLs relative to this file) and every file of the widget, as
 *   listed by its `lead-qualifier.files.json` (the loader, and each file it loads on demand: kiosk,
 *   form kit, validator, languages), so the booth works offline whatever the config and language.
 * - GET of a widget module in `lq/` (content-hashed names, never changed in place): the cache, else the network.
 * - GET of another precached file: answered from the cache at once (so it works offline), then refreshed
 *   from the network in the background. For the widget's loader the refresh first caches every file the
 *   new loader lists, then the loader itself, so a cached loader never points at files that are not cached.
 * - Everything else, and every POST (the leads), passes through untouched: the widget's own outbox
 *   (IndexedDB) keeps leads while offline and sends them when the network is back.
 */
const VERSION = "v5";
const CACHE = `lead-qualifier-kiosk-${VERSION}`;
const WIDGET = "/widget/";
const WIDGET_LOADER = `${WIDGET}lead-qualifier.js`;
const WIDGET_FILES = `${WIDGET}lead-qualifier.files.json`;
const PRECACHE = ["kiosk.html", "kiosk.js", "demo.css", "favicon.svg", "forms/kiosk-retailtech.json", "booth/logo.svg", "booth/hero.svg"];
const href = (path) => new URL(path, self.location.href).href;
const PRECACHED = new Set([...PRECACHE, WIDGET_LOADER].map(href));

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([
          ...PRECACHE.map((path) => cache.add(new Request(path, { cache: "reload" })).catch((error) => warn(path, error))),
          cacheWidget(cache).catch((error) => warn(WIDGET, error)),
        ]),
      )
      .then(() => self.skipWaiting()),
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
  if (url.origin === self.location.origin && url.pathname.startsWith(`${WIDGET}lq/`)) {
    event.respondWith(cacheOrNetwork(request, url.href));
  } else if (PRECACHED.has(url.href)) {
    event.respondWith(cacheFirst(request, url.href, event));
  }
});

/** The loader, its file list and every file it lists, fetched fresh; the loader is stored last. */
async function cacheWidget(cache) {
  const list = await fetch(new Request(WIDGET_FILES, { cache: "reload" }));
  if (!list.ok) throw new Error(`${WIDGET_FILES}: HTTP ${list.status}`);
  const { files } = await list.clone().json();
  const modules = files.map((file) => `${WIDGET}${file.path}`).filter((path) => path !== WIDGET_LOADER);
  await Promise.all(modules.map((path) => cache.match(href(path)).then((hit) => hit ?? cache.add(path))));
  await cache.put(href(WIDGET_FILES), list);
  await cache.add(new Request(WIDGET_LOADER, { cache: "reload" }));
}

async function cacheOrNetwork(request, key) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await cache.put(key, response.clone());
  return response;
}

async function cacheFirst(request, key, event) {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(key);
  const refresh =
    key === href(WIDGET_LOADER)
      ? cacheWidget(cache).then(() => cache.match(key), () => null)
      : fetch(request).then(
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

function warn(path, error) {
  console.warn(`lead-qualifier kiosk: could not precache ${path}`, error);
}
