/**
 * Reading .xlsx workbooks with exceljs — bytes only, no Node APIs (the standalone page uses it too).
 *   loadWorkbook(bytes)        → ExcelJS.Workbook, or a WorkbookError with a one-line Chinese reason
 *   sheetCells(ws)             → SheetCells (plain values, number formats, merges) for the core
 *   pickTableSheet(wb, name?)  → the sheet holding the table
 *   readAliases(wb)            → the user's alias list from a sheet named 单位别名
 */
import ExcelJS from "exceljs";
import type { CellValue, MergedArea, SheetCells } from "../core/types";
import { isGeneratedSheet, MARK_COLS, MARK_ROWS } from "../core/own";
import { readAliasSheet } from "../core/check";
import { findLayout, Grid } from "../core/table";
import { ALIAS_SHEET, corruptError, noSheetError, sameName, sheetNotFoundError, signatureError } from "./errors";
import { serialFromTime } from "../core/dates";

export { ALIAS_SHEET } from "./errors";


function toBytes(input: Uint8Array | ArrayBuffer): Uint8Array {
  return input instanceof Uint8Array ? input : new Uint8Array(input);
}

/** Open .xlsx bytes. Throws WorkbookError (never anything else) when the file cannot be used. */
export async function loadWorkbook(input: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const bytes = toBytes(input);
  const bad = signatureError(bytes);
  if (bad) throw bad;
  const wb = new ExcelJS.Workbook();
  try {
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    await wb.xlsx.load(ab);
  } catch {
    throw corruptError();
  }
  if (wb.worksheets.length === 0) throw noSheetError();
  return wb;
}

/** A JS Date as exceljs reads it (UTC midnight of the cell's date) → Excel serial (1900 system). */
export function dateToSerial(d: Date): number {
  return serialFromTime(d.getTime());
}

type ExcelValue = ExcelJS.CellValue;

function richText(v: { richText: { text: string }[] }): string {
  return v.richText.map((r) => r.text ?? "").join("");
}

/** One exceljs cell value → a plain core value. */
export function plainValue(v: ExcelValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  if (typeof v === "object") {
    if ("error" in v) return String(v.error);
    if ("richText" in v && Array.isArray(v.richText)) return richText(v);
    if ("hyperlink" in v) {
      const t: unknown = (v as { text?: unknown }).text;
      if (typeof t === "string") return t;
      if (t && typeof t === "object" && "richText" in t) return richText(t as { richText: { text: string }[] });
      return String(v.hyperlink ?? "");
    }
    if ("formula" in v || "sharedFormula" in v) {
      const result = (v as { result?: ExcelValue }).result;
      return result === undefined ? null : plainValue(result);
    }
  }
  return null;
}

interface MergeModel {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function decodeAddress(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(a.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col };
}

/** The merged areas of a worksheet (exceljs keeps them by their top-left address). */
export function sheetMerges(ws: ExcelJS.Worksheet): MergedArea[] {
  const internal = (ws as unknown as { _merges?: Record<string, { model?: MergeModel }> })._merges;
  const out: MergedArea[] = [];
  if (internal) {
    for (const r of Object.values(internal)) {
      const m = r?.model;
      if (m) out.push({ top: m.top, left: m.left, bottom: m.bottom, right: m.right });
    }
    return out;
  }
  for (const range of ws.model.merges ?? []) {
    const [a, b] = range.split(":");
    const p = decodeAddress(a);
    const q = decodeAddress(b ?? a);
    if (p && q) out.push({ top: p.row, left: p.col, bottom: q.row, right: q.col });
  }
  return out;
}

/**
 * A worksheet as the core reads it: values from A1 to the last used row and column (rich text → plain text,
 * formulas → their cached result, dates → serial numbers with their number format, errors → "#N/A" text,
 * hyperlinks → their text; the covered cells of a merged area are null), number formats and merges.
 * `maxRows` limits the rows read (e.g. to find a header quickly).
 */
export function sheetCells(ws: ExcelJS.Worksheet, maxRows?: number): SheetCells {
  const lastRow = Math.min(ws.rowCount, maxRows ?? Infinity);
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  let width = 0;
  for (let r = 1; r <= lastRow; r++) {
    values.push([]);
    numberFormats.push([]);
  }
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.findRow(r);
    if (!row || !row.hasValues) continue;
    const vs = values[r - 1];
    const fs = numberFormats[r - 1];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const isCovered = cell.type === ExcelJS.ValueType.Merge || (cell.isMerged && cell.master !== cell);
      const v = isCovered ? null : plainValue(cell.value);
      if (v === null) return;
      while (vs.length < c - 1) vs.push(null);
      while (fs.length < c - 1) fs.push(null);
      vs[c - 1] = v;
      fs[c - 1] = cell.numFmt || null;
      width = Math.max(width, c);
    });
  }
  const merges = sheetMerges(ws).filter((m) => m.top <= lastRow);
  for (const m of merges) width = Math.max(width, m.right);
  for (let i = 0; i < values.length; i++) {
    while (values[i].length < width) values[i].push(null);
    while (numberFormats[i].length < width) numberFormats[i].push(null);
  }
  const hiddenCols: number[] = [];
  for (let c = 1; c <= width; c++) if (ws.getColumn(c).hidden) hiddenCols.push(c);
  return { sheet: ws.name, firstRow: 1, firstCol: 1, values, numberFormats, merges, ...(hiddenCols.length ? { hiddenCols } : {}) };
}

/** The first rows × columns of a sheet, from A1, for isGeneratedSheet. */
export function firstRows(ws: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= MARK_ROWS; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= MARK_COLS; c++) row.push(plainValue(ws.getRow(r).getCell(c).value));
    out.push(row);
  }
  return out;
}

/** A sheet made by an earlier run (overview, unit sheets): it carries the generated mark in its first rows (src/core/own). */
export function isGeneratedWorksheet(ws: ExcelJS.Worksheet): boolean {
  return isGeneratedSheet(firstRows(ws));
}

/**
 * The sheet holding the table: the one named (exactly, else ignoring case and surrounding spaces), else the
 * first visible sheet with a header in its first rows — skipping 单位别名 and sheets generated by us — else the
 * first such sheet even without a header (checking it then reports no-header).
 */
export function pickTableSheet(wb: ExcelJS.Workbook, name?: string): ExcelJS.Worksheet {
  const sheets = wb.worksheets;
  if (sheets.length === 0) throw noSheetError();
  if (name !== undefined && name !== "") {
    const ws = sheets.find((s) => s.name === name) ?? sheets.find((s) => sameName(s.name, name));
    if (!ws) throw sheetNotFoundError(name, sheets.map((s) => s.name));
    return ws;
  }
  const candidates = sheets.filter((s) => s.name !== ALIAS_SHEET && !isGeneratedWorksheet(s));
  const visible = candidates.filter((s) => s.state === undefined || s.state === "visible");
  for (const ws of visible) {
    const cells = sheetCells(ws, 25);
    if (cells.values.length > 0 && findLayout(new Grid(cells))) return ws;
  }
  return visible[0] ?? candidates[0] ?? sheets[0];
}

/** The user's alias list (alias → full name) from a sheet named 单位别名; empty when there is none. */
export function readAliases(wb: ExcelJS.Workbook): Map<string, string> {
  const ws = wb.worksheets.find((s) => s.name.trim() === ALIAS_SHEET);
  return ws ? readAliasSheet(sheetCells(ws)) : new Map<string, string>();
}
