/**
 * A thin view over SheetCells in sheet coordinates: values, number formats and merged areas, so the
 * table reader never deals with array offsets.
 */
import type { CellValue, MergedArea, SheetCells } from "../types";
import { cellText, isExcelError, trimAll } from "../text";

/** One number per cell: columns stop at 16,384 in every spreadsheet (rows at 1,048,576: the product fits 2^53). */
function key(row: number, col: number): number {
  return row * 32768 + col;
}

export class Grid {
  readonly firstRow: number;
  readonly firstCol: number;
  readonly lastRow: number;
  readonly lastCol: number;
  readonly mergesKnown: boolean;
  /** Keyed by key(row, col): a number, not a string built per lookup (the check asks for every cell). */
  private readonly masterOf = new Map<number, MergedArea>();
  private readonly topLeft = new Map<number, MergedArea>();
  private readonly hidden: ReadonlySet<number>;

  constructor(private readonly cells: SheetCells) {
    this.firstRow = cells.firstRow;
    this.firstCol = cells.firstCol;
    this.lastRow = cells.firstRow + cells.values.length - 1;
    let width = 0;
    for (const r of cells.values) width = Math.max(width, r.length);
    this.lastCol = cells.firstCol + width - 1;
    this.mergesKnown = cells.merges !== undefined;
    this.hidden = new Set(cells.hiddenCols ?? []);
    for (const m of cells.merges ?? []) {
      this.topLeft.set(key(m.top, m.left), m);
      for (let r = m.top; r <= m.bottom; r++)
        for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) this.masterOf.set(key(r, c), m);
    }
  }

  /** The value stored in the cell itself (null for the covered cells of a merged area, as Excel keeps them). */
  raw(row: number, col: number): CellValue {
    const r = this.cells.values[row - this.firstRow];
    if (!r) return null;
    const v = r[col - this.firstCol];
    return v === undefined ? null : v;
  }

  /** Is this sheet column hidden (false when the host cannot tell)? */
  isHidden(col: number): boolean {
    return this.hidden.has(col);
  }

  numberFormat(row: number, col: number): string | null {
    const r = this.cells.numberFormats?.[row - this.firstRow];
    const f = r?.[col - this.firstCol];
    return f ?? null;
  }

  /** The merged area this cell is covered by (not its top-left), if any. */
  coveredBy(row: number, col: number): MergedArea | null {
    return this.masterOf.get(key(row, col)) ?? null;
  }

  /** The merged area whose top-left is this cell, if any. */
  mergeAt(row: number, col: number): MergedArea | null {
    return this.topLeft.get(key(row, col)) ?? null;
  }

  /** The value the user sees: for a covered cell of a merged area, its top-left value. */
  value(row: number, col: number): CellValue {
    const m = this.coveredBy(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** Where the visible value lives (the top-left of a merged area, else the cell). */
  origin(row: number, col: number): { row: number; col: number } {
    const m = this.coveredBy(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Trimmed text of the cell itself ("" for errors, empty and covered cells). */
  rawText(row: number, col: number): string {
    const v = this.raw(row, col);
    if (isExcelError(v)) return "";
    return trimAll(cellText(v));
  }

  /** Trimmed visible text ("" for errors). */
  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (isExcelError(v)) return "";
    return trimAll(cellText(v));
  }

  isError(row: number, col: number): boolean {
    return isExcelError(this.raw(row, col));
  }
}

/** Excel's date-like number formats: they contain y, m, d or h/s codes outside quotes and brackets. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  const f = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[(?!\$-)[^\]]*\]/g, "")
    .replace(/\[\$-[^\]]*\]/g, "")
    .replace(/\\./g, "");
  if (/^general$/i.test(f.trim())) return false;
  return /[yd]|m{1,5}|年|月|日/i.test(f);
}
