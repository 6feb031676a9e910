import { randomBytes } from "node:crypto";
import type { CliIo } from "../cli/cli-io";
import { hashPassword } from "./password-hash";
import { parseServeOptions, SERVE_USAGE } from "./serve-options";
import { startServe } from "./start-serve";

/**
 * `lead-qualifier serve`: runs until `io.waitForShutdown` resolves (SIGINT/SIGTERM in the bin), then
 * closes the server and the database. Exit status 0 after a clean stop, 1 when it cannot start, 2 on
 * a usage error.
 *
 * @example await runServe(["--forms", "forms", "--allowed-origin", "https://www.acme.io"], io)
 */
export async function runServe(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.includes("--help") || argv.includes("-h")) {
    for (const line of SERVE_USAGE) io.stdout(line);
    return 0;
  }
  const parsed = parseServeOptions(argv, io.env ?? {});
  if (!parsed.ok) {
    for (const problem of parsed.error) io.stderr(`lead-qualifier serve: ${problem}`);
    for (const line of SERVE_USAGE) io.stderr(line);
    return 2;
  }
  if (!io.distDir || !io.waitForShutdown) {
    io.stderr("lead-qualifier serve: this runtime cannot run a server (no distDir / waitForShutdown in CliIo)");
    return 1;
  }
  let serve;
  try {
    serve = await startServe(parsed.value, {
      distDir: io.distDir,
      log: io.stdout,
      logError: (message, error) => io.stderr(`${message}: ${error instanceof Error ? error.message : String(error)}`),
      randomPassword: () => randomBytes(9).toString("base64url"),
      env: io.env ?? {},
      ...(io.fetch ? { fetch: io.fetch } : {}),
    });
  } catch (error) {
    io.stderr(`lead-qualifier serve: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  for (const line of serve.banner) io.stdout(line);
  const signal = await io.waitForShutdown();
  io.stdout(`lead-qualifier serve: ${signal}, stopping`);
  await serve.close();
  return 0;
}

/**
 * `lead-qualifier hash-password`: reads one password from standard input (never from the arguments,
 * which other users of the machine can see) and prints its hash for the desk users file.
 *
 * @example echo -n 'correct horse' | lead-qualifier hash-password  // scrypt$17$8$1$…
 */
export async function runHashPassword(io: CliIo): Promise<number> {
  if (!io.readStdin) {
    io.stderr("lead-qualifier hash-password: no standard input in this runtime");
    return 1;
  }
  const password = (await io.readStdin()).replace(/\r?\n$/, "");
  if (password.length < 8) {
    io.stderr("lead-qualifier hash-password: give a password of at least 8 characters on standard input");
    return 2;
  }
  io.stdout(await hashPassword(password));
  return 0;
}
