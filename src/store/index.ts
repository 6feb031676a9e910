// The lead desk's database: migrations, repositories and the handler's dedupe store. No side effects.
export { openDatabase } from "./open-database";
export type { DatabaseOptions } from "./open-database";
export type { SqlClient, SqlQuery } from "./sql-client";
export { migrate } from "./migration";
export type { Migration } from "./migration";
export { MIGRATIONS } from "./migrations";
export { createLeadRepository } from "./lead-repository";
export type { LeadRepository } from "./lead-repository";
export { createEventRepository } from "./event-repository";
export type { ClaimResult, EventRepository, LeadEvent } from "./event-repository";
export { createSessionRepository } from "./session-repository";
export type { DeskSession, SessionRepository } from "./session-repository";
export { createDbDedupeStore } from "./create-db-dedupe-store";
export type { DbDedupeStoreOptions } from "./create-db-dedupe-store";
