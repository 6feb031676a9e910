import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Config } from "../config/types";
import { validateConfig } from "../config/validate-config";

export interface LoadedForms {
  configs: Config[];
  /** File name → file text, served at /forms/<name>. */
  files: Map<string, string>;
}

/**
 * Every `*.json` form config in a folder, validated. Any invalid file stops the server with all of its
 * issues as `file: path: message` lines: a form that silently refused leads would lose them.
 *
 * @example const { configs } = await loadForms("forms");
 */
export async function loadForms(dir: string): Promise<LoadedForms> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith(".json") && !name.startsWith(".")).sort();
  } catch (error) {
    throw new Error(`--forms ${dir}: cannot read the folder (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (names.length === 0) throw new Error(`--forms ${dir}: no *.json form configs in this folder`);
  const problems: string[] = [];
  const configs: Config[] = [];
  const files = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const name of names) {
    const text = await readFile(join(dir, name), "utf8");
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      problems.push(`${name}: invalid JSON (${error instanceof Error ? error.message : String(error)})`);
      continue;
    }
    const result = validateConfig(json);
    if (!result.ok) {
      problems.push(...result.issues.map((issue) => `${name}: ${issue.path || "(root)"}: ${issue.message}`));
      continue;
    }
    const other = ids.get(result.config.id);
    if (other) problems.push(`${name}: id "${result.config.id}" is also the id of ${other}`);
    ids.set(result.config.id, name);
    configs.push(result.config);
    files.set(name, text);
  }
  if (problems.length > 0) throw new Error(`invalid form config(s) in ${dir}:\n  ${problems.join("\n  ")}`);
  return { configs, files };
}
