#!/usr/bin/env node
// The `lead-qualifier` command: Node's file system, console, environment and signals wired into runCli (dist/cli.js).
import { readFile, readdir, stat } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { runCli } from "../dist/cli.js";

process.exitCode = await runCli(process.argv.slice(2), {
  readFile: (path) => readFile(path, "utf8"),
  listDir: async (path) => {
    try {
      return (await stat(path)).isDirectory() ? await readdir(path) : null;
    } catch {
      return null; // not there: let readFile report it for this path
    }
  },
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
  env: process.env,
  distDir: fileURLToPath(new URL("../dist/", import.meta.url)),
  waitForShutdown: () =>
    new Promise((resolve) => {
      process.once("SIGINT", () => resolve("SIGINT"));
      process.once("SIGTERM", () => resolve("SIGTERM"));
    }),
  readStdin: async () => {
    let text = "";
    for await (const chunk of process.stdin) text += chunk;
    return text;
  },
});
