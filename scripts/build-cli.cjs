#!/usr/bin/env node
// npm run build:cli [-- --if-stale] [--quiet]
//
// Compiles the command-line program ahead of time: src/cli/program.ts and everything of src it imports →
// lib/cli.cjs, one CommonJS file for Node 20, with esbuild. bin/breakdown.cjs loads it in the same process
// (no tsx, no child process). Packages (exceljs, mammoth …) stay outside the bundle and load from
// node_modules only when a command needs them, so `breakdown deadline` starts fast.
//
// Runs from `prepare` (so `npm ci` / `npm install` build it) and `prepack` (so the tarball carries it).
// --if-stale: do nothing when lib/cli.cjs is newer than every file under src/ and this script (npm run cli and
// the tests use it to stay current at almost no cost).
// Without esbuild (a production-only install of a clone) it says so and exits 0: nothing to build with.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..");
const ENTRY = path.join(ROOT, "src", "cli", "program.ts");
const OUT = path.join(ROOT, "lib", "cli.cjs");

function newestMtime(p) {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const e of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, e)));
  return newest;
}

function isStale() {
  let built;
  try {
    built = fs.statSync(OUT).mtimeMs;
  } catch {
    return true;
  }
  return Math.max(newestMtime(path.join(ROOT, "src")), fs.statSync(__filename).mtimeMs) > built;
}

/** Builds lib/cli.cjs (when stale, with ifStale). Returns true when it built. */
function buildCli({ ifStale = false, quiet = false } = {}) {
  if (ifStale && !isStale()) return false;
  let esbuild;
  try {
    esbuild = require("esbuild");
  } catch {
    if (!quiet) console.log("build:cli skipped — esbuild is not installed (a production-only install); lib/ is used as it is.");
    return false;
  }
  const started = Date.now();
  esbuild.buildSync({
    entryPoints: [ENTRY],
    outfile: OUT,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    // Every package stays a require() from node_modules, loaded when a command first needs it.
    packages: "external",
    legalComments: "none",
    logLevel: "warning",
  });
  if (!quiet) console.log(`build:cli: ${path.relative(ROOT, OUT)} (${Date.now() - started} ms)`);
  return true;
}

module.exports = { buildCli, isStale, OUT };

if (require.main === module) {
  const args = process.argv.slice(2);
  try {
    buildCli({ ifStale: args.includes("--if-stale"), quiet: args.includes("--quiet") });
  } catch (err) {
    // esbuild has already printed the compile errors.
    if (!(err && err.errors)) console.error(err && err.message ? err.message : err);
    process.exit(1);
  }
}
