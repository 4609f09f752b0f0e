/**
 * What the product wrote into a workbook, recognised again on a re-run — the one place that knows it:
 * - generated sheets (the overview, the per-unit sheets): the mark line in their first rows (`isGeneratedSheet`);
 * - the plan's own conditional-format rules: the marker term in their formula (`isOwnRule`);
 * - the added columns (规范时限, 统计状态, 时限类型): their header text in any UI language (`isOutputHeader`), which
 *   `withoutOutputColumns` blanks out before a table is read again.
 * The adapters read cells and formulas and ask this module; the plan writes what it recognises.
 *
 * The mark line: a visible, fixed line of text in cell A2 of every generated sheet. It is a plain cell value, so
 * exceljs (`cell.value`), Office.js (ExcelApi 1.1 `range.values`), LibreOffice and WPS all read it and keep it
 * through save and reopen — custom XML parts, sheet-level names or hidden properties are not kept by all of
 * them. It also tells the user not to type into the sheet. It is matched exactly (after trimming), never
 * translated: a re-run in another UI language must still recognise the sheets. A user's own sheet never carries
 * this text, so a user sheet whose name collides with a generated one is never taken for it (and never replaced).
 *
 * The rule marker: every highlight formula carries the no-op term `N("分解表助手")=0` inside its AND(...). N() of
 * a text is 0 in Excel, LibreOffice and WPS, so the term is always true and changes nothing; but it is text any
 * adapter can see in the rule's formula (exceljs `formulae[0]`, Office.js `conditionalFormat.custom.rule.formula`).
 * A user's rule never contains it.
 */
import type { CellValue, SheetCells } from "./types";
import { removeSpaces } from "./text";
import { strings, LANGS } from "../strings";
import { isCycleHeader } from "./cycle/headers";

/** The mark line, written in A2 of every generated sheet. Never change it: old workbooks carry it. */
export const GENERATED_SHEET_MARK = "此表由分解表助手生成，重新运行时会被替换；请勿在此表中填写内容。";

/** Rows of a sheet an adapter must read (from row 1, column A on) for `isGeneratedSheet`. */
export const MARK_ROWS = 3;
/** Columns likewise. */
export const MARK_COLS = 3;

/**
 * True when the first rows of a sheet (values from A1, `firstRows[0]` = row 1) carry the mark: any cell of
 * the first 3 rows × 3 columns whose text, trimmed, equals GENERATED_SHEET_MARK. (We write it in A2; the
 * small window tolerates a user inserting a row or column above or left of it.) The older token
 * LEGACY_GENERATED_MARK, anywhere in such a cell, counts too.
 */
export function isGeneratedSheet(firstRows: CellValue[][]): boolean {
  for (const row of firstRows.slice(0, MARK_ROWS)) {
    for (const v of (row ?? []).slice(0, MARK_COLS)) {
      if (typeof v === "string" && (v.trim() === GENERATED_SHEET_MARK || v.includes(LEGACY_GENERATED_MARK))) return true;
    }
  }
  return false;
}

/**
 * The source sheet a generated sheet records beside its mark (B2), from its first rows (A1 = firstRows[0][0]);
 * null for sheets of older versions, which recorded none. A run replaces only the sheets of its own table.
 */
export function generatedSource(firstRows: CellValue[][]): string | null {
  for (const row of firstRows.slice(0, MARK_ROWS)) {
    const i = (row ?? []).findIndex((v) => typeof v === "string" && v.trim() === GENERATED_SHEET_MARK);
    if (i >= 0) {
      const v = row[i + 1];
      return typeof v === "string" && v.trim() ? v : null;
    }
  }
  return null;
}

/**
 * The sheets a user may pick as the task sheet: every sheet but the ones the add-in generated (overview, unit
 * sheets). The hosts' listSheets use it, so 汇总 is never offered as a table.
 */
export function taskSheetNames(sheets: readonly { name: string; generated: boolean }[]): string[] {
  return sheets.filter((s) => !s.generated).map((s) => s.name);
}

/** The overview's sheet name (汇总 in every language; "汇总 (2)" … when a user sheet holds it). */
export const OVERVIEW_SHEET_NAME = "汇总";

/** The prefix of the temporary names new sheets have until the swap renames them (src/excel/swap.ts). */
export const TEMP_SHEET_PREFIX = "分解表助手临时";

/** An older token that marked generated sheets: only recognised, never written. */
export const LEGACY_GENERATED_MARK = "breakdown-assistant:generated";

/** The marker term. Never change it: old workbooks carry it. */
export const RULE_MARKER = 'N("分解表助手")=0';

/** True when a conditional-format formula (with or without "=") is one the add-in wrote. */
export function isOwnRule(formula: string | null | undefined): boolean {
  if (!formula) return false;
  return formula.replace(/\s+/g, "").includes(RULE_MARKER.replace(/\s+/g, ""));
}


export type OutputColumn = "deadline" | "kind" | "state";

const HEADER_KEY: Record<OutputColumn, "deadlineHeader" | "kindHeader" | "stateHeader"> = {
  deadline: "deadlineHeader",
  kind: "kindHeader",
  state: "stateHeader",
};

/** Every header text (spaces removed) an added column (规范时限 / 统计状态 / 时限类型) has had in any language. */
export function outputHeaderKeys(which: OutputColumn): string[] {
  return LANGS.map((l) => removeSpaces(strings(l).outputs[HEADER_KEY[which]]));
}

/** True when a header text is one of the added columns' headers (readers of the table should skip it). */
export function isOutputHeader(text: string): boolean {
  const k = removeSpaces(text);
  return (["deadline", "kind", "state"] as const).some((w) => outputHeaderKeys(w).includes(k)) || isCycleHeader(k);
}

/** How far down a sheet `withoutOutputColumns` looks for the added columns' headers. */
const OUTPUT_HEADER_SCAN_ROWS = 40;

/**
 * The cells with the added columns (规范时限 / 统计状态 / 时限类型 of an earlier run, found by their header in the first
 * rows) blanked out, so reading the table again does not take them for the table's own deadline columns.
 * checkSheet applies it to what it reads; the workbook itself is not changed. Returns `cells` unchanged
 * when there are none.
 */
export function withoutOutputColumns(cells: SheetCells): SheetCells {
  const cols = new Set<number>();
  cells.values.slice(0, OUTPUT_HEADER_SCAN_ROWS).forEach((row) =>
    row.forEach((v, j) => {
      if (typeof v === "string" && isOutputHeader(v)) cols.add(j);
    }),
  );
  if (cols.size === 0) return cells;
  const blank = <T,>(row: T[], empty: T): T[] => row.map((v, j) => (cols.has(j) ? empty : v));
  return {
    ...cells,
    values: cells.values.map((r) => blank(r, null)),
    ...(cells.numberFormats ? { numberFormats: cells.numberFormats.map((r) => blank(r, null)) } : {}),
  };
}
