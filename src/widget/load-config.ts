import type { ConfigIssue, Result } from "../config/types";

export type ConfigLoadErrorCode = "config_unreachable" | "invalid_config";

export interface ConfigLoadError {
  code: ConfigLoadErrorCode;
  issues: ConfigIssue[];
}

export interface LoadConfigEnv {
  fetch: typeof fetch;
  document: Document;
}

/**
 * Resolves a config source into a raw (unvalidated) value. A source is an object (used as is),
 * `"#id"` of a `<script type="application/json">` element, or a URL fetched with
 * `credentials: "omit"` (a public form config never needs the visitor's cookies).
 * Never throws: an unreachable URL or unparsable JSON comes back as an error value.
 *
 * @example
 * await loadConfig("#lq-config", { fetch, document }) // { ok: true, value: { id: "acme", ... } }
 * await loadConfig("/missing.json", { fetch, document })
 * // { ok: false, error: { code: "config_unreachable", issues: [{ path: "/missing.json", message: "HTTP 404" }] } }
 */
export async function loadConfig(source: unknown, env: LoadConfigEnv): Promise<Result<unknown, ConfigLoadError>> {
  if (typeof source !== "string") return { ok: true, value: source };
  const where = source.trim();
  if (where === "") return fail("invalid_config", "config", "missing: set data-config or pass a config");
  if (where.startsWith("#")) return fromScriptElement(where, env.document);
  return fromUrl(where, env);
}

function fromScriptElement(selector: string, document: Document): Result<unknown, ConfigLoadError> {
  const element = document.getElementById(selector.slice(1));
  if (!element) return fail("invalid_config", selector, "no element with this id");
  return parseJson(element.textContent ?? "", selector, "invalid_config");
}

async function fromUrl(url: string, env: LoadConfigEnv): Promise<Result<unknown, ConfigLoadError>> {
  let response: Response;
  try {
    response = await env.fetch(url, { credentials: "omit", headers: { accept: "application/json" } });
  } catch (error) {
    return fail("config_unreachable", url, `could not be fetched (${describe(error)})`);
  }
  if (!response.ok) return fail("config_unreachable", url, `HTTP ${response.status}`);
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return fail("config_unreachable", url, `could not be read (${describe(error)})`);
  }
  return parseJson(body, url, "invalid_config");
}

function parseJson(text: string, path: string, code: ConfigLoadErrorCode): Result<unknown, ConfigLoadError> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    return fail(code, path, `not valid JSON (${describe(error)})`);
  }
}

function fail(code: ConfigLoadErrorCode, path: string, message: string): Result<unknown, ConfigLoadError> {
  return { ok: false, error: { code, issues: [{ path, message }] } };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
