// Where the script-tag build's bytes go: builds the split modules once more with source maps and prints,
// per file, the minified bytes and gzip size of each area (a library, or a folder of src/) on its own.
// `--files` lists source files instead of areas. The per-area figures add up to a little more than the
// file (gzip shares context across areas).
import { mkdtemp, readFile, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { buildModules } from "./build-modules.mjs";
import { decodeMappings } from "./source-map.mjs";

const root = new URL("..", import.meta.url);
const outDir = await mkdtemp(join(tmpdir(), "lq-size-"));
await buildModules({ root, outDir: pathToFileURL(outDir + "/"), sourcemap: true });
const byFile = process.argv.includes("--files");

function area(source) {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (byFile) return pkg ? `${pkg[1]}/${source.replace(/.*node_modules\/(?:@[^/]+\/)?[^/]+\//, "")}` : source.replace(/.*\/src\//, "src/");
  if (pkg) return pkg[1];
  const parts = source.replace(/.*\/src\//, "").split("/");
  if (parts[0] === "widget" && parts[1] === "kiosk") return "src/widget/kiosk";
  return `src/${parts[0]}`;
}

const files = (await readdir(outDir)).filter((name) => name.endsWith(".js")).sort((a, b) => (a.startsWith("main-") ? -1 : b.startsWith("main-") ? 1 : a.localeCompare(b)));
for (const file of files) {
  const code = await readFile(join(outDir, file), "utf8");
  const map = JSON.parse(await readFile(join(outDir, `${file}.map`), "utf8"));
  const pieces = new Map();
  const lines = code.split("\n");
  decodeMappings(map.mappings).forEach((segments, lineIndex) => {
    const line = lines[lineIndex] ?? "";
    segments.forEach((segment, i) => {
      const end = segments[i + 1]?.column ?? line.length;
      const name = segment.source >= 0 ? area(map.sources[segment.source]) : "(glue)";
      pieces.set(name, (pieces.get(name) ?? "") + line.slice(segment.column, end));
    });
  });
  const rows = [...pieces].map(([name, text]) => [name, text.length, gzipSync(text, { level: 9 }).length]).sort((a, b) => b[2] - a[2]);
  console.log(`\n${file}\n   minified     gzip  area`);
  for (const [name, raw, gz] of rows) console.log(`${String(raw).padStart(11)} ${String(gz).padStart(8)}  ${name}`);
  console.log(`${String(code.length).padStart(11)} ${String(gzipSync(code, { level: 9 }).length).padStart(8)}  whole file`);
}
