/**
 * Reading the table of an .xlsx without exceljs: stream the zip's parts (src/workbook/zip.ts), keep only the
 * cells that hold something, bound them by the table (bounds.ts). Used by processWorkbook and `check`; no Node
 * APIs (the page's worker runs it).
 *   openBook(bytes)                 → XlsxBook, or a WorkbookError with a one-line Chinese reason
 *   readTable(book, sheet?)         → the table sheet's cells, the cells left out as stray, the alias list
 */
import type { CellValue, CheckResult, SheetCells } from "../../core/types";
import { OVERVIEW_FINGERPRINT_ROW, RECORD_ROWS, findOverviewRecord, type ExistingWorkbook, type OverviewRecord } from "../../core/plan";
import { generatedSource, isGeneratedSheet, MARK_COLS, MARK_ROWS, taskSheetNames } from "../../core/own";
import { readAliasSheet } from "../../core/check";
import { findLayout, Grid } from "../../core/table";
import { ALIAS_SHEET, WorkbookError, corruptError, noSheetError, sameName, sheetNotFoundError, signatureError } from "../errors";
import { ZipArchive } from "../zip/stream";
import { openXlsx, type XlsxBook } from "./book";
import { readSparseSheet, readSparseSheetAsync } from "./sheet";
import { boundSheet, type StrayCells } from "./bounds";

export type { XlsxBook } from "./book";
export type { StrayCells } from "./bounds";

export interface TableRead {
  cells: SheetCells;
  stray: StrayCells;
  aliases: Map<string, string>;
  /** The sheets a user may pick as the table, in tab order (not the generated ones). */
  sheets: string[];
  /** The table sheet's index in `book.sheets`. */
  index: number;
}

/** Open .xlsx bytes. Throws WorkbookError (never anything else) when the file cannot be used. */
export function openBook(input: Uint8Array | ArrayBuffer): XlsxBook {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const bad = signatureError(bytes);
  if (bad) throw bad;
  let book: XlsxBook | null;
  try {
    book = openXlsx(new ZipArchive(bytes));
  } catch (e) {
    if (e instanceof WorkbookError) throw e;
    throw corruptError();
  }
  if (!book) throw corruptError();
  if (book.sheets.length === 0) throw noSheetError();
  return book;
}

function cellsOf(book: XlsxBook, index: number, maxRows?: number): { cells: SheetCells; stray: StrayCells } {
  try {
    return boundSheet(readSparseSheet(book, index, maxRows));
  } catch {
    throw corruptError();
  }
}

/** Rows read at the top of a sheet: enough to find a header (pickSheet), the generated-sheet mark and the record. */
const HEAD_ROWS = Math.max(25, MARK_ROWS, OVERVIEW_FINGERPRINT_ROW);
const heads = new WeakMap<XlsxBook, Map<number, SheetCells>>();

/** A sheet's first HEAD_ROWS rows, read once per book (the scan stops there: a few KB inflated, not the sheet). */
function topOf(book: XlsxBook, index: number): SheetCells {
  let byIndex = heads.get(book);
  if (!byIndex) heads.set(book, (byIndex = new Map<number, SheetCells>()));
  let top = byIndex.get(index);
  if (!top) byIndex.set(index, (top = cellsOf(book, index, HEAD_ROWS).cells));
  return top;
}

/** A sheet's first rows, as far as the generated-sheet mark and its recorded source reach. */
function headOf(book: XlsxBook, index: number, rows = MARK_ROWS, cols = MARK_COLS): SheetCells["values"] {
  return topOf(book, index).values.slice(0, rows).map((row) => row.slice(0, cols));
}

export function isGenerated(book: XlsxBook, index: number): boolean {
  return isGeneratedSheet(headOf(book, index));
}

