import { isObject } from "../config/raw-view";
import { DIMENSIONS, type Answers } from "../config/types";
import { explainScore } from "../qualify/explain-score";
import type { CliIo } from "./cli-io";
import { checkAnswers } from "./check-answers";
import { describeDecision } from "./describe-decision";
import { formatTable } from "./format-table";
import { loadConfig, readJson } from "./load-config";

/**
 * `lead-qualifier score <config.json> <answers.json> [--product-line <key>]`: prints the points
 * of each answered question, each dimension against its max, the total, the tier, what decided it
 * and the reasons. The answers file holds the answers object, or anything with an `answers` key
 * (a config example or a lead, whose `productLine` is then used unless the flag is given).
 * Answers the form would refuse (unknown ids or option values, wrong types, numbers out of
 * bounds) are listed with their path and exit 1, as `check` does for examples.
 *
 * @example await runScore(["forms/a.json", "hot.json"], io) // 0
 */
export async function runScore(args: readonly string[], io: CliIo): Promise<number> {
  const { positional, productLine } = parseScoreArgs(args);
  const [configPath, answersPath] = positional;
  if (!configPath || !answersPath || positional.length > 2) {
    io.stderr("usage: lead-qualifier score <config.json> <answers.json> [--product-line <key>]");
    return 2;
  }
  const loaded = await loadConfig(configPath, io);
  if (!loaded.ok) {
    io.stderr(`${configPath}: invalid config`);
    for (const issue of loaded.error) io.stderr(`  ${issue}`);
    return 1;
  }
  const input = await readJson(answersPath, io);
  const parsed = input.ok ? parseAnswers(input.value) : null;
  if (!parsed) {
    io.stderr(`${answersPath}: ${input.ok ? "expected a JSON object of answers" : input.error}`);
    return 1;
  }
  const config = loaded.value;
  const raw = await readJson(configPath, io);
  const wrong = checkAnswers(raw.ok ? raw.value : null, parsed.answers, productLine ?? parsed.productLine);
  if (wrong.length > 0) {
    // A total computed without a mistyped answer would look right and be wrong: refuse instead.
    io.stderr(`${answersPath}: answers the form would not accept (${wrong.length}):`);
    for (const issue of wrong) io.stderr(`  ${issue.path}: ${issue.message}`);
    return 1;
  }
  const explained = explainScore(config, parsed.answers, productLine ?? parsed.productLine);
  const { score } = explained;

  io.stdout(`form          ${config.id}`);
  io.stdout(`product line  ${explained.productLine ?? "(none)"}`);
  io.stdout("");
  const questionRows = explained.questions.map((q) => [
    q.id,
    Object.entries(q.points).map(([d, p]) => `${d} ${p >= 0 ? "+" : ""}${p}`).join(", "),
  ]);
  for (const line of formatTable([["QUESTION", "POINTS"], ...questionRows])) io.stdout(line);
  io.stdout("");
  const dimensionRows = DIMENSIONS.map((d) => {
    const max = config.scoring.max[d];
    const raw = explained.unclamped[d];
    const note = raw !== score.dimensions[d] ? `(${raw} before clamping)` : "";
    return [d, String(score.dimensions[d]), max === undefined ? "-" : String(max), note];
  });
  for (const line of formatTable([["DIMENSION", "POINTS", "MAX", ""], ...dimensionRows])) io.stdout(line);
  io.stdout("");
  io.stdout(`total         ${score.total}`);
  io.stdout(`tier          ${score.tier}`);
  io.stdout(`decided by    ${describeDecision(config, explained.decidedBy)}`);
  io.stdout(`reasons       ${score.reasons.join("; ")}`);
  return 0;
}

function parseScoreArgs(args: readonly string[]): { positional: string[]; productLine?: string } {
  const positional: string[] = [];
  let productLine: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--product-line") productLine = args[++i];
    else if (arg.startsWith("--product-line=")) productLine = arg.slice("--product-line=".length);
    else positional.push(arg);
  }
  return productLine === undefined ? { positional } : { positional, productLine };
}

function parseAnswers(value: unknown): { answers: Answers; productLine?: string } | null {
  if (!isObject(value)) return null;
  if (!isObject(value.answers)) return { answers: value as Answers };
  const line = value.productLine;
  return typeof line === "string" ? { answers: value.answers as Answers, productLine: line } : { answers: value.answers as Answers };
}
