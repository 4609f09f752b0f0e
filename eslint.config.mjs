// Lint: TypeScript rules everywhere, and the picture of the code enforced (README "How the code is laid out"):
//   src/core     pure TypeScript: imports only src/core and src/strings, no package, no host global
//                (only ECMAScript's own globals: no fetch, document, window, setTimeout, process, Buffer …)
//   src/strings  the texts: imports only src/strings
//   src/app      between the core and the hosts: imports only src/app, src/core and src/strings, no package
//   adapters     src/excel, src/workbook, src/standalone, src/cli, src/wps: never import the pane (src/taskpane)
// Import cycles are caught by tests/foundation/cycles.test.ts (over the TypeScript import graph).
import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import globals from "globals";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

const NODE_BUILTINS = [
  "assert", "buffer", "child_process", "crypto", "events", "fs", "fs/promises", "http", "https", "net", "os",
  "path", "process", "readline", "stream", "url", "util", "worker_threads", "zlib",
];

/** Host globals the core must not touch (no-undef catches them too; these give the reason). */
const HOST_GLOBALS = [
  ["Office", "src/core must not touch Office.js."],
  ["Excel", "src/core must not touch Office.js."],
  ["window", "src/core has no DOM."],
  ["document", "src/core has no DOM."],
  ["navigator", "src/core has no DOM."],
  ["localStorage", "src/core has no DOM."],
  ["sessionStorage", "src/core has no DOM."],
  ["fetch", "src/core does no I/O: the adapters read and write."],
  ["XMLHttpRequest", "src/core does no I/O: the adapters read and write."],
  ["setTimeout", "src/core has no timers: it is pure."],
  ["setInterval", "src/core has no timers: it is pure."],
  ["queueMicrotask", "src/core has no timers: it is pure."],
  ["console", "src/core prints nothing: return findings instead."],
  ["process", "src/core has no Node APIs."],
  ["require", "src/core has no Node APIs."],
  ["Buffer", "src/core has no Node APIs."],
  ["__dirname", "src/core has no Node APIs."],
  ["global", "src/core has no Node APIs."],
  ["globalThis", "src/core must not reach for host globals."],
].map(([name, message]) => ({ name, message }));

/**
 * layers/imports: where a file's imports may go. Options: { allow?: dirs, forbid?: dirs, packages?: boolean,
 * message }. Dirs are relative to the repository. A relative import is resolved against the file; with `allow`
 * it must land in one of those dirs, with `forbid` in none of them. `packages: false` refuses every bare import
 * (npm packages, node: builtins). Static imports, re-exports and import() with a literal are all checked.
 */
const layersPlugin = {
  rules: {
    imports: {
      meta: {
        type: "problem",
        schema: [
          {
            type: "object",
            properties: {
              allow: { type: "array", items: { type: "string" } },
              forbid: { type: "array", items: { type: "string" } },
              packages: { type: "boolean" },
              message: { type: "string" },
            },
            additionalProperties: false,
          },
        ],
        messages: { layer: "{{message}} ({{source}})" },
      },
      create(context) {
        const opts = context.options[0] ?? {};
        const within = (rel, dirs) => dirs.some((d) => rel === d || rel.startsWith(d + "/"));
        const check = (node, source) => {
          if (typeof source !== "string") return;
          let bad = false;
          if (source.startsWith(".")) {
            const target = path.relative(ROOT, path.resolve(path.dirname(context.filename), source)).split(path.sep).join("/");
            if (opts.allow && !within(target, opts.allow)) bad = true;
            if (opts.forbid && within(target, opts.forbid)) bad = true;
          } else if (opts.packages === false) {
            bad = true;
          }
          if (bad) context.report({ node, messageId: "layer", data: { message: opts.message ?? "import not allowed here", source } });
        };
        return {
          ImportDeclaration: (n) => check(n.source, n.source.value),
          ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
          ExportAllDeclaration: (n) => check(n.source, n.source.value),
          ImportExpression: (n) => n.source.type === "Literal" && check(n.source, n.source.value),
        };
      },
    },
  },
};

const ADAPTERS = ["src/excel", "src/workbook", "src/standalone", "src/cli", "src/wps"];

/** Typed lint (recommendedTypeChecked: no floating promises, no unsafe any …) on the product's sources. */
const SRC = ["src/**/*.ts", "src/**/*.tsx"];
const typeChecked = [
  ...tseslint.configs.recommendedTypeChecked.map((c) => ({ ...c, files: SRC })),
  {
    files: SRC,
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: ROOT } },
  },
];

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "tests/.out/**", "assets/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...typeChecked,
  {
    // Not for src/core: flat config merges `globals`, so the core's block could not take these away again.
    ignores: ["src/core/**"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    plugins: { layers: layersPlugin },
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
    // Only ECMAScript's globals: the TypeScript scope manager knows the ES2022 library (values and types) and
    // nothing of the DOM or Node, so no-undef refuses any host global.
    languageOptions: { parserOptions: { lib: ["es2022"] } },
    rules: {
      "no-undef": "error",
      "layers/imports": [
        "error",
        { allow: ["src/core", "src/strings"], packages: false, message: "src/core imports only src/core and src/strings" },
      ],
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
      "no-restricted-globals": ["error", ...HOST_GLOBALS],
    },
  },
  {
    files: ["src/strings/**/*.ts"],
    rules: {
      "layers/imports": ["error", { allow: ["src/strings"], packages: false, message: "src/strings imports only src/strings" }],
    },
  },
  {
    files: ["src/app/**/*.ts"],
    rules: {
      "layers/imports": [
        "error",
        { allow: ["src/app", "src/core", "src/strings"], packages: false, message: "src/app imports only src/app, src/core and src/strings" },
      ],
    },
  },
  {
    files: ADAPTERS.map((d) => `${d}/**/*.{ts,tsx}`),
    rules: {
      "layers/imports": ["error", { forbid: ["src/taskpane"], message: "adapters never import the pane (src/taskpane)" }],
    },
  },
);
