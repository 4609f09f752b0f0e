// jest globalSetup: bring the compiled command-line program (lib/cli.cjs) up to date before any test spawns
// `node bin/breakdown.cjs` (a no-op when nothing under src/ changed since the last build).
"use strict";
const { buildCli } = require("../../scripts/build-cli.cjs");

module.exports = async function globalSetup() {
  buildCli({ ifStale: true, quiet: true });
};
