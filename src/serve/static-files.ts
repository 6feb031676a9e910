import { readFile } from "node:fs/promises";
import { extname, relative, resolve, sep } from "node:path";

export const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".webmanifest": "application/manifest+json",
  ".txt": "text/plain; charset=utf-8",
  ".sri": "text/plain; charset=utf-8",
};

/**
 * The file under `root` that a URL path names, or null when it must not be served: outside `root`
 * (`..`, encoded or not), a dotfile or dot-folder, inside one of `hidden` (the database folder), or a
 * type we do not serve.
 *
 * @example safeFilePath("/srv/site", "/landing.html", []) // "/srv/site/landing.html"
 */
export function safeFilePath(root: string, urlPath: string, hidden: readonly string[]): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const base = resolve(root);
  const file = resolve(base, "." + (decoded.endsWith("/") ? decoded + "index.html" : decoded));
  const rel = relative(base, file);
  if (rel.startsWith("..") || rel.split(sep).some((part) => part.startsWith("."))) return null;
  if (hidden.some((dir) => file === resolve(dir) || file.startsWith(resolve(dir) + sep))) return null;
  if (!CONTENT_TYPES[extname(file)]) return null;
  return file;
}

/**
 * A file as a Response (404 when missing), with its content type and the given headers; no body for HEAD.
 *
 * @example await fileResponse(join(dist, "lead-qualifier.js"), "GET", { "Cache-Control": "no-cache" })
 */
export async function fileResponse(file: string, method: string, headers: Record<string, string>): Promise<Response> {
  try {
    const body = await readFile(file);
    return new Response(method === "HEAD" ? null : body, {
      status: 200,
      headers: { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream", "X-Content-Type-Options": "nosniff", ...headers },
    });
  } catch {
    return notFound();
  }
}

export function notFound(): Response {
  return new Response("not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" } });
}

