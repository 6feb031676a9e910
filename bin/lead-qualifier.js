#!/usr/bin/env node
// The `lead-qualifier` command: Node's file system and console wired into runCli (dist/cli.js).
import { readFile, readdir, stat } from "node:fs/promises";
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
});
