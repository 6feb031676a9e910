import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a build script in plain JavaScript (scripts/), tested as the build runs it.
import { loaderManifest } from "../../scripts/loader-manifest.mjs";

const SRC = pathToFileURL(join(process.cwd(), "src/"));

async function output(chunks: Array<{ fileName: string; imports?: string[]; dynamicImports?: string[]; facadeModuleId?: string; isEntry?: boolean }>) {
  const dir = await mkdtemp(join(tmpdir(), "lq-manifest-"));
  for (const chunk of chunks) await writeFile(join(dir, chunk.fileName), `// ${chunk.fileName}\n`);
  return { dir: pathToFileURL(`${dir}/`), output: chunks.map((chunk) => ({ type: "chunk", ...chunk })) };
}

const part = (name: string) => join(SRC.pathname, `widget/parts/${name}.ts`);

describe("the loader's file list (scripts/loader-manifest.mjs)", () => {
  it("lists every file with its hash, and per part the files it needs beyond the landing-page file", async () => {
    const { dir, output: out } = await output([
      { fileName: "main-A.js", isEntry: true, dynamicImports: ["kiosk-B.js", "form-kit-C.js"] },
      { fileName: "kiosk-B.js", facadeModuleId: part("kiosk"), imports: ["main-A.js", "shared-D.js"] },
      { fileName: "form-kit-C.js", facadeModuleId: part("form-kit"), imports: ["main-A.js", "shared-D.js"] },
      { fileName: "shared-D.js", imports: ["main-A.js"] },
    ]);
    const manifest = await loaderManifest({ output: out, dir, src: SRC, version: "1.2.3" });
    expect(manifest.main).toBe("main-A.js");
    expect(manifest.files.map(([file]: [string]) => file)).toEqual(["main-A.js", "kiosk-B.js", "form-kit-C.js", "shared-D.js"]);
    expect(manifest.files.every(([, hash]: [string, string]) => /^sha256-[A-Za-z0-9+/]{43}=$/.test(hash))).toBe(true);
    expect(manifest.parts).toEqual({ main: [0], kiosk: [1, 3], "form-kit": [2, 3] });
  });

  it("stops the build when a file imports on demand something that is not a part (it would load unpinned)", async () => {
    const { dir, output: out } = await output([
      { fileName: "main-A.js", isEntry: true, dynamicImports: ["stray-B.js"] },
      { fileName: "stray-B.js", facadeModuleId: join(SRC.pathname, "widget/stray.ts"), imports: ["main-A.js"] },
    ]);
    await expect(loaderManifest({ output: out, dir, src: SRC, version: "1.2.3" })).rejects.toThrow(/stray-B\.js .* not a part of src\/widget\/parts\//);
  });
});
