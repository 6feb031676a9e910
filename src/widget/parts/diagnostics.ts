// The diagnostics part: the full config validator (zod schema, cross-checks, presets: every issue with
// its path) and the notice showing them. Loaded when a config is not a compiled one this widget can
// trust as it is (see read-compiled-config.ts), when a config cannot be loaded, and by
// `LeadQualifier.load()` for the rest of the public API. The CLI and the server use the same validator.
export { validateConfig } from "../../config/validate-config";
export { showConfigFailure } from "../show-config-failure";
export { compiledConfigWarning } from "../compiled-config-warning";
export { scoreLead } from "../../qualify/score-lead";
export { buildLead } from "../../qualify/build-lead";
export { localize } from "../../config/localize";
export { enMore } from "../../i18n/messages-en-more";
export { NOTICE_CSS } from "../notice-css";
