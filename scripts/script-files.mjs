// Every file of the script-tag build (the loaders in dist/, the modules in dist/lq/), with its integrity
// hash, the parts it belongs to and its sizes raw, gzip -9 and brotli -11; and the companions written
// beside each file: `.sri`, `.gz`, `.br` (a server or CDN can send the precompressed copy as is).
import { readFile, writeFile } from "node:fs/promises";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { sri } from "./loader-manifest.mjs";

export const LOADERS = ["lead-qualifier.js", "lead-qualifier-kiosk.js"];

export const gzip = (bytes) => gzipSync(bytes, { level: 9 });
export const brotli = (bytes) =>
  brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });

/**
 * The script-tag files as `{ path, integrity, parts, bytes, gzip, brotli }`, loaders first; writes each one's
 * companions (`.sri`, `.gz`, `.br`) beside it from the same compressed bytes it measures.
 */
export async function writeScriptFiles(dist, manifest) {
  const rows = [];
  const partsOf = (index) => Object.entries(manifest.parts).filter(([, files]) => files.includes(index)).map(([name]) => name);
  const entries = [
    ...LOADERS.map((path) => [path, path === "lead-qualifier.js" ? ["loader"] : ["kiosk loader"]]),
    ...manifest.files.map(([file], index) => [`${manifest.dir}${file}`, partsOf(index)]),
  ];
  for (const [path, parts] of entries) {
    const bytes = await readFile(new URL(path, dist));
    const [integrity, gzipped, brotlied] = [sri(bytes), gzip(bytes), brotli(bytes)];
    await writeFile(new URL(`${path}.sri`, dist), integrity + "\n");
    await writeFile(new URL(`${path}.gz`, dist), gzipped);
    await writeFile(new URL(`${path}.br`, dist), brotlied);
    rows.push({ path, integrity, parts, bytes: bytes.length, gzip: gzipped.length, brotli: brotlied.length });
  }
  return rows;
}
