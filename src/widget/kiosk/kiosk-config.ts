import type { Config } from "../../config/types";

/**
 * The config as the kiosk form runs it: one question per step, auto-advance on single
 * choice, and nothing remembered (a booth tablet is shared by strangers, SPEC 6/7).
 *
 * @example kioskConfig(config).flow.questionsPerStep // 1
 */
export function kioskConfig(config: Config): Config {
  return {
    ...config,
    mode: "kiosk",
    flow: { ...config.flow, questionsPerStep: 1, autoAdvance: true },
    profile: { ...config.profile, remember: false },
  };
}
