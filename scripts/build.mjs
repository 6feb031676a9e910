// Builds everything `npm run build` promises:
//   dist/lead-qualifier.js        the script-tag loader (a small classic script, global LeadQualifier)
//   dist/lead-qualifier-kiosk.js  the same loader for booth pages: fetches the kiosk files at once, in parallel
//   dist/lq/*.js                  the files the loaders import: the landing-page file and the parts loaded when
//                                 used (kiosk, delivery, full config validator, other languages, the rest of the API)
//   dist/lead-qualifier.files.json  every script-tag file with its integrity hash and part (for service workers, docs)
//   *.sri, *.gz, *.br             beside each script-tag file: its sha384 SRI hash, gzip -9 and brotli -11 copies
//   dist/index.js, server.js, cli.js   the ESM builds (package exports "." and "./server", the CLI)
//   dist/types/**.d.ts            declarations (tsc)
//   dist/lead-qualifier.config.schema.json   JSON Schema generated from the zod config schema
//   dist/desk/desk.js, desk.css, favicon.svg   the lead desk app (its own entry: never in the widget file)
import { copyFile, readFile, rm, writeFile } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { build } from "vite";
import { writeScriptFiles } from "./script-files.mjs";
import { loaderManifest } from "./loader-manifest.mjs";
import { buildModules } from "./build-modules.mjs";

const root = new URL("..", import.meta.url);
const dist = new URL("dist/", root);
await rm(dist, { recursive: true, force: true });

const common = { root: root.pathname, configFile: new URL("vite.config.ts", root).pathname, logLevel: "warn" };
const scriptDefine = { "process.env.NODE_ENV": JSON.stringify("production"), __LQ_SCRIPT_BUILD__: "true" };
const { version } = JSON.parse(await readFile(new URL("package.json", root), "utf8"));

// 1. The script-tag build's modules: one module graph (preact and signals exist once), split by need.
const modules = await buildModules({ root, outDir: new URL("lq/", dist) });
const manifest = await loaderManifest({ output: modules.output, dir: new URL("lq/", dist), src: new URL("src/", root), version });

// 2. The loaders: classic scripts with the file list and hashes written in (their own hash pins the rest).
for (const [fileName, eager] of [["lead-qualifier.js", []], ["lead-qualifier-kiosk.js", ["kiosk", "form-kit"]]]) {
  await build({
    ...common,
    define: { ...scriptDefine, __LQ_MANIFEST__: JSON.stringify(manifest), __LQ_EAGER__: JSON.stringify(eager) },
    build: {
      outDir: dist.pathname,
      emptyOutDir: false,
      target: "es2020",
      minify: true,
      sourcemap: false,
      lib: { entry: new URL("src/embed.ts", root).pathname, name: "LeadQualifierLoader", formats: ["iife"], fileName: () => fileName },
    },
  });
}

// 3. ESM builds: dependencies stay external (the consumer's bundler or Node resolves them).
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

// 4. Integrity hashes and precompressed copies of every script-tag file, and the list of them.
const files = await writeScriptFiles(dist, manifest);
await writeFile(new URL("lead-qualifier.files.json", dist), JSON.stringify({ version, files }, null, 2) + "\n");
const loader = files.find((file) => file.path === "lead-qualifier.js");
console.log(`built dist/ (lead-qualifier.js ${loader.bytes} bytes, ${loader.integrity}; ${files.length} script-tag files)`);