/** The index of the sheet holding the table (as pickTableSheet in read.ts decides for exceljs). */
export function pickSheet(book: XlsxBook, name?: string): number {
  const sheets = book.sheets;
  if (name !== undefined && name !== "") {
    let i = sheets.findIndex((s) => s.name === name);
    if (i < 0) i = sheets.findIndex((s) => sameName(s.name, name));
    if (i < 0) throw sheetNotFoundError(name, sheets.map((s) => s.name));
    return i;
  }
  const candidates = sheets.map((s, i) => ({ s, i })).filter(({ s, i }) => s.name !== ALIAS_SHEET && !isGenerated(book, i));
  const visible = candidates.filter(({ s }) => s.state === "visible");
  for (const { i } of visible) {
    const cells = topOf(book, i);
    if (cells.values.length > 0 && findLayout(new Grid(cells))) return i;
  }
  return visible[0]?.i ?? candidates[0]?.i ?? 0;
}

export function readAliasesOf(book: XlsxBook): Map<string, string> {
  const i = book.sheets.findIndex((s) => s.name.trim() === ALIAS_SHEET);
  return i >= 0 ? readAliasSheet(cellsOf(book, i).cells) : new Map<string, string>();
}

/** The table sheet's cells (bounded by the table), what was left out, and the alias list. */
export function readTable(book: XlsxBook, sheet?: string): TableRead {
  const i = pickSheet(book, sheet);
  return tableRead(book, i, cellsOf(book, i));
}

/** readTable with the table sheet inflated natively where the platform can (processWorkbook: big tables). */
export async function readTableAsync(book: XlsxBook, sheet?: string): Promise<TableRead> {
  const i = pickSheet(book, sheet);
  let read: { cells: SheetCells; stray: StrayCells };
  try {
    read = boundSheet(await readSparseSheetAsync(book, i));
  } catch {
    throw corruptError();
  }
  return tableRead(book, i, read);
}

function tableRead(book: XlsxBook, i: number, { cells, stray }: { cells: SheetCells; stray: StrayCells }): TableRead {
  const sheets = taskSheetNames(book.sheets.map((s, j) => ({ name: s.name, generated: isGenerated(book, j) })));
  return { cells, stray, aliases: readAliasesOf(book), sheets, index: i };
}

/**
 * What an earlier run left, for the plan (as src/workbook/marks.ts existingWorkbook tells it from exceljs): every
 * sheet and whether we generated it, the header row's texts and the last used column of the table's rows.
 */
export function existingFromBook(book: XlsxBook, index: number, cells: SheetCells, result: CheckResult): ExistingWorkbook {
  const sheets = book.sheets.map((s, i) => {
    if (i === index) return { name: s.name, generated: false };
    const head = headOf(book, i);
    const generated = isGeneratedSheet(head);
    // A generated sheet's first rows hold its record (the previous 通报's date): the plan reads them.
    return { name: s.name, generated, source: generatedSource(head), ...(generated ? { head: headOf(book, i, RECORD_ROWS, MARK_COLS) } : {}) };
  });
  const layout = result.layout;
  if (!layout) return { sheets, headerRow: [] };
  const text = (v: CellValue | undefined): string => (v === null || v === undefined ? "" : String(v));
  const headerRow: { col: number; text: string }[] = [];
  (cells.values[layout.headerRow - 1] ?? []).forEach((v, j) => {
    if (text(v) !== "") headerRow.push({ col: j + 1, text: text(v) });
  });
  let lastUsedCol = 0;
  for (let r = layout.headerRow; r <= Math.max(layout.lastDataRow, layout.headerRow); r++)
    (cells.values[r - 1] ?? []).forEach((v, j) => {
      if (text(v) !== "" && j + 1 > lastUsedCol) lastUsedCol = j + 1;
    });
  return { sheets, headerRow, lastUsedCol };
}

/** The first rows of every generated sheet (their records: the 通报's dates, the overview's as-of date). */
export function generatedHeads(book: XlsxBook): SheetCells["values"][] {
  return book.sheets.flatMap((_, i) => (isGenerated(book, i) ? [headOf(book, i, RECORD_ROWS, MARK_COLS)] : []));
}

/**
 * The record of the overview built from `source` (the table sheet): as-of date and the table's fingerprint
 * (src/core/plan record.ts), or null when the workbook has none. The pane compares it with the table now.
 */
export function overviewRecordOf(book: XlsxBook, source: string): OverviewRecord | null {
  const tops = book.sheets.map((_, i) => (isGenerated(book, i) ? headOf(book, i, OVERVIEW_FINGERPRINT_ROW, 3) : []));
  return findOverviewRecord(tops, source);
}
