import { afterAll, beforeAll } from "vitest";
import type { SqlClient } from "../../../src/store/sql-client";
import { openPglite } from "../../../src/store/pglite-client";
import { migrate } from "../../../src/store/migration";
import { MIGRATIONS } from "../../../src/store/migrations";
import { createLeadRepository } from "../../../src/store/lead-repository";
import { createEventRepository } from "../../../src/store/event-repository";
import { createSessionRepository } from "../../../src/store/session-repository";
import type { DeskStore } from "../../../src/serve/desk-store";

export interface DeskHarness {
  db: SqlClient;
  store: DeskStore;
}

/** One in-memory embedded database with the schema, for the file's tests (PGlite takes a second to start). */
export function useDeskStore(): DeskHarness {
  const harness = {} as DeskHarness;
  beforeAll(async () => {
    harness.db = await openPglite();
    await migrate(harness.db, MIGRATIONS);
    harness.store = { leads: createLeadRepository(harness.db), events: createEventRepository(harness.db), sessions: createSessionRepository(harness.db) };
  }, 60_000); // PGlite compiles its WebAssembly first: seconds on a busy machine
  afterAll(async () => harness.db?.close());
  return harness;
}

/** A desk API request helper: JSON in, same-origin headers, an optional session cookie and CSRF token. */
export function deskRequest(
  path: string,
  options: { method?: string; body?: unknown; cookie?: string; csrf?: string; origin?: string | null; base?: string; headers?: Record<string, string> } = {},
): Request {
  const base = options.base ?? "http://127.0.0.1:8080";
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["Content-Type"] ??= "application/json";
  if (options.cookie) headers["Cookie"] = options.cookie;
  if (options.csrf) headers["X-CSRF-Token"] = options.csrf;
  if (options.origin !== null) headers["Origin"] = options.origin ?? base;
  return new Request(base + path, {
    method: options.method ?? (options.body !== undefined ? "POST" : "GET"),
    headers,
    ...(options.body !== undefined ? { body: typeof options.body === "string" ? options.body : JSON.stringify(options.body) } : {}),
  });
}

/** The `name=value` part of a Set-Cookie header, to send back as a Cookie header. */
export function cookieFrom(response: Response): string {
  const setCookie = response.headers.get("Set-Cookie") ?? "";
  return setCookie.split(";")[0]!;
}
