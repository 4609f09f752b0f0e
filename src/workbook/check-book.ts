/**
 * checkWorkbook: read an .xlsx's table (streamed, bounded by the table — src/workbook/xlsx) and check it.
 * The read half of processWorkbook, and all that `check` without -o needs. Bytes in; no Node APIs.
 */
import type { CheckResult } from "../core/types";
import { checkSheet } from "../core/check";
import type { Lang } from "../strings";
import { addStrayFinding } from "../app/stray";
import { openBook, readTable, type StrayCells } from "./reader";

export interface CheckBookOptions {
  sheet?: string;
  year?: number;
  asOf: string;
  dueSoonDays?: number;
  workbookName?: string;
  lang?: Lang;
}

export interface CheckBookResult {
  result: CheckResult;
  /** The names of all sheets in the workbook. */
  sheets: string[];
  stray: StrayCells;
}

export function checkWorkbook(input: Uint8Array | ArrayBuffer, opts: CheckBookOptions): CheckBookResult {
  const book = openBook(input);
  const { cells, stray, aliases, sheets } = readTable(book, opts.sheet);
  const result = checkSheet(cells, {
    asOf: opts.asOf,
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.dueSoonDays !== undefined ? { dueSoonDays: opts.dueSoonDays } : {}),
    ...(opts.workbookName !== undefined ? { workbookName: opts.workbookName } : {}),
    ...(aliases.size ? { aliases } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  addStrayFinding(result, stray, opts.lang);
  return { result, sheets, stray };
}
