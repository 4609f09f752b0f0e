/**
 * 回收 on .xlsx bytes (the CLI's `collect` and the standalone page): the master and the returned unit
 * workbooks in, the merged master out. The master's original cells are never written: the reports go to added
 * columns (src/core/cycle/master.ts) beside 规范时限 / 时限类型, the states they give feed the same highlight
 * rules and overview as a status column, and a 报送记录 sheet keeps every unit's report for the next collect.
 */
import type ExcelJS from "exceljs";
import { buildPlan, placeColumns } from "../core/plan";
import type { EditPlan } from "../core/types";
import { collectReports, isRecordsSheet, planCycleColumns, planRecordsSheet, readRecords, readReturnedSheet, reportingByUnit, type CollectOutcome, type ReturnedBook, type UnitReport } from "../core/cycle";
import { sheetNameKey, uniqueSheetName } from "../core/sheetnames";
import { localTimestamp } from "../core/dates";
import { strings, type Lang } from "../strings";
import { firstRows, loadWorkbook, sheetCells } from "./read";
import { existingWorkbook } from "./marks";
import { writePlan } from "./xlsx/write";
import { WorkbookError } from "./errors";
import { readTable, type ReadTableOptions } from "./split";

export interface ReturnedFile {
  /** The file's name as the user sees it (reported back). */
  name: string;
  bytes: Uint8Array;
}

export interface CollectWorkbookOptions extends ReadTableOptions {
  builtAt?: string;
}

export interface CollectWorkbookResult {
  outcome: CollectOutcome;
  plan: EditPlan | null;
  /** The merged master; null when the master has no table header. */
  output: Uint8Array | null;
  /** The merged master's sheet names. */
  sheets: string[];
}

/** The earlier reports and the sheet holding them. */
function earlierRecords(wb: ExcelJS.Workbook): { sheet: string | null; records: UnitReport[] } {
  for (const ws of wb.worksheets) {
    if (!isRecordsSheet(firstRows(ws))) continue;
    return { sheet: ws.name, records: readRecords(sheetCells(ws)) ?? [] };
  }
  return { sheet: null, records: [] };
}

/** A returned workbook's unit sheet (the first sheet with a 任务编号 header), or why it cannot be used. */
export async function readReturnedFile(file: ReturnedFile, lang: Lang = "zh-CN"): Promise<ReturnedBook | { file: string; reason: string; message?: string }> {
  let wb: ExcelJS.Workbook;
  try {
    wb = await loadWorkbook(file.bytes);
  } catch (err) {
    if (err instanceof WorkbookError) return { file: file.name, reason: "unreadable", message: err.message };
    throw err;
  }
  for (const ws of wb.worksheets) {
    const book = readReturnedSheet(sheetCells(ws), file.name, lang);
    if (book) return book;
  }
  return { file: file.name, reason: "not-a-unit-book" };
}

export async function collectWorkbook(master: Uint8Array, returned: readonly ReturnedFile[], opts: CollectWorkbookOptions): Promise<CollectWorkbookResult> {
  const lang: Lang = opts.lang ?? "zh-CN";
  const read = await readTable(master, opts);
  const { result, directory } = read;
  // What the plan needs of the master, read now: its exceljs model is let go before the returned files load.
  const earlier = earlierRecords(read.wb);
  const existing = existingWorkbook(read.wb, result);
  const names = read.wb.worksheets.map((w) => w.name);
  (read as { wb: unknown }).wb = null;
  const books: ReturnedBook[] = [];
  const unusable: { file: string; reason: string; message?: string }[] = [];
  for (const f of returned) {
    const got = await readReturnedFile(f, lang);
    if ("rows" in got) books.push(got);
    else unusable.push(got);
  }
  const outcome = collectReports({ result, books, previous: earlier.records, asOf: opts.asOf, ...(directory ? { directory } : {}) });
  outcome.unmatched.unshift(...unusable.map((u) => ({ unit: null, file: u.file, row: null, reason: u.reason, ...(u.message ? { message: u.message } : {}) })));
  const merged = outcome.result;
  if (!merged.layout) return { outcome, plan: null, output: null, sheets: names };

  const { dueCol, kindCol } = placeColumns(merged, existing);
  const cycle = planCycleColumns(outcome, existing, Math.max(dueCol, kindCol), lang);
  const reporting = reportingByUnit(outcome, merged.summary.map((s) => s.unit), directory, lang);
  const plan = buildPlan(merged, existing, {
    parts: { columns: true, highlights: true, sheets: true },
    fixedAsOf: true,
    builtAt: opts.builtAt ?? localTimestamp(),
    lang,
    reporting,
    ...(cycle ? { extraColumns: cycle.columns, statusCol: cycle.statusCol } : {}),
  });
  // The 报送记录 sheet: replaces the earlier one, never takes a name a kept or new sheet has.
  if (earlier.sheet) plan.replaceSheets.push(earlier.sheet);
  const replaced = new Set(plan.replaceSheets.map(sheetNameKey));
  const taken = new Set([...names.map((n) => sheetNameKey(n)).filter((k) => !replaced.has(k)), ...plan.sheets.map((s) => sheetNameKey(s.name))]);
  plan.sheets.push(planRecordsSheet(outcome, uniqueSheetName(strings(lang).cycle.recordsSheet, taken), lang));
  const sheets = [...names.filter((n) => !replaced.has(sheetNameKey(n))), ...plan.sheets.map((s) => s.name)];
  // The master's own parts are copied as they are; only what the plan changes is written (src/workbook/xlsx).
  const output = await writePlan(master, plan, lang);
  return { outcome, plan, output, sheets };
}
