import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// `$schema` must resolve in an editor: from node_modules after `npm install lead-qualifier`, from the CDN
// (the schema file published beside the script), and, in this repository, from the demo forms and fixtures.
const ROOT = resolve(new URL("../..", import.meta.url).pathname);
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const SCHEMA = "dist/lead-qualifier.config.schema.json";

function configsWithSchema(): Array<[string, string]> {
  const dirs = ["demo/forms", "test/fixtures", "test/browser/pages"];
  const found: Array<[string, string]> = [];
  for (const dir of dirs) {
    for (const name of readdirSync(join(ROOT, dir)).filter((n) => n.endsWith(".json"))) {
      const schema: unknown = JSON.parse(readFileSync(join(ROOT, dir, name), "utf8")).$schema;
      if (typeof schema === "string") found.push([`${dir}/${name}`, schema]);
    }
  }
  return found;
}

describe("where $schema points", () => {
  it("ships the schema inside the published package, exported as lead-qualifier/config.schema.json", () => {
    expect(pkg.files).toContain("dist");
    expect(normalize(pkg.exports["./config.schema.json"])).toBe(SCHEMA);
  });

  it("resolves the documented node_modules path to the file the package exports", () => {
    const documented = "./node_modules/lead-qualifier/dist/lead-qualifier.config.schema.json";
    expect(readFileSync(join(ROOT, "README.md"), "utf8")).toContain(documented);
    expect(readFileSync(join(ROOT, "docs/config.md"), "utf8")).toContain(documented);
    expect(normalize(documented)).toBe(normalize(`node_modules/${pkg.name}/${pkg.exports["./config.schema.json"]}`));
  });

  it("builds the schema beside the script, so the CDN path next to lead-qualifier.js serves it", () => {
    expect(existsSync(join(ROOT, SCHEMA)), "run npm run build first").toBe(true);
    expect(dirname(join(ROOT, SCHEMA))).toBe(dirname(join(ROOT, "dist/lead-qualifier.js")));
    expect(existsSync(join(ROOT, "dist/lead-qualifier.js"))).toBe(true);
  });

  it("points every demo form and the full fixture at the built schema with a path that resolves in the repository", () => {
    const found = configsWithSchema();
    expect(found.map(([file]) => file)).toEqual(expect.arrayContaining([
      "demo/forms/acme-analytics.json", "demo/forms/acme-contact.json", "demo/forms/kiosk-retailtech.json", "test/fixtures/full-config.json",
    ]));
    for (const [file, schema] of found) {
      expect(resolve(ROOT, dirname(file), schema), file).toBe(join(ROOT, SCHEMA));
    }
  });
});
