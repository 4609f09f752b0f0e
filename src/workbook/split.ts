/**
 * 分发 on .xlsx bytes (the CLI's `split` and the standalone page): read and check the table, read the user's
 * 单位目录, plan one workbook per unit (src/core/cycle) and write each with exceljs. Bytes in, bytes out.
 */
import type ExcelJS from "exceljs";
import type { CheckResult } from "../core/types";
import { checkSheet } from "../core/check";
import { DIRECTORY_SHEET, planSplit, readUnitDirectory, type SplitPlan, type UnitDirectory } from "../core/cycle";
import type { Lang } from "../strings";
import { loadWorkbook, pickTableSheet, readAliases, sheetCells } from "./read";
import { writeUnitBook } from "./unit-book";

/** The user's unit directory from a sheet named 单位目录 (undefined when there is none). */
export function readDirectory(wb: ExcelJS.Workbook): UnitDirectory | undefined {
  const ws = wb.worksheets.find((s) => s.name.trim() === DIRECTORY_SHEET);
  if (!ws) return undefined;
  const map = readUnitDirectory(sheetCells(ws));
  return map.size ? map : undefined;
}

export interface ReadTableOptions {
  sheet?: string;
  year?: number;
  asOf: string;
  dueSoonDays?: number;
  workbookName?: string;
  lang?: Lang;
}

/** Load a workbook and check its table (with the alias list and the unit directory it holds). */
export async function readTable(bytes: Uint8Array, opts: ReadTableOptions): Promise<{ wb: ExcelJS.Workbook; result: CheckResult; directory: UnitDirectory | undefined }> {
  const wb = await loadWorkbook(bytes);
  const ws = pickTableSheet(wb, opts.sheet);
  const aliases = readAliases(wb);
  const result = checkSheet(sheetCells(ws), {
    asOf: opts.asOf,
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.dueSoonDays !== undefined ? { dueSoonDays: opts.dueSoonDays } : {}),
    ...(opts.workbookName !== undefined ? { workbookName: opts.workbookName } : {}),
    ...(aliases.size ? { aliases } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  return { wb, result, directory: readDirectory(wb) };
}

export interface SplitWorkbookOptions extends ReadTableOptions {
  /** The first part of every file name (the table's file name without its extension). */
  tableName: string;
  units?: readonly string[];
  reportBy?: string | null;
  password?: string | null;
}

export interface SplitFile {
  fileName: string;
  unit: string;
  tasks: number;
  bytes: Uint8Array;
}

export interface SplitWorkbookResult {
  result: CheckResult;
  plan: SplitPlan;
  /** Empty when the table has no header or no units, or a chosen unit is unknown (nothing is written then). */
  files: SplitFile[];
}

export async function splitWorkbook(bytes: Uint8Array, opts: SplitWorkbookOptions): Promise<SplitWorkbookResult> {
  const { result, directory } = await readTable(bytes, opts);
  const plan = planSplit(result, {
    tableName: opts.tableName,
    asOf: opts.asOf,
    ...(opts.reportBy ? { reportBy: opts.reportBy } : {}),
    ...(opts.password ? { password: opts.password } : {}),
    ...(opts.units ? { units: opts.units } : {}),
    ...(directory ? { directory } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  const files: SplitFile[] = [];
  if (!result.layout || plan.unknownUnits.length > 0) return { result, plan, files };
  for (const book of plan.books) {
    files.push({ fileName: book.fileName, unit: book.unit, tasks: book.tasks, bytes: await writeUnitBook(book, opts.lang) });
  }
  return { result, plan, files };
}
