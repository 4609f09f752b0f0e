/**
 * The imported 任务分解表 (src/core/import planImportSheet) is an ordinary PlannedSheet: the zip-patching writer
 * adds it to a workbook with the looks the import gives it (bold title and header, sizes, fills, italic inferred
 * deadlines in their colour, wrapped texts, widths, frozen and autofiltered header), read back with exceljs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { importDocument, planImportSheet } from "../../src/core/import";
import type { EditPlan } from "../../src/core/types";
import { writePlan } from "../../src/workbook/xlsx/write";
import { SEEDS_DIR } from "../fixtures/paths";
import { MAIN, pkg } from "./writer-support";
import { addImportedSheet, importToXlsx } from "../../src/workbook/import-book";
import { chartAddition, unzip, withParts } from "./fidelity-corpus";

const seed = (prefix: string) => fs.readFileSync(path.join(SEEDS_DIR, fs.readdirSync(SEEDS_DIR).find((f) => f.startsWith(prefix))!), "utf8");
const existing = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>已有内容</t></is></c></row></sheetData></worksheet>`;

test("the zip writer adds the imported table with its looks; the user's sheet stays as it was", async () => {
  const result = importDocument(seed("000_"), {});
  const sheet = planImportSheet(result, { name: "任务分解表" });
  const plan: EditPlan = { sheet: "Sheet1", columns: [], highlights: [], sheets: [sheet], replaceSheets: [], notes: [] };
  const out = await writePlan(pkg({ sheets: [{ name: "Sheet1", xml: existing }] }), plan);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Sheet1", "任务分解表"]);
  expect(wb.getWorksheet("Sheet1")!.getCell("A1").value).toBe("已有内容");
  const ws = wb.getWorksheet("任务分解表")!;

  // Every planned value is in its cell.
  sheet.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      const v = ws.getCell(i + 1, j + 1).value;
      expect(v === undefined || v === "" ? null : v).toEqual(c.value === "" ? null : c.value);
    }),
  );
  const title = ws.getCell(1, 1);
  expect(title.value).toBe(result.sheetTitle);
  expect(title.font).toMatchObject({ bold: true, size: 14 });
  const header = ws.getCell(result.headerRow, 1);
  expect(header.font?.bold).toBe(true);
  expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } });
  expect(header.alignment).toMatchObject({ wrapText: true, vertical: "top" });
  sheet.columnWidths.forEach((w, j) => expect(ws.getColumn(j + 1).width).toBe(w));
  expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: result.headerRow });
  expect(ws.autoFilter).toBe(`A${result.headerRow}:${String.fromCharCode(64 + sheet.columnWidths.length)}${result.headerRow}`);

  // An inferred deadline: italic, in its colour, on its fill — as planned.
  const inferred = result.rows.find((r) => r.deadlineInferred);
  expect(inferred).toBeDefined();
  const dl = result.columns.findIndex((c) => c.role === "deadline");
  const planned = sheet.rows[inferred!.row - 1]![dl]!;
  const cell = ws.getCell(inferred!.row, dl + 1);
  expect(cell.value).toBe(inferred!.deadline);
  expect(cell.font).toMatchObject({ italic: true, color: { argb: `FF${planned.color!.slice(1)}` } });
  expect(cell.fill).toMatchObject({ fgColor: { argb: `FF${planned.fill!.slice(1)}` } });
});

test("从文稿导入 into an open workbook: every part of it byte for byte, the new sheet with its notes; twice gives 任务分解表(2)", async () => {
  const result = importDocument(seed("000_"), {});
  const input = withParts(chartAddition());
  const once = await addImportedSheet(input, result);
  expect(once.sheet).toBe("任务分解表");
  // The user's parts come back as they were (only the workbook's part list and styles change).
  const before = unzip(input);
  const after = unzip(once.bytes);
  const changed = new Set(["xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/styles.xml"]);
  for (const [name, data] of before) if (!changed.has(name)) expect([name, Buffer.from(after.get(name) ?? []).equals(Buffer.from(data))]).toEqual([name, true]);
  // The inferred deadlines carry their note (a legacy comment, as Excel, WPS and LibreOffice read it).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(once.bytes.buffer.slice(once.bytes.byteOffset, once.bytes.byteOffset + once.bytes.byteLength) as ArrayBuffer);
  const dl = result.columns.findIndex((c) => c.role === "deadline") + 1;
  const inferred = result.rows.filter((r) => r.deadlineInferred);
  expect(inferred.length).toBeGreaterThan(0);
  for (const r of inferred) expect(String(wb.getWorksheet("任务分解表")!.getCell(r.row, dl).note ?? "")).toContain("核对");
  // A second import: a second sheet, its own comments and drawing parts, nothing clashing.
  const twice = await addImportedSheet(once.bytes, result);
  expect(twice.sheet).toBe("任务分解表(2)");
  expect(twice.sheets).toEqual([...once.sheets, "任务分解表(2)"]);
  const names = [...unzip(twice.bytes).keys()];
  expect(names.filter((n) => /^xl\/comments\d+\.xml$/.test(n))).toHaveLength(2);
  expect(new Set(names).size).toBe(names.length);
});

test("import into a new workbook: one sheet, the imported table, readable", async () => {
  const result = importDocument(seed("000_"), {});
  const bytes = await importToXlsx(result);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["任务分解表"]);
  expect(wb.getWorksheet("任务分解表")!.getCell(1, 1).value).toBe(result.sheetTitle);
});
