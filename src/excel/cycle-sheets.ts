/**
 * 分发 inside Excel without Excel.createWorkbook: each unit's report sheet (the plan of src/core/cycle
 * planUnitBook) written into the open workbook, ready to be moved to a new workbook. What the Office.js API can
 * set, it sets: the fill-in columns unlocked (ExcelApi 1.2), 完成状态 a dropdown (1.8), the header frozen (1.7),
 * the sheet protected (1.2; a password needs 1.7). A sheet carries the unit workbook's mark in A2, so the next
 * 分发 deletes and rewrites it, and 回收 reads it wherever it was moved. Writes are batched (SyncBatcher): the
 * number of syncs grows with the data's size, not with the number of rows or units.
 */
import type { UnitBookPlan } from "../core/cycle";
import { DUE_NUMBER_FORMAT } from "../core/plan";
import { strings, type Lang } from "../strings";
import { DEFAULT_BUDGET, payloadBytes, SyncBatcher } from "./batch";
import { cellWrite, type Grid } from "./cells";
import { charsToPoints, columnA1, rangeA1 } from "./a1";
import type { Capabilities } from "./office";

/** What a unit sheet writer may use beyond ExcelApi 1.1. */
export interface CycleCaps extends Capabilities {
  /** ExcelApi 1.8: range.dataValidation. */
  dataValidation: boolean;
  /** ExcelApi 1.7: a password for worksheet.protection.protect. */
  protectionPassword: boolean;
}

const HEADER_FILL = "#D9E1F2";
const FILL_IN = "#FFF2CC";
const INSTRUCTION_COLOR = "#C00000";
/** Rows per value write (a block stays far under the request limit). */
const ROWS_PER_BLOCK = 2000;


async function writeValues(ws: Excel.Worksheet, plan: UnitBookPlan, batch: SyncBatcher): Promise<void> {
  const width = plan.columnWidths.length;
  for (let start = 0; start < plan.rows.length; start += ROWS_PER_BLOCK) {
    const rows = plan.rows.slice(start, start + ROWS_PER_BLOCK);
    const values: Grid = [];
    const formats: Grid = [];
    for (const row of rows) {
      const v: Grid[number] = [];
      const f: Grid[number] = [];
      for (let j = 0; j < width; j++) {
        const w = cellWrite(row[j], DUE_NUMBER_FORMAT);
        v.push(w.value);
        // Every cell of ours is text unless a date or number: fill-in cells too, so a unit's "=…" stays text.
        f.push(w.format ?? "@");
      }
      values.push(v);
      formats.push(f);
    }
    await batch.add(payloadBytes(values) + payloadBytes(formats));
    const range = ws.getRange(rangeA1(start + 1, 1, start + rows.length, width));
    range.numberFormat = formats as string[][]; // "@" before the text arrives
    range.values = values as (string | number | boolean)[][];
  }
}

/** Write one unit's sheet into `ws` (a new, empty sheet); returns nothing, queues everything on `batch`. */
export async function writeUnitSheet(ws: Excel.Worksheet, plan: UnitBookPlan, batch: SyncBatcher, caps: CycleCaps, lang: Lang): Promise<void> {
  const t = strings(lang).cycle;
  const width = plan.columnWidths.length;
  await writeValues(ws, plan, batch);
  const first = plan.firstDataRow;
  const last = Math.max(plan.lastDataRow, first);

  await batch.add(400);
  const title = ws.getRange(rangeA1(1, 1, 1, width));
  title.format.font.bold = true;
  title.format.font.color = INSTRUCTION_COLOR;
  title.format.wrapText = true;
  if (caps.protection) {
    // ExcelApi 1.2, like protection: the instruction spans the table.
    title.merge(false);
    title.format.rowHeight = 48;
  }
  (plan.rows[1] ?? []).forEach((c, j) => {
    if (c?.bold) ws.getRange(rangeA1(2, j + 1, 2, j + 1)).format.font.bold = true;
  });
  const header = ws.getRange(rangeA1(plan.headerRow, 1, plan.headerRow, width));
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  header.format.wrapText = true;
  for (const c of plan.fillColumns) ws.getRange(rangeA1(plan.headerRow, c, plan.headerRow, c)).format.fill.color = FILL_IN;

  for (let j = 0; j < width; j++) {
    await batch.add(40);
    ws.getRange(columnA1(j + 1)).format.columnWidth = charsToPoints(plan.columnWidths[j] ?? 10);
  }
  for (const c of plan.wrapColumns) {
    await batch.add(80);
    const r = ws.getRange(rangeA1(first, c, last, c));
    r.format.wrapText = true;
    r.format.verticalAlignment = "Top";
  }
  // The fill-in columns: tinted, and the only cells left unlocked.
  for (const c of plan.fillColumns) {
    await batch.add(120);
    const r = ws.getRange(rangeA1(first, c, last, c));
    r.format.fill.color = FILL_IN;
    if (caps.protection) r.format.protection.locked = false;
  }
  if (caps.dataValidation) {
    await batch.add(payloadBytes(plan.statusWords) + 200);
    const dv = ws.getRange(rangeA1(first, plan.statusColumn, last, plan.statusColumn)).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: plan.statusWords.join(",") } };
    dv.errorAlert = { showAlert: true, style: "Stop", title: t.validationTitle, message: t.validationError };
  }
  if (caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
  // Protection last: a protected sheet refuses the writes above.
  if (caps.protection) {
    await batch.add(120);
    const options: Excel.WorksheetProtectionOptions = { allowFormatColumns: true, allowFormatRows: true };
    if (plan.password && caps.protectionPassword) ws.protection.protect(options, plan.password);
    else ws.protection.protect(options);
  }
}

export interface UnitSheetsResult {
  sheets: string[];
  syncs: number;
}

/**
 * Delete the unit sheets an earlier 分发 wrote (`earlier`: their names), then add one sheet per plan under
 * `names`, written and protected. The caller has read the workbook; this queues and sends the writes.
 */
export async function writeUnitSheets(
  ctx: Excel.RequestContext,
  books: readonly UnitBookPlan[],
  names: readonly string[],
  earlier: readonly string[],
  caps: CycleCaps,
  lang: Lang,
  budget = DEFAULT_BUDGET,
): Promise<UnitSheetsResult> {
  const batch = new SyncBatcher(ctx, caps, budget);
  for (const name of earlier) {
    await batch.add(name.length + 40);
    ctx.workbook.worksheets.getItem(name).delete();
  }
  for (let i = 0; i < books.length; i++) {
    const book = books[i];
    const name = names[i];
    if (!book || !name) continue;
    await batch.add(name.length + 40);
    const ws = ctx.workbook.worksheets.add(name);
    await writeUnitSheet(ws, book, batch, caps, lang);
  }
  await batch.flush();
  return { sheets: names.slice(), syncs: batch.syncs };
}
