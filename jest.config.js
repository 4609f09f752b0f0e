const os = require("node:os");

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  // Two workers at least: jest's default (cores - 1) ran every suite in one process on a 2-core machine, the
  // other core idle but for Chromium and LibreOffice. Suites share nothing but the pane build (behind its lock)
  // and write only their own files.
  maxWorkers: Math.max(2, (os.availableParallelism?.() ?? os.cpus().length) - 1),
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // TypeScript → CommonJS by esbuild, types stripped only (tsc checks them: npm run typecheck). ts-jest, even with
  // isolatedModules, took 8 s of CPU to transform the 352 files of src and tests, esbuild under 1 s; on a clean
  // clone (no jest cache) each worker pays that for the files it loads.
  transform: { "^.+\\.tsx?$": "<rootDir>/tests/support/esbuild-transform.cjs" },
  testTimeout: 60000,
  // Compiles the CLI (lib/cli.cjs) when its sources changed: the few tests that spawn bin/breakdown.cjs use it.
  globalSetup: "<rootDir>/tests/support/global-setup.cjs",
  // The order suites start in (heaviest first, the pane's build started early, its suites placed after it).
  testSequencer: "<rootDir>/tests/support/sequencer.cjs",
};
