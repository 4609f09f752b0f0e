/**
 * Reading the workbook through the WPS 表格 (ET) object model: the table's values in one Value2 array (A1 to
 * the used range's end), the number formats only where they matter (numbers: is it a date?), the merged areas,
 * every other sheet's first rows (is it one we generated?), the alias sheet and the sheet's own rules.
 *
 * The jsapi answers each call at once (no batching as in Office.js), so the reads are kept few by asking for
 * whole ranges: a column's NumberFormat once (one format for all its cells is the usual case), a row's
 * MergeCells once (false for most rows), and cell by cell only where a range answers "mixed".
 */
import type { CellValue, MergedArea, SheetCells } from "../core/types";
import { findOverviewRecord, isGeneratedSheet, MARK_COLS, MARK_ROWS, OVERVIEW_FINGERPRINT_ROW, type OverviewRecord } from "../core/plan";

/** Rows read at the top of every other sheet: the generated-sheet mark and the overview's record. */
const HEAD_ROWS = Math.max(MARK_ROWS, OVERVIEW_FINGERPRINT_ROW);
import { readAliasSheet } from "../core/check";
import { HostError } from "../app/host";
import { strings, type Lang } from "../strings";
import { rangeA1 } from "../excel/a1";
import { FAR_CELLS, MAX_READ_COLS, ROW_GAP, TOP_ROWS } from "../app/far";
import { ALIAS_SHEET } from "../excel/read";
import { grid, XL_EXPRESSION, type EtApplication, type EtFormatCondition, type EtRange, type EtWorkbook, type EtWorksheet } from "./et";


export interface WpsRead {
  cells: SheetCells;
  /** Every sheet in tab order. */
  sheets: { name: string; generated: boolean; visible: boolean }[];
  aliases: Map<string, string> | undefined;
  protected: boolean;
  /** Formula-type rules on the table sheet (the adapter deletes the ones that are the plan's own). */
  rules: { rule: EtFormatCondition; formula: string }[];
  worksheet: EtWorksheet;
  workbook: EtWorkbook;
  /** What the 汇总 built from this table recorded (as-of date, fingerprint), or null: the pane's stale check. */
  overview: OverviewRecord | null;
  /** The used range's far corner when content far outside the table was left unread (a stray value), else null. */
  strayCorner: string | null;
}

export function plain(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // The ET model gives primitives; any other value (a host date object …) is shown as its own text, as before.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(v);
}

function plainFormat(f: unknown): string | null {
  return typeof f === "string" && f !== "" && f !== "General" ? f : null;
}

/** Values of a rectangle (1-based, inclusive). */
export function readValues(ws: EtWorksheet, top: number, left: number, bottom: number, right: number): CellValue[][] {
  const r = ws.Range(rangeA1(top, left, bottom, right));
  return grid(r.Value2, bottom - top + 1, right - left + 1).map((row) => row.map(plain));
}

export function isVisible(ws: EtWorksheet): boolean {
  const v = ws.Visible;
  return v === true || v === -1;
}

/** Consecutive runs of `rows` (sorted indices). */
function consecutive(rows: number[]): number[][] {
  const out: number[][] = [];
  for (const i of rows) {
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  }
  return out;
}

/**
 * Number formats of the numeric cells (the only ones whose format matters: is it a date?). Per run of numeric
 * cells in a column, one NumberFormat read when the run has one format; a run whose cells differ is halved until
 * each part has one, so a column of dates costs a read per run, not per cell.
 */
function numberFormats(ws: EtWorksheet, values: CellValue[][], cols: number): (string | null)[][] {
  const out = values.map((row) => row.map(() => null as string | null));
  const fill = (c: number, rows: number[]): void => {
    const first = rows[0];
    const last = rows[rows.length - 1];
    if (first === undefined || last === undefined) return;
    const f = ws.Range(rangeA1(first + 1, c + 1, last + 1, c + 1)).NumberFormat;
    if ((typeof f === "string" && f !== "") || rows.length === 1) {
      for (const i of rows) out[i][c] = plainFormat(f);
      return;
    }
    const half = Math.ceil(rows.length / 2);
    fill(c, rows.slice(0, half));
    fill(c, rows.slice(half));
  };
  for (let c = 0; c < cols; c++) {
    const rows = values.map((row, i) => (typeof row[c] === "number" ? i : -1)).filter((i) => i >= 0);
    for (const run of consecutive(rows)) fill(c, run);
  }
  return out;
}

/**
 * Merged areas within rows × cols. A block of rows whose MergeCells is false has none and is skipped whole;
 * others are halved down to single rows, whose cells are asked one by one (MergeArea gives each area's extent).
 */
function mergedAreas(ws: EtWorksheet, rows: number, cols: number): MergedArea[] {
  const out: MergedArea[] = [];
  const covered = (r: number, c: number) => out.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const scan = (top: number, bottom: number): void => {
    if (ws.Range(rangeA1(top, 1, bottom, cols)).MergeCells === false) return;
    if (top < bottom) {
      const mid = Math.floor((top + bottom) / 2);
      scan(top, mid);
      scan(mid + 1, bottom);
      return;
    }
    for (let c = 1; c <= cols; c++) {
      if (covered(top, c)) continue;
      const cell: EtRange = ws.Range(rangeA1(top, c, top, c));
      if (cell.MergeCells !== true) continue;
      const area = cell.MergeArea;
      out.push({ top: area.Row, left: area.Column, bottom: area.Row + area.Rows.Count - 1, right: area.Column + area.Columns.Count - 1 });
    }
  };
  scan(1, rows);
  return out;
}

