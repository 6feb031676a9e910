import { config } from "zod/mini";

// zod v4 probes `new Function` to JIT-compile object parsers; under a strict CSP
// (`script-src` without 'unsafe-eval', Trusted Types) that probe is a violation report.
// Every schema module imports this file first, so the switch is set before any schema exists.
config({ jitless: true });
