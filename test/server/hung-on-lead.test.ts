import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

/** Runs scripts/hung-onlead.mjs (the 75 s scenario) scaled down, against the built dist/server.js. */
function runScenario(args: string[]): Promise<Record<string, any>> {
  if (!existsSync(`${root}dist/server.js`)) throw new Error("dist/server.js is missing: run `npm run build` first (npm test does)");
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["scripts/hung-onlead.mjs", ...args, "--json"], { cwd: root }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`${error.message}\n${stderr}`));
      resolve(JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}"));
    });
  });
}

describe("a receiver whose onLead hangs on a third of its calls", () => {
  it("stores each of 100 leads exactly once, never running two calls for one lead at once (7.5 s hangs, 1 s limit)", async () => {
    const figures = await runScenario(["--leads", "100", "--hang-ms", "7500", "--limit-ms", "1000"]);
    expect(figures).toMatchObject({ storedOnce: 100, storedTwiceOrMore: 0, neverStored: 0, mostAtOnceForOneLead: 1 });
    // The scenario really hung calls past the limit and made clients retry into them.
    expect(figures.hungCalls).toBeGreaterThanOrEqual(33);
    expect(figures.mostOverdueAtOnce).toBeGreaterThanOrEqual(20);
    expect(figures.answers["503"]).toBeGreaterThanOrEqual(33);
    expect(figures.answers["409"]).toBeGreaterThan(0);
  }, 180_000);
});
