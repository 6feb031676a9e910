import type { CliIo } from "./cli-io";
import { runBuild } from "./run-build";
import { runCheck } from "./run-check";
import { runImport } from "./run-import";
import { runScore } from "./run-score";

// The build writes dist/lead-qualifier.config.schema.json by importing this from dist/cli.js.
export { configJsonSchema } from "../config/config-json-schema";
export type { CliIo } from "./cli-io";

const USAGE = [
  "usage: lead-qualifier <command>",
  "",
  "  check <config.json | dir>...                       validate configs and run their examples",
  "  build <config.json>                                 print the compiled config a landing page loads fastest",
  "  score <config.json> <answers.json> [--product-line <key>]   explain the score of one set of answers",
  "  import <kiosk.csv> [--endpoint URL] [--max-attempts N]     re-send a kiosk CSV export's leads (exactly once per leadId)",
  "  serve --forms <dir> [--allowed-origin <url>]...     receive leads, store them, and run the lead desk (serve --help)",
  "  hash-password                                     read a password on stdin, print its hash for DESK_USERS_FILE",
  "  destinations test <name> [--destinations <file>]   send a sample lead to one forwarding destination and print its answer",
  "",
  "exit status: 0 all good (serve: stopped cleanly), 1 invalid config, failed example, lead not delivered or serve could not start, 2 usage error",
];

/**
 * The `lead-qualifier` command line, with all I/O passed in so it runs the same in a test.
 * `argv` is the arguments after the program name. Resolves to the exit status; never throws.
 *
 * @example process.exitCode = await runCli(["check", "forms"], nodeIo)
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "check":
        return await runCheck(rest, io);
      case "build":
        return await runBuild(rest, io);
      case "score":
        return await runScore(rest, io);
      case "import":
        return await runImport(rest, io);
      // Loaded on demand: the database drivers and the HTTP server are not needed by check/score.
      case "serve":
        return await (await import("../serve/run-serve-command")).runServe(rest, io);
      case "hash-password":
        return await (await import("../serve/run-serve-command")).runHashPassword(io);
      case "destinations":
        return await (await import("./run-destinations")).runDestinations(rest, io);
      case "help":
      case "--help":
      case "-h":
        for (const line of USAGE) io.stdout(line);
        return 0;
      default:
        if (command !== undefined) io.stderr(`lead-qualifier: unknown command '${command}'`);
        for (const line of USAGE) io.stderr(line);
        return 2;
    }
  } catch (error) {
    // A bug of ours, not the user's input: say so plainly rather than print a stack at them.
    io.stderr(`lead-qualifier: internal error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
