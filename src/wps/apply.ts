/**
 * Applying an EditPlan through the WPS 表格 (ET) object model, with the same results as the Excel adapter
 * (src/excel/apply.ts), so a file shared between WPS and Excel users looks the same:
 *
 * - Never a half-made summary: the new sheets are built under temporary names at the end of the workbook; only
 *   when all of them are written are the earlier run's sheets deleted and the new ones renamed (the swap). A
 *   failure before the swap deletes the temporary sheets; a failure inside it finishes it.
 * - Original cells are never written: only the added columns, the plan's own conditional formats, new sheets.
 * - Text is written as text ("@" before the value), dates as serials under the plan's date format.
 * - Conditional formats (xlExpression) go after the user's own (SetLastPriority), coloured with the plan's fill
 *   and font colours; a re-run deletes only the rules `isOwnRule` recognises.
 * - Links are real hyperlinks (Hyperlinks.Add with a SubAddress), as Excel's hyperlink property writes them.
 * - Screen updating and alerts are off while writing (a sheet deletion would otherwise ask the user), and the
 *   sheet the user was on is active again afterwards.
 */
import type { CheckResult, EditPlan, PlannedColumn, PlannedSheet } from "../core/types";
import { isOwnRule } from "../core/plan";
import { cellWrite } from "../excel/cells";
import { tempNames } from "../excel/swap";
import { rangeA1 } from "../excel/a1";
import { DUE_NUMBER_FORMAT } from "../core/plan";
import type { ProgressFn } from "../app/host";
import { bgr, XL_EXPRESSION, type EtApplication, type EtWorkbook, type EtWorksheet } from "./et";
import { setWidths, writeBlock, writeSheetContent, type Block } from "./write";
import type { WpsRead } from "./read";
import { sheetList } from "./read";

function sheetNamed(wb: EtWorkbook, name: string): EtWorksheet | undefined {
  return sheetList(wb).find((s) => s.Name === name);
}

/** A new sheet after the last one, named `name`. */
function addSheet(wb: EtWorkbook, name: string): EtWorksheet {
  const sheets = wb.Worksheets;
  const ws = sheets.Add(null, sheets.Item(sheets.Count));
  ws.Name = name;
  return ws;
}

/** Freeze the top `rows` rows of `ws` (through the window: ET has no per-sheet freeze; activates ws). */
function freezeRows(app: EtApplication, ws: EtWorksheet, rows: number): void {
  ws.Activate();
  const win = app.ActiveWindow;
  if (!win) return;
  win.FreezePanes = false;
  win.SplitColumn = 0;
  win.SplitRow = rows;
  win.FreezePanes = true;
}

/** One added column: header, the planned cells, the rows it owns cleared; cells outside are left alone. */
function writeColumn(ws: EtWorksheet, col: PlannedColumn): void {
  const byRow = new Map(col.cells.map((c) => [c.row, c.cell] as const));
  const last = Math.max(col.headerRow, col.clear?.to ?? 0, ...col.cells.map((c) => c.row));
  let run: { top: number; block: Block } | null = null;
  const flush = () => {
    if (run) writeBlock(ws, run.top, col.col, run.block);
    run = null;
  };
  const dateFormat = col.numberFormat ?? DUE_NUMBER_FORMAT;
  for (let r = col.headerRow; r <= last; r++) {
    let value: string | number | boolean | null;
    let format: string | null;
    const planned = byRow.get(r);
    if (r === col.headerRow) {
      value = col.header;
      format = "@";
    } else if (planned) {
      const w = cellWrite(planned, dateFormat);
      value = w.value;
      format = w.format ?? col.numberFormat ?? null;
    } else if (col.clear && r >= col.clear.from && r <= col.clear.to) {
      value = null;
      format = col.numberFormat ?? null;
    } else {
      flush(); // not this column's row: leave the cell alone
      continue;
    }
    run ??= { top: r, block: { values: [], formats: [], formulas: [] } };
    run.block.values.push([value]);
    run.block.formats.push([format]);
  }
  flush();
  if (col.width) setWidths(ws, [...new Array<number>(col.col - 1).fill(0), col.width]);
}

export interface ApplyOptions {
  onProgress?: ProgressFn;
}

