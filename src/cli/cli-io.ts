/** What the CLI needs from the outside world; bin/lead-qualifier.js passes Node's, tests pass fakes. */
export interface CliIo {
  readFile(path: string): Promise<string>;
  stdout(line: string): void;
  stderr(line: string): void;
  /** The entries of a directory, or null when `path` is not one. Without it, every path is a file. */
  listDir?(path: string): Promise<string[] | null>;
  /** For `import`: how to POST (default: the global fetch) and wait between retries (default: setTimeout). */
  fetch?: typeof fetch;
  sleep?(ms: number): Promise<void>;
}
