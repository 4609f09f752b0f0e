/**
 * Writes an imported 任务分解表 (src/core/import) into an exceljs workbook — bytes only, no Node APIs, so the
 * standalone page uses it too. A new sheet is added; existing sheets are never touched (a sheet already called
 * 任务分解表 makes the new one 任务分解表(2)).
 */
import ExcelJS from "exceljs";
import { importSheetName, planImportSheet, type ImportCell } from "../core/import";
import type { ImportResult } from "../core/import/types";
import { strings, type Lang } from "../strings";

export interface ImportSheetOptions {
  lang?: Lang;
  /** The sheet's name; the first free 任务分解表(n) when absent. */
  name?: string;
}

const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();

/**
 * One style object per look, shared by every cell that has it (plain cells too): exceljs recognises a style
 * object it has seen by identity, so 100,000 cells with one look cost one style — a fresh object per cell
 * makes its writer's prepareModel quadratic. A shared object is never changed after it is assigned.
 */
class Looks {
  private readonly byKey = new Map<string, Partial<ExcelJS.Style>>();

  of(c: ImportCell): Partial<ExcelJS.Style> {
    const key = `${c.bold ? "b" : ""}|${c.italic ? "i" : ""}|${c.size ?? ""}|${c.color ?? ""}|${c.fill ?? ""}|${c.wrap ? "w" : ""}`;
    let st = this.byKey.get(key);
    if (!st) {
      st = {};
      const font: Partial<ExcelJS.Font> = {};
      if (c.bold) font.bold = true;
      if (c.italic) font.italic = true;
      if (c.size) font.size = c.size;
      if (c.color) font.color = { argb: argb(c.color) };
      if (Object.keys(font).length > 0) st.font = font;
      if (c.fill) st.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(c.fill) } };
      if (c.wrap) st.alignment = { wrapText: true, vertical: "top" };
      this.byKey.set(key, st);
    }
    return st;
  }
}

function applyCell(cell: ExcelJS.Cell, c: ImportCell, looks: Looks): void {
  // Text is written as a string value: exceljs never turns a string into a formula, so "=…" stays text.
  cell.value = c.value;
  cell.style = looks.of(c);
  if (c.note) cell.note = c.note;
}

/** Adds the sheet to `wb`; returns its name. */
export function writeImportedTable(wb: ExcelJS.Workbook, result: ImportResult, opts: ImportSheetOptions = {}): string {
  const name = opts.name ?? importSheetName(wb.worksheets.map((w) => w.name), opts.lang);
  const plan = planImportSheet(result, { name, lang: opts.lang });
  const ws = wb.addWorksheet(plan.name, { views: [{ state: "frozen", ySplit: plan.freezeRows }] });
  plan.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const looks = new Looks();
  plan.rows.forEach((cells, i) => {
    cells.forEach((c, j) => {
      if (c.value !== null || c.bold || c.italic || c.size || c.color || c.fill || c.wrap || c.note) applyCell(ws.getCell(i + 1, j + 1), c, looks);
    });
  });
  const width = plan.columnWidths.length;
  ws.autoFilter = { from: { row: plan.autoFilterRow, column: 1 }, to: { row: plan.autoFilterRow, column: width } };
  return plan.name;
}

/** A new workbook holding only the imported table, as .xlsx bytes. */
export async function importToXlsx(result: ImportResult, opts: ImportSheetOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = strings().ui.productName;
  writeImportedTable(wb, result, opts);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf);
}
