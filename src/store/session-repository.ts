import type { SqlQuery } from "./sql-client";

export interface DeskSession {
  tokenHash: string;
  user: string;
  csrfToken: string;
  expiresAt: string;
}

export interface SessionRepository {
  create(session: DeskSession, now: Date): Promise<void>;
  /** The live session with this token hash, or undefined (unknown or expired). */
  find(tokenHash: string, now: Date): Promise<DeskSession | undefined>;
  delete(tokenHash: string): Promise<void>;
  /** Removes expired sessions; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

/**
 * Desk login sessions in the database, so every serve process behind a load balancer knows them
 * (no sticky sessions) and logging out ends the session everywhere. Only a hash of the cookie's token
 * is stored: a copy of the table does not let anyone sign in.
 *
 * @example await createSessionRepository(db).find(sha256(cookieToken), new Date());
 */
export function createSessionRepository(db: SqlQuery): SessionRepository {
  return {
    async create(session, now) {
      await db.query(
        "insert into desk_sessions (token_hash, user_name, csrf_token, created_at, expires_at) values ($1, $2, $3, $4, $5)",
        [session.tokenHash, session.user, session.csrfToken, now.toISOString(), session.expiresAt],
      );
    },
    async find(tokenHash, now) {
      const [row] = await db.query<{ token_hash: string; user_name: string; csrf_token: string; expires_at: Date | string }>(
        "select token_hash, user_name, csrf_token, expires_at from desk_sessions where token_hash = $1 and expires_at > $2",
        [tokenHash, now.toISOString()],
      );
      return row
        ? { tokenHash: row.token_hash, user: row.user_name, csrfToken: row.csrf_token, expiresAt: new Date(row.expires_at).toISOString() }
        : undefined;
    },
    async delete(tokenHash) {
      await db.query("delete from desk_sessions where token_hash = $1", [tokenHash]);
    },
    async deleteExpired(now) {
      const rows = await db.query("delete from desk_sessions where expires_at <= $1 returning token_hash", [now.toISOString()]);
      return rows.length;
    },
  };
}
