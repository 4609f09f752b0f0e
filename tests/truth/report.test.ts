/** The CLI's text report (issue 13): the summary first, at most 20 lines per list, short on a 10,000-row table. */
import { checkSheet } from "../../src/core/check";
import { sheetCells } from "../../src/workbook/read";
import { checkReport, MAX_LIST_ROWS } from "../../src/cli/commands/check";
import { classifyRun } from "../../src/app/outcome";
import { strings } from "../../src/strings";
import { buildSeed004Workbook, seed004Table } from "../fixtures/build-workbooks";

let big: ReturnType<typeof checkSheet>;

beforeAll(async () => {
  const perCopy = seed004Table().rows.filter((r) => r.no !== null).length;
  const wb = await buildSeed004Workbook({ repeat: Math.ceil(10_000 / perCopy), realDates: true });
  big = checkSheet(sheetCells(wb.getWorksheet("分解表")!), { asOf: "2022-10-20" });
});

test("10,000 rows: a short report, the summary in its first lines, every list cut at 20 with how many more", () => {
  const text = checkReport(big, "zh-CN", classifyRun(big, null, "zh-CN"));
  const lines = text.trimEnd().split("\n");
  expect(lines.length).toBeLessThan(120);
  const overdue = big.rows.filter((r) => r.state === "overdue").length;
  expect(overdue).toBeGreaterThan(MAX_LIST_ROWS);
  // The summary first: the sheet line, then the counts by state in the one vocabulary, then the findings count.
  expect(lines[0]).toContain("工作表“分解表”");
  expect(lines[1]).toContain(`共 ${big.rows.length} 项任务`);
  expect(lines[1]).toContain(`${strings("zh-CN").words.state.overdue} ${overdue}`);
  expect(lines[2]).toMatch(/^发现问题|^没有发现问题/);
  // The overdue list: 20 lines, then "……另有 N 项（--json 或 -o 查看全部）".
  const start = lines.indexOf("已逾期的任务：");
  expect(start).toBeGreaterThan(2);
  expect(lines.slice(start + 1, start + 1 + MAX_LIST_ROWS).every((l) => l.startsWith("  第"))).toBe(true);
  expect(lines[start + 1 + MAX_LIST_ROWS]).toBe(`  ……另有 ${overdue - MAX_LIST_ROWS} 项（--json 或 -o 查看全部）`);
});

test("in English the same layout, with the English 'more' line", () => {
  const text = checkReport(big, "en-US");
  expect(text).toMatch(/ {2}… and \d+ more \(see all with --json or -o\)/);
  expect(text.split("\n").length).toBeLessThan(120);
});
