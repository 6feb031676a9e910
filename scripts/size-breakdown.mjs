// Where the script-tag bundle's bytes go: builds the IIFE once more with a source map and prints,
// per area (a library, or a folder of src/), the minified bytes and their gzip size on their own.
// The per-area gzip figures add up to a little more than the whole (gzip shares context across areas).
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "vite";

const root = new URL("..", import.meta.url).pathname;
const outDir = await mkdtemp(join(tmpdir(), "lq-size-"));
await build({
  root,
  configFile: join(root, "vite.config.ts"),
  logLevel: "warn",
  define: { "process.env.NODE_ENV": JSON.stringify("production"), __LQ_SCRIPT_BUILD__: "true" },
  build: {
    outDir, emptyOutDir: true, target: "es2020", minify: true, sourcemap: true,
    lib: { entry: join(root, "src/embed.ts"), name: "LeadQualifier", formats: ["iife"], fileName: () => "lq.js" },
  },
});
const code = await readFile(join(outDir, "lq.js"), "utf8");
const map = JSON.parse(await readFile(join(outDir, "lq.js.map"), "utf8"));

function area(source) {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const parts = source.replace(/.*\/src\//, "").split("/");
  if (parts[0] === "widget" && parts[1] === "kiosk") return "src/widget/kiosk";
  return parts.length > 1 ? `src/${parts[0]}` : `src/${parts[0]}`;
}

// Decode the VLQ mappings: each segment of generated code belongs to one source file.
const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function decode(segment) {
  const values = [];
  let value = 0, shift = 0;
  for (const char of segment) {
    let digit = BASE64.indexOf(char);
    const more = digit & 32;
    value += (digit & 31) << shift;
    if (more) shift += 5;
    else { values.push(value & 1 ? -(value >> 1) : value >> 1); value = 0; shift = 0; }
  }
  return values;
}
const pieces = new Map();
const lines = code.split("\n");
let source = 0;
map.mappings.split(";").forEach((lineMappings, lineIndex) => {
  let column = 0;
  const segments = lineMappings.split(",").filter(Boolean).map((segment) => {
    const values = decode(segment);
    column += values[0];
    if (values.length > 1) source += values[1];
    return { column, source: values.length > 1 ? source : -1 };
  });
  const line = lines[lineIndex] ?? "";
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.column ?? line.length;
    const name = segment.source >= 0 ? area(map.sources[segment.source]) : "(glue)";
    pieces.set(name, (pieces.get(name) ?? "") + line.slice(segment.column, end));
  });
});
const rows = [...pieces].map(([name, text]) => [name, text.length, gzipSync(text, { level: 9 }).length]).sort((a, b) => b[2] - a[2]);
console.log("   minified     gzip  area");
for (const [name, raw, gz] of rows) console.log(`${String(raw).padStart(11)} ${String(gz).padStart(8)}  ${name}`);
console.log(`${String(code.length).padStart(11)} ${String(gzipSync(code, { level: 9 }).length).padStart(8)}  whole bundle`);
