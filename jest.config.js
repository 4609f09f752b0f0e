/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/tests"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  transform: {
    "^.+\\.tsx?$": [
      "ts-jest",
      { tsconfig: { module: "commonjs", moduleResolution: "node10", jsx: "react-jsx", esModuleInterop: true, isolatedModules: true, ignoreDeprecations: "5.0" } },
    ],
  },
  testTimeout: 60000,
  // Compiles the CLI (lib/cli.cjs) when its sources changed: the few tests that spawn bin/breakdown.cjs use it.
  globalSetup: "<rootDir>/tests/support/global-setup.cjs",
};
