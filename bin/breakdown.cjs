#!/usr/bin/env node
// The `breakdown` command: runs src/cli/main.ts through tsx, so no build step is needed.
"use strict";
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const tsx = require.resolve("tsx/cli");
const main = path.join(__dirname, "..", "src", "cli", "main.ts");
const r = spawnSync(process.execPath, [tsx, main, ...process.argv.slice(2)], { stdio: "inherit" });
process.exitCode = r.status === null ? 2 : r.status;
