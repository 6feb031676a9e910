/** One query runner: the database itself, or one transaction on it. */
export interface SqlQuery {
  /** Runs one statement with `$1…` parameters and returns its rows. */
  query<Row = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/**
 * What the store needs from a Postgres: embedded PGlite and a `pg` pool both fit behind it, so every
 * repository runs the same SQL on either (see open-database.ts).
 */
export interface SqlClient extends SqlQuery {
  readonly kind: "embedded" | "postgres";
  /** Runs `fn` inside BEGIN … COMMIT on one connection; a throw rolls back. */
  transaction<T>(fn: (tx: SqlQuery) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
