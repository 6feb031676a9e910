import "./zod-setup";
import { configSchema } from "./config-schema";
import { crossCheck } from "./cross-check";
import { formatIssues } from "./format-issues";
import { knownKeysAt } from "./known-keys-at";
import { normalizeConfig } from "./normalize-config";
import type { ConfigIssue, ValidateConfigResult } from "./types";

/**
 * Validates a config written by a person and completes it: defaults filled, the preset
 * merged, kiosk rules applied. Reports every problem at once as `{ path, message }`
 * (`questions[2].options[0].value: required`). Never throws, whatever it is given, so a
 * broken config can never break the host page.
 *
 * @example
 * const result = validateConfig({ id: "acme", endpoint: "https://api.example.com/leads", preset: "bant" });
 * if (result.ok) result.config.questions.length; // 9
 * else result.issues.forEach(({ path, message }) => console.warn(`${path}: ${message}`));
 */
export function validateConfig(input: unknown): ValidateConfigResult {
  try {
    const parsed = configSchema.safeParse(input, { reportInput: true });
    const issues: ConfigIssue[] = parsed.success ? [] : formatIssues(parsed.error.issues, knownKeysAt);
    issues.push(...crossCheck(input));
    if (!parsed.success && issues.length === 0) issues.push({ path: "", message: "invalid config" });
    if (!parsed.success || issues.length > 0) return { ok: false, issues: dedupe(issues) };
    return { ok: true, config: normalizeConfig(parsed.data) };
  } catch (error) {
    // Only a bug in this library gets here (or a getter/proxy that throws); report, don't throw.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [{ path: "", message: `could not be read: ${message}` }] };
  }
}

function dedupe(issues: ConfigIssue[]): ConfigIssue[] {
  const seen = new Set<string>();
  return issues.filter(({ path, message }) => {
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
