/**
 * The architecture, enforced by ESLint (eslint.config.mjs): src/core imports no React, Office.js, exceljs or Node
 * module and nothing outside src/core and src/strings, and uses no host global; src/app imports only app, core and
 * strings; src/strings only itself; adapters never import the pane. Each rule is shown to fire on a probe file.
 */
import * as path from "node:path";
import { spawnSync } from "node:child_process";

const REPO = path.resolve(__dirname, "..", "..");

// ESLint's Node API (ESLint#lintText) loads eslint.config.mjs with a dynamic import(), which jest's module
// sandbox does not allow; so it runs in a child Node process, all cases in one go.
const RUNNER = `
const { ESLint } = require("eslint");
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", async () => {
  // The probes are about the layer rules: the typed rules (which need the files on disk, in the project) are off.
  const { configs } = require("typescript-eslint");
  const eslint = new ESLint({ cwd: process.cwd(), overrideConfig: [configs.disableTypeChecked] });
  const out = [];
  for (const c of JSON.parse(input)) {
    const [r] = await eslint.lintText(c.code, { filePath: c.filePath });
    out.push(r.messages.map((m) => ({ ruleId: m.ruleId, severity: m.severity, message: m.message })));
  }
  process.stdout.write(JSON.stringify(out));
});`;

interface Msg {
  ruleId: string | null;
  severity: number;
  message: string;
}

