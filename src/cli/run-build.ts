import { createHash } from "node:crypto";
import { compileConfig } from "../config/compiled-config";
import { VERSION } from "../version";
import { checkExample } from "./check-example";
import type { CliIo } from "./cli-io";
import { loadConfig } from "./load-config";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

/**
 * `lead-qualifier build <config.json>`: validates the config (every issue on stderr, as `check` does),
 * runs its examples, and prints the compiled config on stdout: the complete config (preset merged,
 * defaults filled) with this version and the SHA-256 of its content. A landing page given this file
 * renders at once, without loading the config validator; an edited or outdated file still works,
 * validated in full by the widget. Resolves to 1 on an invalid config or a failing example.
 *
 * @example await runBuild(["forms/analytics.json"], io) // stdout: {"compiled":"lead-qualifier/compiled-config@1",…}
 */
export async function runBuild(args: readonly string[], io: CliIo): Promise<number> {
  if (args.length !== 1) {
    io.stderr("usage: lead-qualifier build <config.json>   (writes the compiled config to stdout)");
    return 2;
  }
  const file = args[0]!;
  const loaded = await loadConfig(file, io);
  if (!loaded.ok) {
    io.stderr(`${file}: invalid config`);
    for (const issue of loaded.error) io.stderr(`  ${issue}`);
    return 1;
  }
  const failures = loaded.value.examples.flatMap((example) =>
    checkExample(loaded.value, example).failures.map((failure) => `examples "${example.name}": ${failure}`),
  );
  if (failures.length > 0) {
    io.stderr(`${file}: ${failures.length} failing example${failures.length === 1 ? "" : "s"} (lead-qualifier check shows them all)`);
    for (const failure of failures) io.stderr(`  ${failure}`);
    return 1;
  }
  io.stdout(JSON.stringify(compileConfig(loaded.value, VERSION, sha256)));
  return 0;
}
