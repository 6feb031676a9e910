import type { Config } from "../config/types";
import type { TierDecision } from "../qualify/decide-tier";

/**
 * Says in words what decided a tier. Rule numbers are indexes into `scoring.rules`, the same
 * numbers config issues use (`scoring.rules[2]` is "rule #2"); a gate is named by its path
 * (`scoring.gates.sales-ready[0]`) and reason, with the tier it sent the lead to.
 *
 * @example describeDecision(config, { by: "rule", ruleIndex: 2 }) // "rule #2 'Asked for a later call'"
 * @example describeDecision(config, { by: "gate", threshold: "sales-ready", value: 70, falls: [{ tier: "sales-ready", index: 0, to: "nurture" }] })
 *          // "gate scoring.gates.sales-ready[0] 'Fit is strong but no timeframe yet' → nurture (sales-ready threshold 70 reached)"
 */
export function describeDecision(config: Config, decision: TierDecision): string {
  const rule = (i: number) => `rule #${i} '${config.scoring.rules[i]?.reason ?? ""}'`;
  switch (decision.by) {
    case "disqualify-rules":
      return decision.ruleIndexes.map(rule).join(", ");
    case "rule":
      return rule(decision.ruleIndex);
    case "threshold": {
      const gates = config.scoring.gates?.[decision.threshold]?.length ?? 0;
      const passed = gates > 0 ? `, passed its ${gates} gate${gates === 1 ? "" : "s"}` : "";
      return `${decision.threshold} threshold ${decision.value}${passed}`;
    }
    case "gate": {
      const falls = decision.falls.map(({ tier, index, to }) => {
        const reason = config.scoring.gates?.[tier]?.[index]?.reason ?? "";
        return `gate scoring.gates.${tier}[${index}] '${reason}' → ${to}`;
      });
      return `${falls.join(", then ")} (${decision.threshold} threshold ${decision.value} reached)`;
    }
    case "below-threshold":
      return `below the nurture threshold ${decision.value}`;
  }
}
