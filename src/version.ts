/**
 * The package version, exposed as `LeadQualifier.version` so a page can tell which build it runs.
 * Kept in sync with package.json by test/widget/embed.test.ts (package.json is outside `src`,
 * which the declaration build requires as its root).
 */
export const VERSION = "0.1.0";
