// Builds everything `npm run build` promises:
//   dist/lead-qualifier.js       the script-tag build (IIFE, minified, global LeadQualifier)
//   dist/lead-qualifier.js.sri   its sha384 Subresource Integrity hash
//   dist/index.js, server.js, cli.js   the ESM builds (package exports "." and "./server", the CLI)
//   dist/types/**.d.ts           declarations (tsc)
//   dist/lead-qualifier.config.schema.json   JSON Schema generated from the zod config schema
//   dist/desk/desk.js, desk.css, favicon.svg   the lead desk app (its own entry: never in the widget file)
import { createHash } from "node:crypto";
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { build } from "vite";

const root = new URL("..", import.meta.url);
const dist = new URL("dist/", root);
await rm(dist, { recursive: true, force: true });

const common = { root: root.pathname, configFile: new URL("vite.config.ts", root).pathname, logLevel: "warn" };

// Script-tag build: everything bundled, one self-contained file.
await build({
  ...common,
  define: { "process.env.NODE_ENV": JSON.stringify("production"), __LQ_SCRIPT_BUILD__: "true" },
  build: {
    outDir: dist.pathname,
    emptyOutDir: false,
    target: "es2020",
    minify: true,
    sourcemap: false,
    lib: {
      entry: new URL("src/embed.ts", root).pathname,
      name: "LeadQualifier",
      formats: ["iife"],
      fileName: () => "lead-qualifier.js",
    },
  },
});

// ESM builds: dependencies stay external (the consumer's bundler or Node resolves them).
await build({
  ...common,
  build: {
    outDir: dist.pathname,
    emptyOutDir: false,
    target: "es2022",
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: new URL("src/index.ts", root).pathname,
        server: new URL("src/server/index.ts", root).pathname,
        cli: new URL("src/cli/main.ts", root).pathname,
      },
      formats: ["es"],
    },
    rolldownOptions: {
      // The database drivers stay external too: `serve` loads them at run time, only when it needs them.
      external: [/^preact(\/.*)?$/, /^@preact\/signals/, /^zod(\/.*)?$/, /^node:/, /^@electric-sql\/pglite/, /^pg$/],
    },
  },
});

// The lead desk (served by `lead-qualifier serve` at /desk/): a separate browser bundle with Preact inside.
const deskOut = new URL("desk/", dist);
await build({
  ...common,
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: deskOut.pathname,
    emptyOutDir: false,
    target: "es2020",
    minify: true,
    sourcemap: false,
    lib: { entry: new URL("src/desk/main.tsx", root).pathname, formats: ["es"], fileName: () => "desk.js" },
  },
});
for (const name of ["desk.css", "favicon.svg"]) await copyFile(new URL(`src/desk/${name}`, root), new URL(name, deskOut));

execFileSync(process.execPath, [new URL("node_modules/typescript/bin/tsc", root).pathname, "-p", "tsconfig.build.json"], {
  cwd: root.pathname,
  stdio: "inherit",
});

const { configJsonSchema } = await import(new URL("cli.js", dist).href);
await writeFile(new URL("lead-qualifier.config.schema.json", dist), JSON.stringify(configJsonSchema(), null, 2) + "\n");

const script = await readFile(new URL("lead-qualifier.js", dist));
const sri = "sha384-" + createHash("sha384").update(script).digest("base64");
await writeFile(new URL("lead-qualifier.js.sri", dist), sri + "\n");
console.log(`built dist/ (lead-qualifier.js ${script.length} bytes, ${sri})`);
