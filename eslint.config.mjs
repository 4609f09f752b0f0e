// Lint: TypeScript rules everywhere, and the one architectural rule that matters most:
// src/core is pure TypeScript — no React, no Office.js, no exceljs, no Node APIs, no DOM.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const NODE_BUILTINS = [
  "assert", "buffer", "child_process", "crypto", "events", "fs", "fs/promises", "http", "https", "net", "os",
  "path", "process", "readline", "stream", "url", "util", "worker_threads", "zlib",
];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "tests/.out/**", "assets/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.cjs", "**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["src/core/**/*.ts"],
    languageOptions: { globals: {} },
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: NODE_BUILTINS.map((name) => ({ name, message: "src/core is pure TypeScript: no Node APIs." })),
          patterns: [
            { group: ["node:*"], message: "src/core is pure TypeScript: no Node APIs." },
            { group: ["react", "react-dom", "react/*", "react-dom/*", "@fluentui/*"], message: "src/core must not import React or Fluent UI." },
            { group: ["exceljs", "exceljs/*"], message: "src/core must not import exceljs: that is src/workbook's job." },
            { group: ["@microsoft/office-js", "office-js", "@types/office-js"], message: "src/core must not import Office.js: that is src/excel's job." },
            { group: ["**/excel/**", "**/excel", "**/workbook/**", "**/workbook", "**/taskpane/**", "**/cli/**"], message: "src/core must not import adapters: imports go one way, into the core." },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "Office", message: "src/core must not touch Office.js." },
        { name: "Excel", message: "src/core must not touch Office.js." },
        { name: "window", message: "src/core has no DOM." },
        { name: "document", message: "src/core has no DOM." },
        { name: "process", message: "src/core has no Node APIs." },
        { name: "require", message: "src/core has no Node APIs." },
        { name: "Buffer", message: "src/core has no Node APIs." },
      ],
    },
  },
);
