import { defineConfig } from "vitest/config";

// One config for the library build (driven by scripts/build.mjs) and the three test projects:
// pure logic in node, components in happy-dom, user flows in real Chromium (playwright-core).
export default defineConfig({
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  test: {
    // Under CI, also write a JSON report: .ci/run prints its "N passed, N failed" line from it.
    reporters: process.env.CI ? ["default", ["json", { outputFile: "test-output/vitest-results.json" }]] : ["default"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/browser/**", "test/widget/**", "test/**/*.dom.test.*", "test/**/*.slow.test.*"],
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "happy-dom",
          setupFiles: ["test/support/all-catalogues.ts"],
          include: ["test/widget/**/*.test.{ts,tsx}", "test/**/*.dom.test.{ts,tsx}"],
        },
      },
      {
        extends: true,
        test: {
          // Real servers as child processes (Postgres, several `serve` processes). Like the browser
          // project, one file at a time: vitest runs every single-worker file in one sequential queue
          // after the parallel unit and dom files, so these never run beside a browser test.
          name: "slow",
          environment: "node",
          include: ["test/**/*.slow.test.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          environment: "node",
          include: ["test/browser/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium per file; two cores, so keep files sequential and predictable.
          fileParallelism: false,
        },
      },
    ],
  },
});
