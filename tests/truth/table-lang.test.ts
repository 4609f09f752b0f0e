/** Output language follows the table; the as-of hint when the plan year is over (issue 13). */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { asOfHint, outputLanguage, tableLanguage } from "../../src/core/table-lang";
import { processWorkbook } from "../../src/workbook/process";
import { strings } from "../../src/strings";

test("a Chinese header makes a Chinese table; no header, no language", () => {
  const layout = { columns: [{ role: "task", col: 1, header: "工作任务" }], title: null } as never;
  expect(tableLanguage({ layout })).toBe("zh-CN");
  expect(tableLanguage({ layout: { columns: [{ role: "no", col: 1, header: "No." }], title: "Plan 2022" } as never })).toBe("en-US");
  expect(tableLanguage({ layout: null })).toBeNull();
  expect(outputLanguage(undefined, { layout }, "en-US")).toBe("zh-CN");
  expect(outputLanguage("en-US", { layout }, "zh-CN")).toBe("en-US");
  expect(outputLanguage("table", { layout: null }, "en-US")).toBe("en-US");
});

test("a Chinese table processed with English messages gets Chinese columns and sheets by default, English when asked", async () => {
  const bytes = fs.readFileSync(path.join(__dirname, "../fixtures/workbooks/seed004.xlsx"));
  const parts = { columns: true, highlights: true, sheets: true };
  const load = async (b: Uint8Array) => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(b as unknown as ArrayBuffer);
    return wb;
  };
  const zh = strings("zh-CN").outputs;
  const en = strings("en-US").outputs;
  const byTable = await processWorkbook(bytes, { asOf: "2022-10-20", parts, lang: "en-US", builtAt: "x" });
  const wb = await load(byTable.output!);
  const header = (w: ExcelJS.Workbook) => (w.getWorksheet("分解表")!.getRow(2).values as unknown[]).filter((v) => typeof v === "string");
  expect(header(wb)).toEqual(expect.arrayContaining([zh.deadlineHeader, zh.stateHeader, zh.kindHeader]));
  expect(wb.getWorksheet("汇总")!.getCell("A1").value).toBe(zh.overviewTitle);
  const asked = await processWorkbook(bytes, { asOf: "2022-10-20", parts, lang: "zh-CN", outputLang: "en-US", builtAt: "x" });
  expect(header(await load(asked.output!))).toEqual(expect.arrayContaining([en.deadlineHeader, en.stateHeader, en.kindHeader]));
});

test("as-of hint: once the plan year is over, its last day; none while it runs", () => {
  expect(asOfHint(2022, "2024-05-01")).toBe("2022-12-31");
  expect(asOfHint(2022, "2023-01-01")).toBe("2022-12-31");
  expect(asOfHint(2022, "2022-12-31")).toBeNull();
  expect(asOfHint(2022, "2022-10-20")).toBeNull();
  expect(strings("zh-CN").ui.settings.planYearOver(2022, "2022-12-31")).toContain("2022-12-31");
});
