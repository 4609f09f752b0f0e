#!/usr/bin/env node
// The `breakdown` command: runs the program compiled ahead of time into lib/cli.cjs (npm run build:cli, which
// `npm ci` runs through `prepare`), in this process.
"use strict";
let cli;
try {
  cli = require("../lib/cli.cjs");
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && /lib[\\/]cli\.cjs/.test(String(err.message).split("\n")[0])) {
    console.error("breakdown 尚未编译：请在项目目录运行 npm run build:cli（npm ci 会自动运行它）。 / not compiled yet: run npm run build:cli.");
    process.exit(2);
  }
  throw err;
}
cli.runProgram(process.argv.slice(2));
