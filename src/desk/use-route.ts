import { useEffect, useState } from "preact/hooks";

export type DeskRoute =
  | { view: "queue" }
  | { view: "leads" }
  | { view: "audit" }
  | { view: "report" }
  | { view: "contact"; contactId: string };

/**
 * The view a hash names: `#/queue` (default), `#/leads`, `#/audit`, `#/report`, `#/contact/<id>`.
 * Routes carry ids only, never a name or an email (no lead data in URLs or browser history).
 *
 * @example parseRoute("#/contact/7b0c…") // { view: "contact", contactId: "7b0c…" }
 */
export function parseRoute(hash: string): DeskRoute {
  const [, view, id] = /^#\/([a-z]+)(?:\/([A-Za-z0-9-]+))?$/.exec(hash) ?? [];
  if (view === "contact" && id) return { view: "contact", contactId: id };
  if (view === "leads" || view === "audit" || view === "report") return { view };
  return { view: "queue" };
}

/** The href of a route. */
export function routeHref(route: DeskRoute): string {
  return route.view === "contact" ? `#/contact/${route.contactId}` : `#/${route.view}`;
}

/** The current route, following hash changes (back/forward included). */
export function useRoute(): DeskRoute {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}
