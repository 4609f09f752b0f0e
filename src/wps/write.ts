/**
 * Writing cells through the ET object model in bulk: number formats by runs of equal formats in a column,
 * then the values of a whole block in one Value2 array. Text is written as text: its cells get the number
 * format "@" before the value arrives, so "=…", "+…", "2022/11/30" or "5月3日" stay the characters the user
 * typed. Dates are serial numbers under the plan's date format; plan formulas (only ever the plan's own) are
 * set through Range.Formula afterwards.
 */
import type { PlannedCell, PlannedSheet } from "../core/types";
import { cellWrite } from "../excel/cells";
import { columnA1, rangeA1 } from "../excel/a1";
import { DUE_NUMBER_FORMAT } from "../core/plan";
import { bgr, XL_VALIGN_TOP, type EtWorksheet } from "./et";
import { addCharts } from "./charts";

export type Grid = (string | number | boolean | null)[][];

/** One block of cells to write from (top, left): values, formats (null: leave the format) and formulas. */
export interface Block {
  values: Grid;
  formats: (string | null)[][];
  formulas: { row: number; col: number; formula: string }[];
}

export function blockOf(rows: (PlannedCell | null | undefined)[][]): Block {
  const values: Grid = [];
  const formats: (string | null)[][] = [];
  const formulas: Block["formulas"] = [];
  rows.forEach((row, i) =>
    row.forEach((c, j) => {
      if (c?.formula) formulas.push({ row: i, col: j, formula: `=${c.formula.replace(/^=/, "")}` });
    }),
  );
  for (const row of rows) {
    const w = row.map((c) => (c?.formula ? { value: null, format: "General" } : cellWrite(c, DUE_NUMBER_FORMAT)));
    values.push(w.map((x) => x.value));
    formats.push(w.map((x) => x.format));
  }
  return { values, formats, formulas };
}

/** Writes `block` with its top-left cell at (top, left). Every cell of the block is written (null: emptied). */
export function writeBlock(ws: EtWorksheet, top: number, left: number, block: Block): void {
  const height = block.values.length;
  const width = Math.max(0, ...block.values.map((r) => r.length));
  if (!height || !width) return;
  // Formats first, by vertical runs of one format in each column.
  for (let j = 0; j < width; j++) {
    let i = 0;
    while (i < height) {
      const f = block.formats[i]?.[j] ?? null;
      let k = i;
      while (k + 1 < height && (block.formats[k + 1]?.[j] ?? null) === f) k++;
      if (f !== null) ws.Range(rangeA1(top + i, left + j, top + k, left + j)).NumberFormat = f;
      i = k + 1;
    }
  }
  const values = block.values.map((r) => Array.from({ length: width }, (_, j) => (r[j] === null || r[j] === undefined ? "" : r[j])));
  ws.Range(rangeA1(top, left, top + height - 1, left + width - 1)).Value2 = values;
  for (const f of block.formulas) ws.Range(rangeA1(top + f.row, left + f.col, top + f.row, left + f.col)).Formula = f.formula;
}

/** Runs of consecutive cells where `pick` holds, in each row → A1 ranges. */
export function runs<T>(rows: (T | null | undefined)[][], pick: (c: T) => boolean): { top: number; left: number; right: number }[] {
  const out: { top: number; left: number; right: number }[] = [];
  rows.forEach((row, i) => {
    let j = 0;
    while (j < row.length) {
      const c = row[j];
      if (c && pick(c)) {
        let k = j;
        while (k + 1 < row.length && row[k + 1] && pick(row[k + 1] as T)) k++;
        out.push({ top: i + 1, left: j + 1, right: k + 1 });
        j = k + 1;
      } else j++;
    }
  });
  return out;
}

/** Column widths in characters (ET's ColumnWidth unit, as exceljs's). */
export function setWidths(ws: EtWorksheet, widths: readonly number[]): void {
  widths.forEach((w, j) => {
    if (w > 0) ws.Range(columnA1(j + 1)).ColumnWidth = w;
  });
}

/** A generated sheet's content (values, bold runs, links, cell looks, wrapping, widths, tab colour, charts); freezing is the caller's. */
export function writeSheetContent(ws: EtWorksheet, sheet: PlannedSheet): void {
  writeBlock(ws, 1, 1, blockOf(sheet.rows));
  for (const r of runs(sheet.rows, (c) => !!c.bold)) ws.Range(rangeA1(r.top, r.left, r.top, r.right)).Font.Bold = true;
  sheet.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      // After the value: a link added without a text to display keeps the cell's value (and its type).
      if (c?.link) ws.Hyperlinks.Add(ws.Range(rangeA1(i + 1, j + 1, i + 1, j + 1)), "", c.link.replace(/^#/, ""));
    }),
  );
  sheet.rows.forEach((row, i) =>
    row.forEach((c, j) => {
      if (!c || !(c.italic || c.color || c.fill || c.wrap || c.size)) return;
      const r = ws.Range(rangeA1(i + 1, j + 1, i + 1, j + 1));
      if (c.italic) r.Font.Italic = true;
      if (c.size) r.Font.Size = c.size;
      if (c.color) r.Font.Color = bgr(c.color);
      if (c.fill) r.Interior.Color = bgr(c.fill);
      if (c.wrap) {
        r.WrapText = true;
        r.VerticalAlignment = XL_VALIGN_TOP;
      }
    }),
  );
  for (const col of sheet.wrapColumns ?? []) {
    if (!sheet.rows.length) break;
    const range = ws.Range(rangeA1(1, col, sheet.rows.length, col));
    range.WrapText = true;
    range.VerticalAlignment = XL_VALIGN_TOP;
  }
  setWidths(ws, sheet.columnWidths ?? []);
  if (sheet.tabColor) ws.Tab.Color = bgr(sheet.tabColor);
  if (sheet.charts?.length) addCharts(ws, sheet.charts);
}
