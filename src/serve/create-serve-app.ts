import { join } from "node:path";
import type { Config } from "../config/types";
import { createLeadHandler, type LeadHandler, type RequestInfo } from "../server/create-lead-handler";
import type { RateLimit } from "../server/create-rate-limiter";
import type { DedupeStore } from "../server/dedupe-store";
import { createDeskApi } from "./create-desk-api";
import { DESK_CSP, DESK_PAGE } from "./desk-page";
import { DESK_API_PREFIX } from "./desk-routes";
import type { DeskStore } from "./desk-store";
import type { DeskAuth } from "./desk-users";
import { fileResponse, notFound, safeFilePath } from "./static-files";

/** Where the lead endpoint listens; the forms' `endpoint` should point here. */
export const LEADS_PATH = "/api/leads";
/** The built widget files a landing page may load from this server (besides the modules in lq/, see WIDGET_MODULE). */
export const WIDGET_FILES = [
  "lead-qualifier.js", "lead-qualifier.js.sri", "lead-qualifier-kiosk.js", "lead-qualifier-kiosk.js.sri",
  "lead-qualifier.files.json", "lead-qualifier.config.schema.json",
];
/** The files the loader fetches when needed (docs/loading-and-integrity.md): content-hashed names, never changed in place. */
const WIDGET_MODULE = /^lq\/[A-Za-z0-9_-]+\.js(\.sri)?$/;

export interface ServeAppOptions {
  /** Validated form configs; the lead endpoint accepts leads for these. */
  configs: readonly Config[];
  /** Form files by file name, served read-only at /forms/<name> for `data-config`. */
  formFiles: ReadonlyMap<string, string>;
  store: DeskStore;
  /** The lead endpoint's dedupe store (on the database, shared by every process). */
  dedupe: DedupeStore;
  /** Called once per accepted lead, before the 202. */
  saveLead: Parameters<typeof createLeadHandler>[0]["onLead"];
  auth: DeskAuth;
  allowedOrigins: readonly string[] | "*";
  /** Per-minute lead limits per IP and per form; false for none. */
  leadRateLimit?: false | { perIp?: RateLimit | false; perForm?: RateLimit | false };
  /** dist/: the widget files and dist/desk/ (the desk app). */
  distDir: string;
  /** Optional folder of pages served at / (the demo's landing pages). */
  staticDir?: string | undefined;
  /** Folders never served even when inside staticDir (the embedded database). */
  hiddenDirs?: readonly string[];
  /** Health check: resolves when the database answers. */
  ping: () => Promise<void>;
  now?: () => number;
  logError?: (message: string, error: unknown) => void;
}

/** The serve app, and its lead endpoint alone, so the Node server can give `POST /api/leads` the adapter's native path. */
export type ServeApp = ((request: Request, info?: RequestInfo) => Promise<Response>) & { leads: LeadHandler };

const PAGE_HEADERS = { "Content-Security-Policy": "default-src 'self'", "Referrer-Policy": "strict-origin-when-cross-origin", "Cache-Control": "no-cache" };
const PUBLIC_FILE_HEADERS = { "Access-Control-Allow-Origin": "*", "Cache-Control": "no-cache", "Cross-Origin-Resource-Policy": "cross-origin" };
const MODULE_HEADERS = { ...PUBLIC_FILE_HEADERS, "Cache-Control": "public, max-age=31536000, immutable" };

/**
 * Everything `lead-qualifier serve` answers, as one Web handler:
 * `POST /api/leads` (the lead handler, public), `/desk/` (the desk app) and `/desk/api/*` (session only),
 * `/widget/*` (the built script), `/forms/*` (the form configs), `/healthz`, and the optional static folder.
 *
 * @example createServer(toNodeListener(createServeApp(options), { trustProxy })).listen(8080)
 */
export function createServeApp(options: ServeAppOptions): ServeApp {
  const leads = createLeadHandler({
    configs: options.configs,
    onLead: options.saveLead,
    allowedOrigins: options.allowedOrigins,
    store: options.dedupe,
    ...(options.leadRateLimit !== undefined ? { rateLimit: options.leadRateLimit } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.logError ? { logError: options.logError } : {}),
  });
  const desk = createDeskApi({ store: options.store, auth: options.auth, ...(options.now ? { now: options.now } : {}) });
  const deskAssets = join(options.distDir, "desk");
  const hidden = options.hiddenDirs ?? [];

  const app = async (request: Request, info?: RequestInfo): Promise<Response> => {
    const { pathname } = new URL(request.url);
    if (pathname === LEADS_PATH) return leads(request, info);
    if (pathname.startsWith(DESK_API_PREFIX)) return desk(request, info);
    const readOnly = request.method === "GET" || request.method === "HEAD";
    if (!readOnly) return new Response("method not allowed", { status: 405, headers: { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" } });

    if (pathname === "/desk") return redirect("/desk/");
    if (pathname === "/desk/") return deskPage(request.method);
    if (pathname.startsWith("/desk/assets/")) {
      const file = safeFilePath(deskAssets, pathname.slice("/desk/assets".length), []);
      return file ? fileResponse(file, request.method, { "Cache-Control": "no-cache" }) : notFound();
    }
    if (pathname.startsWith("/widget/")) {
      const name = pathname.slice("/widget/".length);
      if (WIDGET_MODULE.test(name)) return fileResponse(join(options.distDir, name), request.method, MODULE_HEADERS);
      return WIDGET_FILES.includes(name) ? fileResponse(join(options.distDir, name), request.method, PUBLIC_FILE_HEADERS) : notFound();
    }
    if (pathname.startsWith("/forms/")) {
      const text = options.formFiles.get(pathname.slice("/forms/".length));
      if (text === undefined) return notFound();
      return new Response(request.method === "HEAD" ? null : text, {
        headers: { "Content-Type": "application/json; charset=utf-8", "X-Content-Type-Options": "nosniff", ...PUBLIC_FILE_HEADERS },
      });
    }
    if (pathname === "/healthz") {
      try {
        await options.ping();
        return new Response("ok", { headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
      } catch {
        return new Response("database unavailable", { status: 503, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
      }
    }
    if (options.staticDir) {
      const file = safeFilePath(options.staticDir, pathname, hidden);
      if (file) return fileResponse(file, request.method, { ...PAGE_HEADERS, "X-Content-Type-Options": "nosniff" });
      return notFound();
    }
    if (pathname === "/") return redirect("/desk/");
    return notFound();
  };
  return Object.assign(app, { leads });
}

function deskPage(method: string): Response {
  return new Response(method === "HEAD" ? null : DESK_PAGE, {
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Security-Policy": DESK_CSP,
      "X-Frame-Options": "DENY",
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-store",
    },
  });
}

function redirect(location: string): Response {
  return new Response(null, { status: 302, headers: { Location: location } });
}
