// The public ESM API: named re-exports only, no side effects (the script-tag entry is embed.ts).
export { mount, MOUNTED_ATTRIBUTE, type MountEnv } from "./widget/mount";
export type { MountOverrides } from "./widget/mount-overrides";
export type { WidgetHandle } from "./widget/widget-handle";
export type { WidgetEvents, WidgetEventName } from "./widget/widget-events";
export { validateConfig } from "./config/validate-config";
export { scoreLead } from "./qualify/score-lead";
export { buildLead, type BuildLeadInput } from "./qualify/build-lead";
export { localize } from "./config/localize";
export { VERSION as version } from "./version";
export type * from "./config/types";
