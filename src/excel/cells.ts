/**
 * Writing cells through Office.js: planned cells and sheets, the added columns, and (without conditional formats)
 * the static highlight fill. Text is written as text: every string cell gets the number format "@" before its
 * value, so "=…", "+…", "2022/11/30" or "5月3日" stay the characters the user typed. Dates are written as serial
 * numbers with the plan's date format. Links use the hyperlink property (1.7); below 1.7, HYPERLINK("#…")
 * formulas as the .xlsx path writes them.
 */
import type { CellValue, CheckResult, EditPlan, PlannedCell, PlannedColumn, PlannedSheet } from "../core/types";
import { DUE_NUMBER_FORMAT } from "../core/plan";
import type { Capabilities } from "./office";
import { charsToPoints, columnA1, isoToSerial, rangeA1 } from "./a1";
import { payloadBytes, type SyncBatcher } from "./batch";
import { addCharts } from "./charts";

/** Bytes of one range write (a block of rows); larger blocks are split. */
const BLOCK_BYTES = 400_000;

export type Grid = (string | number | boolean | null)[][];

/** The value and number format one planned cell is written with (null, null: leave the cell alone). */
export function cellWrite(cell: PlannedCell | null | undefined, dateFormat: string): { value: string | number | boolean | null; format: string | null } {
  if (!cell) return { value: null, format: null };
  if (cell.formula) return { value: `=${cell.formula.replace(/^=/, "")}`, format: "General" };
  const v: CellValue = cell.value;
  if (cell.date && typeof v === "string") {
    const serial = isoToSerial(v);
    if (serial !== null) return { value: serial, format: dateFormat };
  }
  if (v === null || v === "") return { value: null, format: null };
  if (typeof v === "string") return { value: v, format: "@" };
  return { value: v, format: "General" };
}

/** Write a block of rows (values + formats) into `ws` starting at (top, left), split to stay under BLOCK_BYTES. */
export async function writeGrid(ws: Excel.Worksheet, batch: SyncBatcher, top: number, left: number, values: Grid, formats: Grid): Promise<void> {
  const width = Math.max(0, ...values.map((r) => r.length));
  if (width === 0) return;
  let start = 0;
  while (start < values.length) {
    let bytes = 0;
    let end = start;
    while (end < values.length && (end === start || bytes < BLOCK_BYTES)) {
      bytes += payloadBytes(values[end]) + payloadBytes(formats[end]);
      end++;
    }
    const pad = (r: Grid[number]) => (r.length < width ? [...r, ...new Array<null>(width - r.length).fill(null)] : r);
    const vs = values.slice(start, end).map(pad);
    const fs = formats.slice(start, end).map(pad);
    // Skip blocks with nothing to write.
    if (vs.some((r) => r.some((v) => v !== null)) || fs.some((r) => r.some((f) => f !== null))) {
      await batch.add(bytes);
      const range = ws.getRange(rangeA1(top + start, left, top + end - 1, left + width - 1));
      range.numberFormat = fs as string[][]; // formats first: "@" must be in place before the text arrives
      range.values = vs as (string | number | boolean)[][];
    }
    start = end;
  }
}

/** Runs of consecutive bold cells in each row → ranges to make bold. */
function boldRanges(rows: PlannedCell[][]): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    let j = 0;
    while (j < row.length) {
      if (row[j]?.bold) {
        let k = j;
        while (k + 1 < row.length && row[k + 1]?.bold) k++;
        out.push(rangeA1(i + 1, j + 1, i + 1, k + 1));
        j = k + 1;
      } else j++;
    }
  });
  return out;
}

/** An Excel string literal. */
function lit(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A link as a HYPERLINK formula (the fallback below ExcelApi 1.7; the .xlsx path writes links this way too).
 * The shown text is an escaped string literal: user text never becomes formula syntax.
 */
export function hyperlinkFormula(link: string, shown: CellValue): string {
  const target = lit(`#${link.replace(/^#/, "")}`);
  const text = shown === null ? '""' : typeof shown === "number" ? String(shown) : lit(String(shown));
  return `=HYPERLINK(${target},${text})`;
}

/** The per-cell looks beyond bold (italic, size, font colour, fill, wrap), one range per cell that has any. */
async function writeCellLooks(ws: Excel.Worksheet, rows: PlannedCell[][], batch: SyncBatcher): Promise<void> {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    for (let j = 0; j < row.length; j++) {
      const c = row[j];
      if (!c || !(c.italic || c.color || c.fill || c.wrap || c.size)) continue;
      await batch.add(120);
      const f = ws.getRange(rangeA1(i + 1, j + 1, i + 1, j + 1)).format;
      if (c.italic) f.font.italic = true;
      if (c.size) f.font.size = c.size;
      if (c.color) f.font.color = c.color;
      if (c.fill) f.fill.color = c.fill;
      if (c.wrap) {
        f.wrapText = true;
        f.verticalAlignment = "Top";
      }
    }
  }
}

