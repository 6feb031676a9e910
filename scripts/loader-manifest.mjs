// The file list the script-tag loader carries (src/loader/loader-manifest.ts): every module file of the
// split build with its hash, and per part the files it needs. Also checks the split is sound:
// every import() in any file targets a part's own file, so nothing is ever imported unpinned.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { basename, relative } from "node:path";

/** The `.sri` files' hash: sha384, what pages put in `integrity=`. */
export const sri = (bytes) => "sha384-" + createHash("sha384").update(bytes).digest("base64");
/**
 * The hashes the loader carries: sha256 (SRI accepts sha256, sha384 and sha512 alike), a third shorter,
 * and every byte of them is on the landing page's path.
 */
export const pin = (bytes) => "sha256-" + createHash("sha256").update(bytes).digest("base64");

/**
 * @param {{ output: Array<{ type: string, fileName: string, imports?: string[], dynamicImports?: string[], facadeModuleId?: string | null, isEntry?: boolean }>, dir: URL, src: URL, version: string }} options
 */
export async function loaderManifest({ output, dir, src, version }) {
  const chunks = output.filter((item) => item.type === "chunk");
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const main = chunks.find((chunk) => chunk.isEntry);
  if (!main) throw new Error("build: the split build has no entry chunk");
  const files = [];
  const index = new Map();
  for (const chunk of chunks) {
    index.set(chunk.fileName, files.length);
    files.push([chunk.fileName, pin(await readFile(new URL(chunk.fileName, dir)))]);
  }
  const closure = (fileName, seen = new Set()) => {
    if (seen.has(fileName)) return seen;
    seen.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) closure(imported, seen);
    return seen;
  };
  const mainFiles = closure(main.fileName);
  const parts = { main: [...mainFiles].map((file) => index.get(file)) };
  const partsDir = new URL("widget/parts/", src).pathname;
  const partFiles = new Map();
  for (const chunk of chunks) {
    const facade = chunk.facadeModuleId ?? "";
    if (chunk.isEntry || !facade.startsWith(partsDir)) continue;
    const name = basename(facade).replace(/\.tsx?$/, "");
    partFiles.set(chunk.fileName, name);
    parts[name] = [...closure(chunk.fileName)].filter((file) => !mainFiles.has(file)).map((file) => index.get(file));
  }
  for (const chunk of chunks) {
    for (const target of chunk.dynamicImports ?? []) {
      if (!partFiles.has(target)) {
        const facade = byFile.get(target)?.facadeModuleId;
        throw new Error(`build: ${chunk.fileName} imports ${target} (${facade ? relative(src.pathname, facade) : "no facade"}) on demand, but it is not a part of src/widget/parts/: it would load without its integrity hash`);
      }
    }
  }
  return { version, dir: "lq/", main: main.fileName, files, parts };
}
