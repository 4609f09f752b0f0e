/**
 * The 从文稿导入 view: its logic (year field, counts, order of findings) and what it renders for a real import
 * of seed 003 (server-side render: no DOM in this test environment).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as React from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { importDocument, summariseImport } from "../../../src/core/import";
import { ImportView } from "../../../src/taskpane/import/ImportView";
import { parseYearField, sortedFindings, summaryCounts } from "../../../src/taskpane/import/logic";
import { SEEDS_DIR } from "../../fixtures/paths";

const SEEDS = SEEDS_DIR;
const seed = (p: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(p))!), "utf8");

test.each([
  ["", { ok: true, year: null }],
  [" 2022 ", { ok: true, year: 2022 }],
  ["２０２３年", { ok: true, year: 2023 }],
  ["22", { ok: false }],
  ["二〇二二", { ok: false }],
  ["3000", { ok: false }],
])("year field %j", (text, expected) => {
  expect(parseYearField(text)).toEqual(expected);
});

test("counts and findings of seed 002: four rows without units draw attention; errors first", () => {
  const summary = summariseImport(importDocument(seed("002_")), "任务分解表");
  expect(summaryCounts(summary).map((c) => [c.key, c.value, c.attention])).toEqual([
    ["rowsFound", 26, false],
    ["rowsWithoutUnits", 4, true],
    ["rowsWithoutDeadline", 4, true],
    ["rowsInferred", 0, false],
  ]);
  const mixed = sortedFindings([{ code: "number-gap", severity: "warning", row: 3, column: 2, message: "w" }, ...summary.findings]);
  expect(mixed[0].severity).toBe("error");
  expect(mixed[mixed.length - 1].code).toBe("number-gap");
});

test("renders the form, and a result with its counts and findings", () => {
  const summary = summariseImport(importDocument(seed("003_")), "任务分解表");
  const html = renderToString(
    <FluentProvider theme={webLightTheme}>
      <ImportView onImport={async () => summary} initialSummary={summary} />
    </FluentProvider>,
  );
  expect(html).toContain("生成分解表");
  expect(html).toContain("计划年度");
  expect(html).toContain("<textarea");
  expect(html).toContain("已生成工作表“任务分解表”：47 项工作任务，计划年度 2022。");
  expect(html).toContain("（十五）");
  const en = renderToString(
    <FluentProvider theme={webLightTheme}>
      <ImportView onImport={async () => summary} lang="en-US" />
    </FluentProvider>,
  );
  expect(en).toContain("Create table");
  const none = summariseImport(importDocument("请各单位认真落实。"), "任务分解表");
  const empty = renderToString(
    <FluentProvider theme={webLightTheme}>
      <ImportView onImport={async () => none} initialSummary={none} />
    </FluentProvider>,
  );
  expect(empty).toContain("没有找到任何工作任务");
  expect(en).not.toContain("生成分解表");
});
