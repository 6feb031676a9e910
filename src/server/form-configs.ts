import type { Config } from "../config/types";
import { validateConfig } from "../config/validate-config";
import { DEFAULT_MAX_BODY_BYTES } from "./lead-handler-options";
import { maxLeadBytes } from "./max-lead-bytes";

/**
 * The handler's forms by id and its body limit, checked at startup so a bad config or a limit that a
 * valid lead could exceed stops the server with every problem listed, instead of failing leads later.
 * Without `maxBodyBytes` the limit is the largest lead any form can produce (at least 32 KiB).
 *
 * @example
 * const { configs, maxBodyBytes } = formConfigs([analyticsJson], undefined);
 */
export function formConfigs(inputs: readonly unknown[], maxBodyBytes: number | undefined): { configs: Map<string, Config>; maxBodyBytes: number } {
  const configs = validateAll(inputs);
  const needs = [...configs.values()].map((config) => ({ id: config.id, bytes: maxLeadBytes(config) }));
  if (maxBodyBytes === undefined) {
    return { configs, maxBodyBytes: Math.max(DEFAULT_MAX_BODY_BYTES, ...needs.map((n) => Math.ceil(n.bytes / 1024) * 1024)) };
  }
  const over = needs.filter((n) => n.bytes > maxBodyBytes);
  if (over.length > 0) {
    throw new Error(
      `createLeadHandler: maxBodyBytes ${maxBodyBytes} is below the largest lead these forms can send:\n  ` +
        over.map((n) => `form "${n.id}": up to ${n.bytes} bytes`).join("\n  ") +
        "\n  Raise maxBodyBytes (or leave it out: it is then sized from the configs), or lower the forms' text maxLength.",
    );
  }
  return { configs, maxBodyBytes };
}

function validateAll(inputs: readonly unknown[]): Map<string, Config> {
  const byId = new Map<string, Config>();
  const problems: string[] = [];
  inputs.forEach((input, index) => {
    const result = validateConfig(input);
    if (!result.ok) {
      problems.push(...result.issues.map((issue) => `configs[${index}]${issue.path ? `.${issue.path}` : ""}: ${issue.message}`));
      return;
    }
    if (byId.has(result.config.id)) problems.push(`configs[${index}].id: duplicate form id "${result.config.id}"`);
    byId.set(result.config.id, result.config);
  });
  if (problems.length > 0) throw new Error(`createLeadHandler: invalid form config(s):\n  ${problems.join("\n  ")}`);
  return byId;
}
