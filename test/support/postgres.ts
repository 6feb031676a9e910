import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);
/** Debian's postgresql package (`apt-get install -y postgresql`; .ci/run installs it when missing): its newest version. */
export const POSTGRES_BIN = process.env.POSTGRES_BIN ?? debianPostgresBin();

function debianPostgresBin(): string {
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, "bin", "initdb"))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  return newest ? join(root, newest, "bin") : join(root, "15", "bin");
}

export interface TestPostgres {
  /** A connection string for the `postgres` superuser on 127.0.0.1 (trust auth, loopback only). */
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a throwaway real Postgres server in a temp folder on a free loopback port and returns its URL.
 * Postgres refuses to run as root, so when the tests run as root (CI) initdb and pg_ctl run as the
 * `postgres` user the Debian package creates. `stop()` shuts it down and deletes the folder.
 *
 * @example const pg = await startPostgres(); … await pg.stop();
 */
export async function startPostgres(): Promise<TestPostgres> {
  const dir = await mkdtemp(join(tmpdir(), "lq-postgres-"));
  const asRoot = process.getuid?.() === 0;
  const exec = (tool: string, args: string[]) =>
    asRoot ? run("runuser", ["-u", "postgres", "--", join(POSTGRES_BIN, tool), ...args]) : run(join(POSTGRES_BIN, tool), args);
  if (asRoot) {
    const { stdout } = await run("id", ["-u", "postgres"]).catch(() => {
      throw new Error("no `postgres` user: install Debian's postgresql package (apt-get install -y postgresql)");
    });
    await chown(dir, Number(stdout.trim()), Number(stdout.trim()));
  }
  const port = await freePort();
  const data = join(dir, "data");
  await exec("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8"]).catch((error: Error) => {
    throw new Error(`initdb failed (is Debian's postgresql installed at ${POSTGRES_BIN}?): ${error.message}`);
  });
  await exec("pg_ctl", [
    "-D", data, "-l", join(dir, "server.log"), "-w", "-t", "60", "start",
    "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=100`,
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await exec("pg_ctl", ["-D", data, "-m", "fast", "-w", "stop"]).catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A port the OS just handed out on loopback (closed again at once for the caller to use). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
