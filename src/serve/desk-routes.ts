/** Every desk API route. Only login is reachable without a session; writes also need the CSRF token. */
export const DESK_API_ROUTES = [
  { method: "POST", path: "/desk/api/login", session: false, write: false },
  { method: "POST", path: "/desk/api/logout", session: true, write: true },
  { method: "GET", path: "/desk/api/session", session: true, write: false },
  { method: "GET", path: "/desk/api/contacts", session: true, write: false },
  { method: "POST", path: "/desk/api/claims", session: true, write: true },
  { method: "POST", path: "/desk/api/requalifications", session: true, write: true },
  { method: "GET", path: "/desk/api/forwarding", session: true, write: false },
  { method: "POST", path: "/desk/api/forwarding/retry", session: true, write: true },
  { method: "POST", path: "/desk/api/forwarding/replay", session: true, write: true },
] as const;

export type DeskRoute = (typeof DESK_API_ROUTES)[number];

export const DESK_API_PREFIX = "/desk/api/";
