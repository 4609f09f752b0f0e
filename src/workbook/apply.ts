/**
 * Applying an EditPlan to an exceljs workbook (the .xlsx path: CLI `check -o` and the standalone page).
 * The Excel adapter (src/excel) applies the same plan through Office.js; the scenario suite holds both to the
 * same result.
 *
 * What it touches, and nothing else:
 * - the plan's added columns on the table sheet (header cell + the rows the column owns);
 * - the table sheet's conditional formats: only rules whose formula isOwnRule() are removed, then the plan's
 *   rules are added;
 * - sheets: the earlier run's generated sheets listed in plan.replaceSheets are removed, the plan's sheets added.
 * Every string is written as a string cell (never parsed as a formula); in-workbook links are written as
 * HYPERLINK("#'Sheet'!A1", …) formulas because exceljs 4.4 writes internal hyperlinks as broken external
 * relationships; the formula works in Excel, LibreOffice and WPS and carries its displayed value.
 * No Node APIs: this runs in the browser too.
 */
import type ExcelJS from "exceljs";
import type { EditPlan, PlannedCell, PlannedColumn, PlannedSheet, HighlightRule } from "../core/types";
import { WorkbookError } from "./errors";
import { conditionalFormats, removeOwnRules } from "./marks";

/** ISO date → a JS Date at midnight UTC (exceljs writes it as that day's serial). */
export function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** An Excel string literal. */
function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** Write one planned cell. */
export function writeCell(cell: ExcelJS.Cell, p: PlannedCell): void {
  if (p.link) {
    const shown = p.value === null ? "" : p.value;
    const friendly = typeof shown === "number" ? String(shown) : lit(String(shown));
    cell.value = { formula: `HYPERLINK(${lit(`#${p.link}`)},${friendly})`, result: shown } as ExcelJS.CellFormulaValue;
    cell.font = { ...(cell.font ?? {}), color: { argb: "FF0563C1" }, underline: true, ...(p.bold ? { bold: true } : {}) };
    return;
  }
  if (p.formula) {
    cell.value = { formula: p.formula } as ExcelJS.CellFormulaValue;
  } else if (p.date && typeof p.value === "string") {
    cell.value = isoToDate(p.value);
    cell.numFmt = "yyyy-mm-dd";
  } else if (typeof p.value === "string") {
    // A plain string value: exceljs stores it as a string cell whatever it begins with (= + - @ stay text).
    cell.value = p.value;
  } else {
    cell.value = p.value;
  }
  if (p.bold) cell.font = { ...(cell.font ?? {}), bold: true };
}

function copyLook(from: ExcelJS.Cell, to: ExcelJS.Cell): void {
  const s = from.style ?? {};
  const style: Partial<ExcelJS.Style> = {};
  if (s.border) style.border = JSON.parse(JSON.stringify(s.border));
  if (s.fill) style.fill = JSON.parse(JSON.stringify(s.fill));
  if (s.font) style.font = JSON.parse(JSON.stringify(s.font));
  if (s.alignment) style.alignment = JSON.parse(JSON.stringify(s.alignment));
  to.style = style;
}

function applyColumn(ws: ExcelJS.Worksheet, col: PlannedColumn): void {
  const header = ws.getRow(col.headerRow).getCell(col.col);
  if (col.styleFromCol) copyLook(ws.getRow(col.headerRow).getCell(col.styleFromCol), header);
  header.value = col.header;
  const byRow = new Map(col.cells.map((c) => [c.row, c.cell]));
  const rows = new Set<number>(byRow.keys());
  if (col.clear) for (let r = col.clear.from; r <= col.clear.to; r++) rows.add(r);
  for (const r of [...rows].sort((a, b) => a - b)) {
    const cell = ws.getRow(r).getCell(col.col);
    if (col.styleFromCol) copyLook(ws.getRow(r).getCell(col.styleFromCol), cell);
    const p = byRow.get(r);
    if (p) writeCell(cell, p);
    else cell.value = null;
    if (col.numberFormat) cell.numFmt = col.numberFormat;
  }
  const column = ws.getColumn(col.col);
  if (col.width && !column.width) column.width = col.width;
}

function applyRule(ws: ExcelJS.Worksheet, rule: HighlightRule, priority: number): void {
  ws.addConditionalFormatting({
    ref: rule.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [rule.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
          font: { color: { argb: argb(rule.fontColor) } },
        },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

function addSheet(wb: ExcelJS.Workbook, s: PlannedSheet): void {
  const ws = wb.addWorksheet(s.name, s.tabColor ? { properties: { tabColor: { argb: argb(s.tabColor) } } } : undefined);
  const wrap = new Set(s.wrapColumns ?? []);
  s.rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((p, j) => {
      const cell = row.getCell(j + 1);
      writeCell(cell, p);
      if (wrap.has(j + 1)) cell.alignment = { vertical: "top", wrapText: true };
    });
  });
  (s.columnWidths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (s.freezeRows) ws.views = [{ state: "frozen", xSplit: 0, ySplit: s.freezeRows }];
}

/**
 * Apply a plan to a loaded workbook (in place). Throws WorkbookError when the plan's sheet is not there, or
 * a sheet the plan adds would collide with one it keeps (buildPlan never plans that).
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: EditPlan): void {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new WorkbookError("sheet-not-found", `找不到工作表“${plan.sheet}”：请确认表格所在的工作表名称。`);
  for (const c of plan.columns) applyColumn(ws, c);
  if (plan.replaceOwnRules) removeOwnRules(ws);
  // The plan's rules come after the user's (their priorities are left as they are), in plan order.
  let priority = maxPriority(ws);
  for (const r of plan.highlights) applyRule(ws, r, ++priority);

  for (const name of plan.replaceSheets) {
    const old = wb.getWorksheet(name);
    if (old && old.name !== plan.sheet) wb.removeWorksheet(old.id);
  }
  for (const s of plan.sheets) {
    if (wb.worksheets.some((w) => w.name.toUpperCase() === s.name.toUpperCase())) {
      throw new WorkbookError("corrupt", `无法添加工作表“${s.name}”：已有同名工作表。请重命名该工作表后重试。`);
    }
    addSheet(wb, s);
  }
}

/** The highest priority number among the sheet's conditional-format rules (0 when none). */
function maxPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  for (const cf of conditionalFormats(ws)) for (const r of cf.rules) max = Math.max(max, (r as { priority?: number }).priority ?? 0);
  return max;
}
