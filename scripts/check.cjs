#!/usr/bin/env node
// npm test's static checks, side by side: each command of `npm run typecheck` (tsc over the app and tests, then
// src/core with its stricter settings) and `npm run lint` (eslint .), read from package.json so they stay
// exactly those scripts. Each is one single-threaded process; run one after another they left a core of a
// 2-core machine idle for the whole time. Output is printed per command when it ends (never interleaved);
// the exit code is non-zero when any command failed.
"use strict";
const path = require("node:path");
const { spawn } = require("node:child_process");

const ROOT = path.resolve(__dirname, "..");
const scripts = require(path.join(ROOT, "package.json")).scripts;

/** The commands of the typecheck and lint scripts (each script is commands joined by &&). */
function checkCommands() {
  return [scripts.lint, scripts.typecheck].flatMap((s) => s.split("&&").map((c) => c.trim()).filter(Boolean));
}

function run(command) {
  const started = Date.now();
  const env = { ...process.env, PATH: [path.join(ROOT, "node_modules", ".bin"), process.env.PATH].join(path.delimiter) };
  return new Promise((resolve) => {
    const child = spawn(command, { cwd: ROOT, env, shell: true, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (e) => resolve({ command, code: 1, output: output + String(e), seconds: 0 }));
    child.on("close", (code, signal) => resolve({ command, code: code ?? 1, signal, output, seconds: (Date.now() - started) / 1000 }));
  });
}

async function main() {
  const results = await Promise.all(
    checkCommands().map((c) =>
      run(c).then((r) => {
        process.stdout.write(`\n> ${r.command}  (${r.seconds.toFixed(1)} s${r.code ? `, failed: ${r.signal ?? `exit ${r.code}`}` : ""})\n${r.output}`);
        return r;
      }),
    ),
  );
  const failed = results.filter((r) => r.code !== 0);
  if (failed.length) {
    process.stderr.write(`\nfailed: ${failed.map((r) => r.command).join("; ")}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
module.exports = { checkCommands };
