/**
 * The mark of a sheet the add-in generated (the overview and the per-unit sheets).
 *
 * Design: a visible, fixed line of text in cell A2 of every generated sheet. It is a plain cell value, so
 * exceljs (`cell.value`), Office.js (ExcelApi 1.1 `range.values`), LibreOffice and WPS all read it and keep
 * it through save and reopen — custom XML parts, sheet-level names or hidden properties are not kept by
 * all of them. It also tells the user not to type into the sheet. It is matched exactly (after trimming),
 * never translated: a re-run in another UI language must still recognise the sheets.
 *
 * A user's own sheet never carries this text, so a user sheet whose name collides with a generated one is
 * never taken for it (and never replaced).
 */
import type { CellValue } from "../types";

/** The mark line, written in A2 of every generated sheet. Never change it: old workbooks carry it. */
export const GENERATED_SHEET_MARK = "此表由分解表助手生成，重新运行时会被替换；请勿在此表中填写内容。";

/** Rows of a sheet an adapter must read (from row 1, column A on) for `isGeneratedSheet`. */
export const MARK_ROWS = 3;
/** Columns likewise. */
export const MARK_COLS = 3;

/**
 * True when the first rows of a sheet (values from A1, `firstRows[0]` = row 1) carry the mark: any cell of
 * the first 3 rows × 3 columns whose text, trimmed, equals GENERATED_SHEET_MARK. (We write it in A2; the
 * small window tolerates a user inserting a row or column above or left of it.)
 */
export function isGeneratedSheet(firstRows: CellValue[][]): boolean {
  for (const row of firstRows.slice(0, MARK_ROWS)) {
    for (const v of (row ?? []).slice(0, MARK_COLS)) {
      if (typeof v === "string" && v.trim() === GENERATED_SHEET_MARK) return true;
    }
  }
  return false;
}

/**
 * The sheets a user may pick as the task sheet: every sheet but the ones the add-in generated (overview, unit
 * sheets). The hosts' listSheets use it, so 汇总 is never offered as a table.
 */
export function taskSheetNames(sheets: readonly { name: string; generated: boolean }[]): string[] {
  return sheets.filter((s) => !s.generated).map((s) => s.name);
}
