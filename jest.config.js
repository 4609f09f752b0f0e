/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // TypeScript → CommonJS by esbuild, types stripped only (tsc checks them: npm run typecheck). ts-jest, even with
  // isolatedModules, spent several times the CPU on the same work (~8 s for the sources and tests, per worker).
  transform: { "^.+\\.tsx?$": "<rootDir>/tests/support/esbuild-transform.cjs" },
  testTimeout: 60000,
  // Compiles the CLI (lib/cli.cjs) when its sources changed: the few tests that spawn bin/breakdown.cjs use it.
  globalSetup: "<rootDir>/tests/support/global-setup.cjs",
  // The order suites start in (heaviest first, the pane's build started early, its suites placed after it).
  testSequencer: "<rootDir>/tests/support/sequencer.cjs",
};
