import type { Config, Result } from "../config/types";
import { validateConfig } from "../config/validate-config";
import type { CliIo } from "./cli-io";

/**
 * Reads, parses and validates one config file. Failures come back as `path: message` lines
 * (the same shape the widget shows), never as exceptions.
 *
 * @example await loadConfig("forms/a.json", io) // { ok: false, error: ["questions[2].options[0].value: required"] }
 */
export async function loadConfig(path: string, io: CliIo): Promise<Result<Config, string[]>> {
  const json = await readJson(path, io);
  if (!json.ok) return { ok: false, error: [json.error] };
  const result = validateConfig(json.value);
  if (!result.ok) return { ok: false, error: result.issues.map((issue) => `${issue.path || "(root)"}: ${issue.message}`) };
  return { ok: true, value: result.config };
}

/**
 * Reads and parses a JSON file, turning "not found" and syntax errors into one readable line.
 *
 * @example await readJson("answers.json", io) // { ok: true, value: { role: "vp" } }
 */
export async function readJson(path: string, io: CliIo): Promise<Result<unknown, string>> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    return { ok: false, error: `cannot read file (${errorText(error)})` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: `invalid JSON (${errorText(error)})` };
  }
}

function errorText(error: unknown): string {
  if (error && typeof error === "object" && "code" in error && typeof error.code === "string") return error.code;
  return error instanceof Error ? error.message : String(error);
}