function lintAllRaw(cases: Array<{ filePath: string; code: string }>): Msg[][] {
  const r = spawnSync(process.execPath, ["-e", RUNNER], {
    cwd: REPO,
    input: JSON.stringify(cases.map((c) => ({ ...c, filePath: path.join(REPO, c.filePath) }))),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`eslint runner failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Msg[][];
}

const restrictedOnly = (all: Msg[][]) =>
  all.map((ms) => ms.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals"));

const FORBIDDEN_IN_CORE = [
  'import ExcelJS from "exceljs";',
  'import * as React from "react";',
  'import { createRoot } from "react-dom/client";',
  'import { Button } from "@fluentui/react-components";',
  'import * as fs from "node:fs";',
  'import * as fs from "fs";',
  'import * as path from "path";',
  'import "@microsoft/office-js";',
  'import { createExcelHost } from "../excel/host";',
];

const GLOBALS = ["Office", "Excel", "window", "document", "process"];
const ALLOWED = [
  { filePath: "src/core/x.ts", code: 'import { trimAll } from "./text";\nexport const y = trimAll;\n' },
  { filePath: "src/workbook/x.ts", code: 'import ExcelJS from "exceljs";\nexport const y = ExcelJS;\n' },
  { filePath: "src/cli/x.ts", code: 'import * as fs from "node:fs";\nexport const y = fs;\n' },
  { filePath: "src/taskpane/x.tsx", code: 'import * as React from "react";\nexport const y = React;\n' },
];

/** Imports across layers that the layers/imports rule refuses: [file, import line]. */
const LAYER_BREAKS: Array<[string, string]> = [
  ["src/core/x.ts", 'import { HostError } from "../app/host";'],
  ["src/core/deadline/x.ts", 'import { readYear } from "../../app/settings";'],
  ["src/core/x.ts", 'import { x } from "../../tests/support/x";'],
  ["src/core/x.ts", 'import fc from "fast-check";'],
  ["src/core/x.ts", 'export { x } from "../standalone/files";'],
  ["src/app/x.ts", 'import { App } from "../taskpane/App";'],
  ["src/app/x.ts", 'import { createExcelHost } from "../excel/host";'],
  ["src/app/x.ts", 'import { processWorkbook } from "../workbook/process";'],
  ["src/app/x.ts", 'import ExcelJS from "exceljs";'],
  ["src/app/x.ts", 'import * as React from "react";'],
  ["src/strings/x.ts", 'import type { Finding } from "../core/types";'],
  ["src/excel/x.ts", 'import { partsFor } from "../taskpane/logic";'],
  ["src/workbook/x.ts", 'import { App } from "../taskpane/App";'],
  ["src/standalone/x.ts", 'export * from "../taskpane/logic";'],
  ["src/cli/commands/x.ts", 'import { shorten } from "../../taskpane/logic";'],
  ["src/wps/x.ts", 'import type { SettingsForm } from "../taskpane/logic";'],
  ["src/excel/x.ts", 'export const y = () => import("../taskpane/logic");'],
];

/** Host globals in the core that no-undef (only ECMAScript's globals) or no-restricted-globals refuses. */
const HOST_GLOBALS_IN_CORE = ["fetch", "setTimeout", "localStorage", "navigator", "Buffer", "require", "console", "structuredClone", "Worker", "URL"];

/** What the layers allow (no message from any rule). */
const LAYERS_ALLOW = [
  { filePath: "src/core/x.ts", code: 'import { strings } from "../strings";\nimport { trimAll } from "./text";\nexport const y: Record<string, Promise<number>> = {};\nexport const z = [strings, trimAll, new Map<string, number>(), Intl.Collator, Math.max];\n' },
  { filePath: "src/app/x.ts", code: 'import { checkSheet } from "../core/check";\nimport { strings } from "../strings";\nimport { partsFor } from "./actions";\nexport const y = [checkSheet, strings, partsFor];\n' },
  { filePath: "src/excel/x.ts", code: 'import { HostError } from "../app/host";\nexport const y = HostError;\n' },
  { filePath: "src/taskpane/x.tsx", code: 'import { createFileHost } from "../standalone/file-host";\nexport const y = createFileHost;\n' },
];

let forbidden: Msg[][];
let globalsUsed: Msg[][];
let allowed: Msg[][];
let layerBreaks: Msg[][];
let hostGlobals: Msg[][];
let layersAllow: Msg[][];
beforeAll(() => {
  const all = lintAllRaw([
    ...FORBIDDEN_IN_CORE.map((line) => ({ filePath: "src/core/x.ts", code: `${line}\nexport const y = 1;\n` })),
    ...GLOBALS.map((name) => ({ filePath: "src/core/x.ts", code: `export const y = typeof ${name};\n` })),
    ...ALLOWED,
    ...LAYER_BREAKS.map(([filePath, line]) => ({ filePath, code: `${line}\n` })),
    ...HOST_GLOBALS_IN_CORE.map((name) => ({ filePath: "src/core/x.ts", code: `export const y = ${name};\n` })),
    ...LAYERS_ALLOW,
  ]);
  const results = restrictedOnly(all);
  let at = 0;
  const take = <T,>(from: T[], n: number) => from.slice(at, (at += n));
  forbidden = take(results, FORBIDDEN_IN_CORE.length);
  globalsUsed = take(results, GLOBALS.length);
  allowed = take(results, ALLOWED.length);
  layerBreaks = take(all, LAYER_BREAKS.length);
  hostGlobals = take(all, HOST_GLOBALS_IN_CORE.length);
  layersAllow = take(all, LAYERS_ALLOW.length);
}, 120_000);

test.each(FORBIDDEN_IN_CORE.map((line, i) => [line, i] as const))("src/core may not: %s", (_line, i) => {
  const messages = forbidden[i];
  expect(messages.length).toBeGreaterThan(0);
  expect(messages[0].severity).toBe(2);
  expect(messages[0].message).toMatch(/src\/core/);
});

test.each(GLOBALS.map((name, i) => [name, i] as const))("src/core may not touch the global %s", (_name, i) => {
  expect(globalsUsed[i].map((m) => m.ruleId)).toContain("no-restricted-globals");
});

test.each(ALLOWED.map((c, i) => [c.filePath, c.code.split("\n")[0], i] as const))("%s may: %s", (_f, _line, i) => {
  expect(allowed[i]).toEqual([]);
});

test.each(LAYER_BREAKS.map(([f, line], i) => [f, line, i] as const))("%s may not: %s", (_f, _line, i) => {
  const layer = layerBreaks[i].filter((m) => m.ruleId === "layers/imports");
  expect(layer).toHaveLength(1);
  expect(layer[0].severity).toBe(2);
  expect(layer[0].message).toMatch(/src\/(core|app|strings|taskpane)/);
});

test.each(HOST_GLOBALS_IN_CORE)("src/core may not use the host global %s", (name) => {
  const ms = hostGlobals[HOST_GLOBALS_IN_CORE.indexOf(name)];
  expect(ms.some((m) => (m.ruleId === "no-undef" || m.ruleId === "no-restricted-globals") && m.severity === 2)).toBe(true);
});

test.each(LAYERS_ALLOW.map((c, i) => [c.filePath, c.code.split("\n")[0], i] as const))("%s may: %s", (_f, _line, i) => {
  expect(layersAllow[i]).toEqual([]);
});
