/**
 * 从文稿导入 inside Excel: the imported table is written as a new sheet through Office.js (the double), the
 * same cells as the .xlsx path writes (importToXlsx), and 校验 then reads it back as the table it is.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { importDocument } from "../../src/core/import";
import { importToXlsx } from "../../src/workbook/import-book";
import { createExcelHost } from "../../src/excel/host";
import { createFakeExcel } from "../support/fake-excel";
import { normaliseSnapshot, snapshotExcelJs, snapshotFake } from "./support";
import { SEEDS_DIR } from "../fixtures/paths";

const SEEDS = SEEDS_DIR;
const seed = (prefix: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((f) => f.startsWith(prefix))!), "utf8");

test.each(["002_", "003_"])("seed %s: a new sheet 任务分解表 with the .xlsx path's cells; 校验 reads every imported row", async (prefix) => {
  const result = importDocument(seed(prefix), {});
  const fake = createFakeExcel({ sheets: [{ name: "Sheet1", values: [["已有内容"]] }] });
  const host = createExcelHost({ excel: fake.excel, office: fake.office });
  const name = await host.importTable!(result);
  expect(name).toBe("任务分解表");
  expect(fake.model.sheets.map((s) => s.name)).toEqual(["Sheet1", "任务分解表"]);
  expect(fake.model.grid("Sheet1")).toEqual([["已有内容"]]);
  expect(fake.model.sheetById(fake.model.activeSheetId)!.name).toBe("任务分解表");

  const wb = new ExcelJS.Workbook();
  const bytes = await importToXlsx(result);
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const xlsx = normaliseSnapshot(snapshotExcelJs(wb)).sheets.find((s) => s.name === "任务分解表")!;
  const excel = normaliseSnapshot(snapshotFake(fake.model)).sheets.find((s) => s.name === "任务分解表")!;
  expect(excel.values).toEqual(xlsx.values);
  expect(excel.formulas).toEqual({});

  const checked = await host.run("validate", { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: name });
  expect(checked.result.rows.length).toBe(result.rows.length);
  expect(checked.result.year).toBe(result.year);

  // A second import takes the next free name; nothing is overwritten.
  expect(await host.importTable!(result)).toBe("任务分解表(2)");
});
