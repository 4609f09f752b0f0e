// STUB — implemented by the table-reading issue (4). Signature is the contract.
import type { AliasTable, CheckResult, SheetCells } from "./types";
import type { Lang } from "../strings";

export interface CheckOptions {
  /** Plan year chosen by the user; detected when absent. */
  year?: number;
  /** ISO as-of date (the caller passes today's date when the user chose none). */
  asOf: string;
  dueSoonDays?: number;
  /** The workbook's file name, for plan-year detection. */
  workbookName?: string;
  /** The user's alias list (sheet 单位别名), when the workbook has one. */
  aliases?: AliasTable;
  lang?: Lang;
}

/** Read one sheet the way a careful person does: header, sections, carried-down cells, units, deadlines, states, findings, summary. */
export function checkSheet(cells: SheetCells, opts: CheckOptions): CheckResult {
  return {
    sheet: cells.sheet,
    year: opts.year ?? Number(opts.asOf.slice(0, 4)),
    yearSource: opts.year ? "user" : "as-of",
    asOf: opts.asOf,
    dueSoonDays: opts.dueSoonDays ?? 15,
    layout: null,
    rows: [],
    findings: [],
    summary: [],
  };
}

/** The alias list of a 单位别名 sheet (two columns: alias, full name). */
export function readAliasSheet(cells: SheetCells): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of cells.values) {
    const [a, b] = row;
    if (typeof a === "string" && typeof b === "string" && a.trim() && b.trim()) map.set(a.trim(), b.trim());
  }
  return map;
}
