/**
 * From a sparse sheet to the cells the core reads, bounded by the table: rows and columns are kept from the
 * first used one while the gaps between used ones stay small; values beyond (a stray character in XFD1048576,
 * a note in column XFD) are left out and listed, so they cost nothing and the user is told.
 */
import type { CellValue, MergedArea, SheetCells } from "../../core/types";
import type { SparseSheet } from "./sheet";

/** Empty rows / columns allowed between parts of one table (blank lines, a spare column). */
import { ROW_GAP } from "../../app/far";
export { ROW_GAP };
export const COL_GAP = 20;
/** Never more columns than this, whatever the gaps (Excel's own tables rarely pass 100). */
export const MAX_COLS = 1000;

import type { StrayCells } from "../../app/stray";
export type { StrayCells };

export interface BoundedSheet {
  cells: SheetCells;
  stray: StrayCells;
}

export function colLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The end of the run that starts at the first value, where no gap exceeds `gap`. */
function runEnd(sorted: number[], gap: number, limit: number): number {
  let end = sorted[0] ?? 0;
  for (const v of sorted) {
    if (v - end > gap + 1 || v > limit) break;
    end = v;
  }
  return end;
}

export function boundSheet(s: SparseSheet): BoundedSheet {
  const rowNums = [...s.rows.keys()].sort((a, b) => a - b);
  const lastRow = rowNums.length ? runEnd(rowNums, ROW_GAP, Number.MAX_SAFE_INTEGER) : 0;
  const colSet = new Set<number>();
  for (const r of rowNums) {
    if (r > lastRow) break;
    for (const c of s.rows.get(r)?.cols ?? []) colSet.add(c);
  }
  const cols = [...colSet].sort((a, b) => a - b);
  let lastCol = cols.length ? runEnd(cols, COL_GAP, MAX_COLS) : 0;
  // Merged areas that start inside the table widen it to their edge (a title merged across the header).
  const merges: MergedArea[] = [];
  for (const m of s.merges) {
    if (m.top > lastRow || m.left > lastCol) continue;
    const clipped = { top: m.top, left: m.left, bottom: Math.min(m.bottom, lastRow), right: Math.min(m.right, Math.max(lastCol, Math.min(m.right, MAX_COLS))) };
    lastCol = Math.max(lastCol, clipped.right);
    merges.push(clipped);
  }
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  for (let r = 1; r <= lastRow; r++) {
    values.push(new Array<CellValue>(lastCol).fill(null));
    numberFormats.push(new Array<string | null>(lastCol).fill(null));
  }
  const stray: StrayCells = { count: 0, examples: [] };
  for (const r of rowNums) {
    const row = s.rows.get(r);
    if (!row) continue;
    for (let i = 0; i < row.cols.length; i++) {
      const c = row.cols[i] ?? 0;
      if (r <= lastRow && c <= lastCol) {
        const vr = values[r - 1];
        const fr = numberFormats[r - 1];
        if (vr) vr[c - 1] = row.values[i] ?? null;
        if (fr) fr[c - 1] = row.formats[i] ?? null;
      } else {
        stray.count++;
        if (stray.examples.length < 3) stray.examples.push(`${colLetters(c)}${r}`);
      }
    }
  }
  // The covered cells of a merged area are empty, as Excel keeps them.
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) (values[r - 1] ?? [])[c - 1] = null;
  const hiddenCols = s.hiddenCols.filter((c) => c <= lastCol);
  const cells: SheetCells = { sheet: s.name, firstRow: 1, firstCol: 1, values, numberFormats, merges };
  if (hiddenCols.length) cells.hiddenCols = hiddenCols;
  return { cells, stray };
}
