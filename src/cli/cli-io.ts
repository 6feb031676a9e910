/** What the CLI needs from the outside world; bin/lead-qualifier.js passes Node's, tests pass fakes. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** The entries of a directory, or null when `path` is not one. Without it, every path is a file. */
  listDir?(path: string): Promise<string[] | null>;
  /** Environment variables (`serve` reads PORT, DATABASE_URL, …). */
  env?: Readonly<Record<string, string | undefined>>;
  /** The package's dist/ folder, where `serve` finds the built widget and desk. */
  distDir?: string;
  /** Resolves (with the signal's name) when the process is asked to stop; `serve` runs until then. */
  waitForShutdown?(): Promise<string>;
  /** All of standard input as text (`hash-password`). */
  readStdin?(): Promise<string>;
  /** For `import`: how to POST (default: the global fetch) and wait between retries (default: setTimeout). */
  fetch?: typeof fetch;
  sleep?(ms: number): Promise<void>;
}