export function applyPlan(app: EtApplication, plan: EditPlan, _result: CheckResult, read: WpsRead, opts: ApplyOptions = {}): void {
  const wb = read.workbook;
  const ws = read.worksheet;
  const active = wb.ActiveSheet?.Name ?? ws.Name;
  // Adding a rule moves the selection (see below): the user's active cell on the table is put back afterwards.
  const cell = active === ws.Name ? app.ActiveCell : null;
  const userCell = cell ? { row: cell.Row, col: cell.Column } : null;
  const names = tempNames(plan.sheets.length, read.sheets.map((s) => s.name));
  const made: { temp: string; final: string }[] = [];
  let swap: { deleted: number } | null = null;
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false;
  try {
    // 1. New sheets under temporary names, at the end of the workbook.
    plan.sheets.forEach((sheet, i) => {
      const tmp = addSheet(wb, names[i]);
      made.push({ temp: names[i], final: sheet.name });
      writeSheetContent(tmp, sheet);
      if (sheet.freezeRows) freezeRows(app, tmp, sheet.freezeRows);
      opts.onProgress?.(0.4 + (0.4 * (i + 1)) / plan.sheets.length, "sheets");
    });

    // 2. The added columns (our own cells only).
    if (plan.columns.length) opts.onProgress?.(0.82, "columns");
    for (const col of plan.columns) writeColumn(ws, col);

    // 3. Highlight rules: our old ones out, the new ones after the user's, in plan order.
    if (plan.replaceOwnRules || plan.highlights.length) opts.onProgress?.(0.88, "highlights");
    if (plan.replaceOwnRules) for (const own of read.rules) if (isOwnRule(own.formula)) own.rule.Delete();
    if (plan.highlights.length) {
      // Relative references in a new rule's formula are read from the active cell: stand on each range's top-left.
      ws.Activate();
      for (const rule of plan.highlights) {
        const range = ws.Range(rule.range);
        ws.Range(rangeA1(range.Row, range.Column, range.Row, range.Column)).Select();
        const fc = range.FormatConditions.Add(XL_EXPRESSION, undefined, `=${rule.formula.replace(/^=/, "")}`);
        fc.Interior.Color = bgr(rule.fill);
        fc.Font.Color = bgr(rule.fontColor);
        fc.SetLastPriority();
      }
      if (userCell) ws.Range(rangeA1(userCell.row, userCell.col, userCell.row, userCell.col)).Select();
    }

    // 4. The swap: every old sheet deleted first, then every new one renamed.
    swap = { deleted: 0 };
    for (const name of plan.replaceSheets) {
      sheetNamed(wb, name)?.Delete();
      swap.deleted++;
    }
    for (const m of made) renameTemp(wb, m);
    opts.onProgress?.(0.97, "write");
  } catch (e) {
    recover(wb, made, swap ? plan.replaceSheets.slice(swap.deleted) : null);
    throw e;
  } finally {
    try {
      sheetNamed(wb, active)?.Activate();
    } catch {
      // the user's sheet stays where WPS put it
    }
    app.DisplayAlerts = alerts;
    app.ScreenUpdating = screen;
  }
}

function renameTemp(wb: EtWorkbook, m: { temp: string; final: string }): void {
  const s = sheetNamed(wb, m.temp);
  if (s) s.Name = m.final;
}

/**
 * After a failure: before the swap (`left` null), the temporary sheets go and the workbook is as it was; inside
 * it, the swap is finished (every new sheet was complete): the old sheets `left` to delete, then the renames.
 * Best effort: whatever is left carries the generated mark, and the next run replaces it.
 */
function recover(wb: EtWorkbook, made: { temp: string; final: string }[], left: string[] | null): void {
  try {
    if (left === null) {
      for (const m of made) sheetNamed(wb, m.temp)?.Delete();
      return;
    }
    for (const name of left) sheetNamed(wb, name)?.Delete();
    for (const m of made) renameTemp(wb, m);
  } catch {
    // WPS refuses changes right now.
  }
}

/** 从文稿导入: the imported table (an ordinary PlannedSheet) as a new sheet at the end, then active. Existing sheets are left alone. */
export function writeImportSheet(app: EtApplication, wb: EtWorkbook, plan: PlannedSheet): void {
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    const ws = addSheet(wb, plan.name);
    writeSheetContent(ws, plan);
    if (plan.freezeRows) freezeRows(app, ws, plan.freezeRows);
    ws.Activate();
  } finally {
    app.ScreenUpdating = screen;
  }
}
