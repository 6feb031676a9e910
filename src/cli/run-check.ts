import { configWarnings } from "../config/config-warnings";
import type { CliIo } from "./cli-io";
import { checkExample } from "./check-example";
import { formatTable } from "./format-table";
import { loadConfig } from "./load-config";

/**
 * `lead-qualifier check <config.json | dir>...`: validates each config (issues on stderr as
 * `file: path: message`), prints warnings for what is valid but likely a mistake (`file: warning:
 * path: message`, e.g. consent without a privacy policy link), runs its `examples` through the
 * scorer and prints one aligned table. Resolves to 1 when any config is invalid or any example
 * fails, else 0 (warnings never fail a check).
 *
 * @example await runCheck(["forms"], io) // 0
 */
export async function runCheck(paths: readonly string[], io: CliIo): Promise<number> {
  const files = await expandPaths(paths, io);
  if (files.length === 0) {
    io.stderr("lead-qualifier check: no config files given (pass .json files or a directory)");
    return 2;
  }
  const rows: string[][] = [["FORM", "EXAMPLE", "EXPECTED", "ACTUAL", "RESULT"]];
  let passed = 0;
  let failed = 0;
  let invalid = 0;
  for (const file of files) {
    const loaded = await loadConfig(file, io);
    if (!loaded.ok) {
      invalid++;
      io.stderr(`${file}: invalid config`);
      for (const issue of loaded.error) io.stderr(`  ${issue}`);
      rows.push([file, "-", "-", "-", `INVALID CONFIG (${plural(loaded.error.length, "issue")})`]);
      continue;
    }
    const config = loaded.value;
    for (const warning of configWarnings(config)) io.stderr(`${file}: warning: ${warning.path}: ${warning.message}`);
    if (config.examples.length === 0) rows.push([file, "(no examples)", "-", "-", "OK"]);
    for (const example of config.examples) {
      const check = checkExample(config, example);
      const ok = check.failures.length === 0;
      if (ok) passed++;
      else failed++;
      rows.push([file, example.name, check.expected, check.actual, ok ? "PASS" : `FAIL  ${check.failures.join("; ")}`]);
    }
  }
  for (const line of formatTable(rows)) io.stdout(line);
  io.stdout("");
  io.stdout(
    `${plural(files.length, "config")}${invalid ? ` (${invalid} invalid)` : ""}, ` +
      `${plural(passed + failed, "example")}: ${passed} passed, ${failed} failed`,
  );
  return invalid > 0 || failed > 0 ? 1 : 0;
}

/** Files stay as given (the shell expands globs); a directory becomes its *.json files, sorted. */
async function expandPaths(paths: readonly string[], io: CliIo): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const entries = io.listDir ? await io.listDir(path) : null;
    if (entries === null) {
      files.push(path);
      continue;
    }
    const base = path.replace(/\/+$/, "");
    files.push(...entries.filter((name) => name.endsWith(".json")).sort().map((name) => `${base}/${name}`));
  }
  return files;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