/** Writes one planned sheet into `ws`; returns true when it wrote a formula. */
export async function writeSheetContent(ws: Excel.Worksheet, sheet: PlannedSheet, batch: SyncBatcher, caps: Capabilities): Promise<boolean> {
  const values: Grid = [];
  const formats: Grid = [];
  let formulas = false;
  for (const row of sheet.rows) {
    const w = row.map((c) => {
      if (c?.link && !caps.hyperlinks) {
        formulas = true;
        return { value: hyperlinkFormula(c.link, c.value), format: "General" };
      }
      if (c?.formula) formulas = true;
      return cellWrite(c, DUE_NUMBER_FORMAT);
    });
    values.push(w.map((x) => x.value));
    formats.push(w.map((x) => x.format));
  }
  await writeGrid(ws, batch, 1, 1, values, formats);
  for (const addr of boldRanges(sheet.rows)) {
    await batch.add(addr.length);
    ws.getRange(addr).format.font.bold = true;
  }
  if (caps.hyperlinks) {
    for (let i = 0; i < sheet.rows.length; i++) {
      const row = sheet.rows[i];
      for (let j = 0; j < row.length; j++) {
        const link = row[j]?.link;
        if (!link) continue;
        await batch.add(link.length * 3 + 20);
        ws.getRange(rangeA1(i + 1, j + 1, i + 1, j + 1)).hyperlink = { documentReference: link.replace(/^#/, "") };
      }
    }
  }
  await writeCellLooks(ws, sheet.rows, batch);
  for (const col of sheet.wrapColumns ?? []) {
    if (!sheet.rows.length) break;
    await batch.add(60);
    const range = ws.getRange(rangeA1(1, col, sheet.rows.length, col));
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
  for (let j = 0; j < (sheet.columnWidths ?? []).length; j++) {
    const w = sheet.columnWidths![j];
    if (!(w > 0)) continue;
    await batch.add(40);
    ws.getRange(columnA1(j + 1)).format.columnWidth = charsToPoints(w);
  }
  if (sheet.freezeRows && caps.freezePanes) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.tabColor && caps.tabColor) ws.tabColor = sheet.tabColor;
  if (sheet.charts?.length && caps.charts) await addCharts(ws, sheet.charts, batch, caps);
  return formulas;
}

export async function writeColumn(ws: Excel.Worksheet, col: PlannedColumn, batch: SyncBatcher): Promise<void> {
  const byRow = new Map(col.cells.map((c) => [c.row, c.cell] as const));
  const last = Math.max(col.headerRow, col.clear?.to ?? 0, ...col.cells.map((c) => c.row));
  const values: Grid = [];
  const formats: Grid = [];
  const dateFormat = col.numberFormat ?? DUE_NUMBER_FORMAT;
  for (let r = col.headerRow; r <= last; r++) {
    if (r === col.headerRow) {
      values.push([col.header]);
      formats.push(["@"]);
      continue;
    }
    const planned = byRow.get(r);
    if (planned) {
      const w = cellWrite(planned, dateFormat);
      // A cell the plan leaves empty inside the column's own rows is cleared.
      values.push([w.value === null ? "" : w.value]);
      formats.push([w.format ?? col.numberFormat ?? null]);
    } else if (col.clear && r >= col.clear.from && r <= col.clear.to) {
      values.push([""]);
      formats.push([col.numberFormat ?? null]);
    } else {
      values.push([null]);
      formats.push([null]);
    }
  }
  await writeGrid(ws, batch, col.headerRow, col.col, values, formats);
  if (col.width) {
    await batch.add(40);
    ws.getRange(columnA1(col.col)).format.columnWidth = charsToPoints(col.width);
  }
}

/** Without conditional formats (ExcelApi < 1.6): fill the 规范时限 cells of overdue / due-soon rows. */
export async function staticHighlights(ws: Excel.Worksheet, plan: EditPlan, result: CheckResult, batch: SyncBatcher): Promise<void> {
  const due = plan.columns[0];
  const layout = result.layout;
  if (!due || !layout || layout.lastDataRow < layout.firstDataRow) return;
  await batch.add(60);
  ws.getRange(rangeA1(layout.firstDataRow, due.col, layout.lastDataRow, due.col)).format.fill.clear();
  const colours = new Map(plan.highlights.map((h) => [h.kind, h] as const));
  for (const row of result.rows) {
    // The row's 三色预警 grade picks the rule whose colours it shows (深红 / 红 / 黄).
    const kind = row.grade === "crimson" ? "long-overdue" : row.state === "overdue" ? "overdue" : row.state === "stage-overdue" || row.state === "due-soon" ? "due-soon" : null;
    const rule = kind ? colours.get(kind) : undefined;
    if (!rule) continue;
    await batch.add(80);
    const cell = ws.getRange(rangeA1(row.row, due.col, row.row, due.col));
    cell.format.fill.color = rule.fill;
    cell.format.font.color = rule.fontColor;
  }
}
