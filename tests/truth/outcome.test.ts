/**
 * Outcomes that say what happened (issue 13): success only when the run did what was asked; "完成，但有 N 个错误"
 * as a warning; nothing written — no output bytes, an empty plan — when there is no table or a required column
 * is missing (and the message says which).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { classifyRun } from "../../src/app/outcome";
import { isEmptyPlan } from "../../src/core/plan";

const ALL = { columns: true, highlights: true, sheets: true };
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "../fixtures/workbooks", name));

async function bytesOf(rows: (string | number | null)[][]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("分解表");
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  return new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

async function runAll(bytes: Uint8Array) {
  const out = await processWorkbook(bytes, { asOf: "2022-10-20", parts: ALL, builtAt: "2022-10-20T09:00" });
  return { out, said: classifyRun(out.result, out.plan, "zh-CN") };
}

test("an empty sheet and a sheet without a header: blocked, nothing written, no output to download", async () => {
  for (const name of ["empty-sheet.xlsx", "no-header.xlsx"]) {
    const { out, said } = await runAll(fixture(name));
    expect(said.level).toBe("blocked");
    expect(said.wrote).toBe(false);
    expect(said.message).toMatch(/^没有写入任何内容：.*找不到任务分解表的表头/);
    expect(out.output).toBeNull();
    expect(isEmptyPlan(out.plan!)).toBe(true);
  }
});

test("a required column missing: blocked, the message names the missing columns, no empty 规范时限 or unit sheets", async () => {
  const bytes = await bytesOf([
    ["序号", "工作任务", "工作要求", "责任单位"],
    [1, "推进决策公开", "制定目录并公开。", "市发改委"],
    [2, "加强政策解读", "同步解读。", "市财政局"],
  ]);
  const { out, said } = await runAll(bytes);
  expect(said.level).toBe("blocked");
  expect(said.message).toContain("“时限”");
  expect(said.message).not.toContain("“责任单位”");
  expect(out.output).toBeNull();
  expect(out.plan).toMatchObject({ columns: [], highlights: [], sheets: [], replaceSheets: [] });
  expect(out.result.findings.map((f) => f.code)).toContain("missing-column");
});

test("a table with errors: done, but a warning that says how many errors — never plain success", async () => {
  const { out, said } = await runAll(fixture("problems.xlsx"));
  const errors = out.result.findings.filter((f) => f.severity === "error").length;
  expect(errors).toBeGreaterThan(0);
  expect(said.level).toBe("warning");
  expect(said.message).toBe(`完成，但有 ${errors} 个错误：请按校验结果逐条修正后重新运行。`);
  expect(said.wrote).toBe(true);
  expect(out.output).not.toBeNull();
  // 校验 alone (nothing written) says the same count, as a check.
  expect(classifyRun(out.result, null, "en-US").message).toMatch(new RegExp(`^Check finished: ${errors} errors? found`));
});

test("a good table: success, and it wrote something", async () => {
  const { said } = await runAll(fixture("seed004.xlsx"));
  expect(said).toMatchObject({ level: "success", wrote: true, errors: 0 });
});
