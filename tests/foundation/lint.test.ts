/**
 * The architecture's first rule, enforced by ESLint: src/core imports no React, Office.js, exceljs or Node
 * module; adapters may.
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
  const eslint = new ESLint({ cwd: process.cwd() });
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

function lintAll(cases: Array<{ filePath: string; code: string }>): Msg[][] {
  const r = spawnSync(process.execPath, ["-e", RUNNER], {
    cwd: REPO,
    input: JSON.stringify(cases.map((c) => ({ ...c, filePath: path.join(REPO, c.filePath) }))),
    encoding: "utf8",
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`eslint runner failed: ${r.stderr}`);
  const all = JSON.parse(r.stdout) as Msg[][];
  return all.map((ms) => ms.filter((m) => m.ruleId === "no-restricted-imports" || m.ruleId === "no-restricted-globals"));
}

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

let forbidden: Msg[][];
let globalsUsed: Msg[][];
let allowed: Msg[][];
beforeAll(() => {
  const results = lintAll([
    ...FORBIDDEN_IN_CORE.map((line) => ({ filePath: "src/core/x.ts", code: `${line}\nexport const y = 1;\n` })),
    ...GLOBALS.map((name) => ({ filePath: "src/core/x.ts", code: `export const y = typeof ${name};\n` })),
    ...ALLOWED,
  ]);
  forbidden = results.slice(0, FORBIDDEN_IN_CORE.length);
  globalsUsed = results.slice(FORBIDDEN_IN_CORE.length, FORBIDDEN_IN_CORE.length + GLOBALS.length);
  allowed = results.slice(FORBIDDEN_IN_CORE.length + GLOBALS.length);
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
