/**
 * Set to `true` by the script-tag build only (scripts/build.mjs `define`); undefined everywhere else
 * (ESM build, server, CLI, tests). Code reads it with `typeof` so an undefined flag is never an error.
 */
declare const __LQ_SCRIPT_BUILD__: boolean | undefined;