export interface ReadOptions {
  /** The table's sheet; null: the active sheet. */
  sheet: string | null;
  /** Read the sheet's rules (标记逾期 replaces our own). */
  wantRules: boolean;
  lang: Lang;
}

/** The open workbook (throws HostError when there is none). */
export function activeWorkbook(app: EtApplication, lang: Lang): EtWorkbook {
  const wb = app.ActiveWorkbook;
  if (!wb) throw new HostError(strings(lang).wps.noWorkbook, "no-workbook");
  return wb;
}

export function sheetList(wb: EtWorkbook): EtWorksheet[] {
  const out: EtWorksheet[] = [];
  const n = wb.Worksheets.Count;
  for (let i = 1; i <= n; i++) out.push(wb.Worksheets.Item(i));
  return out;
}

export function readWorkbook(app: EtApplication, opts: ReadOptions): WpsRead {
  const t = strings(opts.lang).excel;
  const wb = activeWorkbook(app, opts.lang);
  const all = sheetList(wb);
  let ws: EtWorksheet | undefined;
  if (opts.sheet) {
    ws = all.find((s) => s.Name === opts.sheet);
    if (!ws) throw new HostError(t.sheetNotFound(opts.sheet), "sheet-not-found");
  } else {
    const active = wb.ActiveSheet;
    ws = active ? all.find((s) => s.Name === active.Name) : undefined;
    if (!ws) throw new HostError(strings(opts.lang).wps.noWorkbook, "no-workbook");
  }
  const sheetName = ws.Name;
  const first = (s: EtWorksheet) => readValues(s, 1, 1, MARK_ROWS, MARK_COLS);
  if (!opts.sheet && isGeneratedSheet(first(ws))) throw new HostError(t.generatedActive(sheetName), "generated-sheet");

  const used = ws.UsedRange;
  let rows = used.Row + used.Rows.Count - 1;
  let cols = used.Column + used.Columns.Count - 1;
  // A stray value far from the table stretches the used range over the whole sheet: bound it as Excel's reader
  // does (src/app/far.ts) — columns by what the top rows use, rows up to ROW_GAP empty rows past the last used.
  let strayCorner: string | null = null;
  const corner = rangeA1(rows, cols, rows, cols);
  if (cols > MAX_READ_COLS || rows * cols > FAR_CELLS) {
    const top = readValues(ws, 1, 1, Math.min(rows, TOP_ROWS), Math.min(cols, MAX_READ_COLS));
    let width = 1;
    for (const row of top) for (let j = row.length - 1; j >= width; j--) if (row[j] !== null) width = j + 1;
    if (width < cols) {
      cols = width;
      strayCorner = corner;
    }
  }
  let values: CellValue[][] = [];
  if (rows > 0 && cols > 0 && rows * cols <= FAR_CELLS) values = readValues(ws, 1, 1, rows, cols);
  else if (rows > 0 && cols > 0) {
    const block = Math.max(1, Math.floor(FAR_CELLS / 10 / cols));
    let lastUsed = 0;
    for (let top = 1; top <= rows; top += block) {
      const part = readValues(ws, top, 1, Math.min(rows, top + block - 1), cols);
      part.forEach((row, i) => {
        if (row.some((v) => v !== null)) lastUsed = top + i;
      });
      values.push(...part);
      if (top + block - 1 < rows && top + block - 1 - lastUsed > ROW_GAP) {
        strayCorner = corner;
        break;
      }
    }
    values.length = Math.min(values.length, lastUsed);
    rows = values.length;
  }
  const cells: SheetCells = { sheet: sheetName, firstRow: 1, firstCol: 1, values, numberFormats: numberFormats(ws, values, cols) };
  if (rows > 0 && cols > 0) cells.merges = mergedAreas(ws, rows, cols);

  const tops = all.map((s) => (s.Name === sheetName ? [] : readValues(s, 1, 1, HEAD_ROWS, MARK_COLS)));
  const sheets = all.map((s, i) => ({ name: s.Name, visible: isVisible(s), generated: s.Name !== sheetName && isGeneratedSheet((tops[i] ?? []).slice(0, MARK_ROWS)) }));
  let aliases: Map<string, string> | undefined;
  const aliasSheet = all.find((s) => s.Name.trim() === ALIAS_SHEET);
  if (aliasSheet) {
    const u = aliasSheet.UsedRange;
    const grid2 = readValues(aliasSheet, 1, 1, u.Row + u.Rows.Count - 1, u.Column + u.Columns.Count - 1);
    aliases = readAliasSheet({ sheet: ALIAS_SHEET, firstRow: 1, firstCol: 1, values: grid2 });
  }
  const rules: WpsRead["rules"] = [];
  if (opts.wantRules) {
    const fcs = ws.Cells.FormatConditions;
    for (let i = 1; i <= fcs.Count; i++) {
      const rule = fcs.Item(i);
      if (rule.Type === XL_EXPRESSION) rules.push({ rule, formula: String(rule.Formula1 ?? "") });
    }
  }
  return { cells, sheets, aliases, protected: Boolean(ws.ProtectContents), rules, worksheet: ws, workbook: wb, overview: findOverviewRecord(tops, sheetName), strayCorner };
}
