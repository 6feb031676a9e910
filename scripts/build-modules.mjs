// The script-tag build's modules (dist/lq/): one module graph, so preact and signals exist once, split
// by need. The landing-page file (src/embed-app.ts) holds everything it imports; each part of
// src/widget/parts/ becomes its own file, imported on demand. Shared by build.mjs and size-breakdown.mjs.
import { build } from "vite";

// The widget's stylesheets are CSS text in TypeScript template literals (constructable stylesheets, SPEC 9);
// the JS minifier cannot touch their insides, so this plugin drops their comments and the whitespace the
// CSS grammar ignores (around { } ; , and line breaks). Nothing else changes: same rules, same order.
const CSS_MODULES = /[\\/]src[\\/]widget[\\/](styles|host-css|kit-css|notice-css|kiosk[\\/]kiosk-css)\.ts$/;
const minifyCssStrings = {
  name: "lead-qualifier:minify-css-strings",
  transform(code, id) {
    if (!CSS_MODULES.test(id)) return null;
    return code.replace(/(export const [A-Z_]+ = `)([^`$]*)(`;)/g, (_, open, css, close) => open + minifyCss(css) + close);
  },
};

export function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

/** Builds into `outDir`; resolves to the Rolldown output (chunks with imports, dynamicImports, facadeModuleId). */
export async function buildModules({ root, outDir, sourcemap = false }) {
  const [output] = [].concat(
    await build({
      root: root.pathname,
      configFile: new URL("vite.config.ts", root).pathname,
      logLevel: "warn",
      define: { "process.env.NODE_ENV": JSON.stringify("production"), __LQ_SCRIPT_BUILD__: "true" },
      publicDir: false,
      plugins: [minifyCssStrings],
      build: {
        outDir: outDir.pathname,
        emptyOutDir: false,
        target: "es2020",
        minify: true,
        sourcemap,
        // Library mode: no Vite preload helper (it would fetch chunks without their integrity hash; the
        // loader's parts pin every file before it is imported). Library mode leaves ES output's whitespace
        // alone, so the output's own `minify` asks for the whole of it.
        lib: { entry: new URL("src/embed-app.ts", root).pathname, formats: ["es"], fileName: () => "main-[hash].js" },
        rolldownOptions: {
          // The landing-page file may export more than `start`: the parts import what they share with it.
          preserveEntrySignatures: "allow-extension",
          output: {
            minify: true,
            comments: false,
            chunkFileNames: "[name]-[hash].js",
            // Everything the landing-page file imports goes into it (one request, one gzip stream); the
            // parts import from it, since it is always loaded first, instead of from shared chunks. What
            // several parts share goes into one more file (fewer files, fewer hashes in the loader).
            codeSplitting: {
              groups: [
                { name: "main", tags: ["$initial"], priority: 2 },
                { name: "shared", minShareCount: 2, priority: 1 },
              ],
            },
          },
        },
      },
    }),
  );
  return output;
}
