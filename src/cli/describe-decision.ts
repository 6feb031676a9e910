import type { Config } from "../config/types";
import type { TierDecision } from "../qualify/decide-tier";

/**
 * Says in words what decided a tier. Rule numbers are indexes into `scoring.rules`, the same
 * numbers config issues use (`scoring.rules[2]` is "rule #2").
 *
 * @example describeDecision(config, { by: "rule", ruleIndex: 2 }) // "rule #2 'Asked for a later call'"
 */
export function describeDecision(config: Config, decision: TierDecision): string {
  const rule = (i: number) => `rule #${i} '${config.scoring.rules[i]?.reason ?? ""}'`;
  switch (decision.by) {
    case "disqualify-rules":
      return decision.ruleIndexes.map(rule).join(", ");
    case "rule":
      return rule(decision.ruleIndex);
    case "threshold":
      return `${decision.threshold} threshold ${decision.value}`;
    case "below-threshold":
      return `below the nurture threshold ${decision.value}`;
  }
}
