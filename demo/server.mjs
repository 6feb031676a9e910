// `npm run demo` (after the build): the demo is `lead-qualifier serve` with the demo forms and pages.
//   /                 demo pages (this folder): landing page, contact page, kiosk
//   /desk/            the lead desk (sign in with any name and the printed password)
//   POST /api/leads   the lead endpoint;  /widget/*  the built script;  /forms/*  the demo forms
// Environment: PORT (5173), FORMS_DIR (demo/forms), ALLOWED_ORIGINS (other origins whose pages may post
// leads here, comma-separated), DEMO_DATA_DIR (the embedded database, demo/data/desk-db), DESK_PASSWORD
// (default "demo"), DATABASE_URL (use a Postgres instead of the embedded database).
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../dist/cli.js";

const DEMO = fileURLToPath(new URL("./", import.meta.url));
const port = process.env.PORT ?? "5173";
const password = process.env.DESK_PASSWORD || "demo";
const args = [
  "serve",
  "--forms", process.env.FORMS_DIR || join(DEMO, "forms"),
  "--static", DEMO,
  "--port", port,
  "--data-dir", process.env.DEMO_DATA_DIR || join(DEMO, "data", "desk-db"),
  // One machine plays every visitor here: generous limits.
  "--lead-rate-limit", "600,600",
];

let base = "";
process.exitCode = await runCli(args, {
  readFile: () => Promise.reject(new Error("not used by serve")),
  stdout(line) {
    console.log(line);
    base = /^lead-qualifier serve: (http:\/\/\S+?)\/$/.exec(line)?.[1] ?? base;
    // The banner's last line (the demo always serves its pages): now say where to click.
    if (base && line.startsWith("  pages:")) {
      console.log(`lead-qualifier demo: ${base}/  (landing page, contact page, kiosk)`);
      console.log(`lead desk: ${base}/desk/  (sign in with any name and the password "${password}")`);
    }
  },
  stderr: (line) => console.error(line),
  env: { ...process.env, DESK_PASSWORD: password },
  distDir: fileURLToPath(new URL("../dist/", import.meta.url)),
  waitForShutdown: () =>
    new Promise((resolve) => {
      process.once("SIGINT", () => resolve("SIGINT"));
      process.once("SIGTERM", () => resolve("SIGTERM"));
    }),
});
