/**
 * 督办 inside Excel (DOMAIN.md section 9), behind Host.splitUnits / Host.collectUnits:
 *
 * 分发  the table is read (src/excel/read.ts) and checked, one plan per unit made (src/core/cycle planSplit);
 *       where Office.js offers Excel.createWorkbook (ExcelApi 1.8) each unit's .xlsx is built by the .xlsx
 *       unit-book writer (src/workbook/unit-book.ts, exceljs, loaded lazily) and opened as a new workbook the
 *       user saves; elsewhere (or when the user asks, or Excel refuses) one sheet per unit goes into the open
 *       workbook (src/excel/cycle-sheets.ts), and the pane says how to move each to a new workbook.
 * 回收  the returned files (bytes the pane read) are read by the .xlsx reader (src/workbook/collect.ts, lazily),
 *       merged by src/core/cycle collectReports, and the master's plan (planCollect: added columns, highlight
 *       rules, overview with 已报送 / 未报送, 报送记录 sheet) applied by applyPlan — never an original cell.
 */
import { checkSheet } from "../core/check";
import type { CheckResult } from "../core/types";
import { sheetNameKey, uniqueSheetName } from "../core/sheetnames";
import { MARK_COLS, MARK_ROWS } from "../core/plan";
import { DIRECTORY_SHEET, UNIT_BOOK_MARK, collectReports, isRecordsSheet, planCollect, planSplit, readRecords, readUnitDirectory, type ReturnedBook, type UnitBookPlan, type UnitDirectory, type UnitReport } from "../core/cycle";
import type { CellValue } from "../core/types";
import { strings, type Lang } from "../strings";
import { HostError, type HostSettings } from "../app/host";
import type { CollectSummary, CycleRequest, ReturnedFileBytes, SplitOutcome } from "../app/cycle";
import { rangeA1 } from "./a1";
import { applyPlan } from "./apply";
import { DEFAULT_BUDGET } from "./batch";
import type { Capabilities } from "./office";
import { readWorkbook, type WorkbookRead } from "./read";
import { writeUnitSheets, type CycleCaps } from "./cycle-sheets";
import { existingWorkbook } from "./existing";

type UnitBookWriter = typeof import("../workbook/unit-book");
type ReturnedReader = typeof import("../workbook/collect");

export interface CycleContext {
  run<T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T>;
  caps: Capabilities;
  /** ExcelApi 1.8 (createWorkbook, dataValidation); 1.7 (a protection password). */
  has(version: string): boolean;
  /** Excel.createWorkbook, when the namespace has it. */
  createWorkbook: ((base64: string) => Promise<void>) | null;
  lang: Lang;
  asOf: string;
  workbookName: string;
  builtAt: () => string;
  budget?: number;
  loadUnitBook?: () => Promise<UnitBookWriter>;
  loadReader?: () => Promise<ReturnedReader>;
}

const loadUnitBook = async (): Promise<UnitBookWriter> => import(/* webpackChunkName: "workbook" */ "../workbook/unit-book");
const loadReader = async (): Promise<ReturnedReader> => import(/* webpackChunkName: "workbook" */ "../workbook/collect");

function plain(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return null; // Office.js gives primitives; the marks and names read here are text
}

/** What 督办 needs beyond the table: the unit directory, earlier unit sheets, an earlier 报送记录 (one or two syncs). */
interface CycleRead {
  directory: UnitDirectory | undefined;
  unitSheets: string[];
  recordsSheet: string | null;
  records: UnitReport[];
}

async function readCycleExtras(ctx: Excel.RequestContext, read: WorkbookRead, wantRecords: boolean): Promise<CycleRead> {
  const sheets = ctx.workbook.worksheets;
  const firsts = read.sheets.map((s) => sheets.getItem(s.name).getRange(rangeA1(1, 1, MARK_ROWS, MARK_COLS)).load("values"));
  const dirName = read.sheets.find((s) => s.name.trim() === DIRECTORY_SHEET)?.name;
  const dirRange = dirName ? sheets.getItem(dirName).getUsedRange(true).load("values") : null;
  await ctx.sync();
  const grid = (r: Excel.Range) => (r.values as unknown[][]).map((row) => row.map(plain));
  let directory: UnitDirectory | undefined;
  if (dirRange) {
    const map = readUnitDirectory({ sheet: DIRECTORY_SHEET, firstRow: 1, firstCol: 1, values: grid(dirRange) });
    if (map.size) directory = map;
  }
  const unitSheets: string[] = [];
  let recordsSheet: string | null = null;
  read.sheets.forEach((s, i) => {
    const first = grid(firsts[i]);
    if (first.some((row) => row.some((v) => typeof v === "string" && v.trim() === UNIT_BOOK_MARK))) unitSheets.push(s.name);
    else if (!recordsSheet && isRecordsSheet(first)) recordsSheet = s.name;
  });
  let records: UnitReport[] = [];
  if (wantRecords && recordsSheet) {
    const used = sheets.getItem(recordsSheet).getUsedRange(true).load("values");
    await ctx.sync();
    records = readRecords({ sheet: recordsSheet, firstRow: 1, firstCol: 1, values: grid(used) }) ?? [];
  }
  return { directory, unitSheets, recordsSheet, records };
}

function check(read: WorkbookRead, settings: HostSettings, c: CycleContext): CheckResult {
  const result = checkSheet(read.cells, {
    asOf: c.asOf,
    ...(settings.year !== null ? { year: settings.year } : {}),
    dueSoonDays: settings.dueSoonDays,
    ...(c.workbookName ? { workbookName: c.workbookName } : {}),
    ...(read.aliases ? { aliases: read.aliases } : {}),
    lang: c.lang,
  });
  if (!result.layout) throw new HostError(strings(c.lang).excel.noHeader(result.sheet), "no-header");
  return result;
}

/** Bytes → base64 (createWorkbook takes the .xlsx as base64), in chunks: no stack overflow on large files. */
export function toBase64(bytes: Uint8Array): string {
  let bin = "";
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

function cycleCaps(c: CycleContext): CycleCaps {
  return { ...c.caps, dataValidation: c.has("1.8"), protectionPassword: c.has("1.7") };
}

function describe(err: unknown): string {
  if (err && typeof err === "object" && "message" in err && typeof err.message === "string" && err.message.trim()) return err.message.trim();
  return String(err);
}

export async function splitInExcel(req: CycleRequest, settings: HostSettings, c: CycleContext): Promise<SplitOutcome> {
  const t = strings(c.lang).cycle;
  const x = t.excel;
  const { books, unitSheets, taken } = await c.run(async (ctx) => {
    const read = await readWorkbook(ctx, { sheet: settings.sheet, wantRules: false, caps: c.caps, lang: c.lang });
    const extras = await readCycleExtras(ctx, read, false);
    const result = check(read, settings, c);
    const tableName = (c.workbookName || result.sheet).replace(/\.[^.]+$/, "");
    const plan = planSplit(result, {
      tableName,
      asOf: c.asOf,
      reportBy: req.reportBy,
      password: req.password,
      lang: c.lang,
      ...(extras.directory ? { directory: extras.directory } : {}),
    });
    if (plan.books.length === 0) throw new HostError(t.split.noUnits, "host");
    return { books: plan.books, unitSheets: extras.unitSheets, taken: read.sheets.map((s) => s.name) };
  });
  const notes: string[] = [];
  const canOpen = !!c.createWorkbook && c.has("1.8");
  if (!req.asSheets) {
    if (!canOpen) notes.push(x.noCreateWorkbook);
    else {
      let writer: UnitBookWriter;
      try {
        writer = await (c.loadUnitBook ?? loadUnitBook)();
      } catch (err) {
        throw new HostError(strings(c.lang).ui.errors.generic, "chunk-load", { cause: err });
      }
      let opened = 0;
      for (const book of books) {
        try {
          await c.createWorkbook!(toBase64(await writer.writeUnitBook(book, c.lang)));
          opened++;
        } catch (err) {
          if (opened > 0) throw new HostError(x.openedPartway(opened, books.length), "excel", { cause: err });
          notes.push(x.createFailed(describe(err)));
          break;
        }
      }
      if (opened === books.length) return { kind: "workbooks", count: opened, files: books.map((b) => b.fileName), notes };
    }
  }
  return writeSheets(books, unitSheets, taken, notes, c);
}

async function writeSheets(books: UnitBookPlan[], earlier: string[], taken: string[], notes: string[], c: CycleContext): Promise<SplitOutcome> {
  const x = strings(c.lang).cycle.excel;
  const caps = cycleCaps(c);
  if (!caps.protection) notes.push(x.noProtection);
  else if (books.some((b) => b.password) && !caps.protectionPassword) notes.push(x.noPassword);
  if (!caps.dataValidation) notes.push(x.noDropdown);
  if (!caps.freezePanes) notes.push(x.noFreeze);
  const gone = new Set(earlier.map(sheetNameKey));
  const used = new Set(taken.map(sheetNameKey).filter((k) => !gone.has(k)));
  const names = books.map((b) => {
    const n = uniqueSheetName(x.unitSheetName(b.unit), used);
    used.add(sheetNameKey(n));
    return n;
  });
  await c.run((ctx) => writeUnitSheets(ctx, books, names, earlier, caps, c.lang, c.budget ?? DEFAULT_BUDGET));
  return { kind: "sheets", count: books.length, sheets: names, files: books.map((b) => b.fileName), notes };
}

export async function collectInExcel(files: ReturnedFileBytes[], settings: HostSettings, c: CycleContext): Promise<CollectSummary & { syncs: number }> {
  const t = strings(c.lang).cycle;
  if (files.length === 0) throw new HostError(t.page.noReturned, "no-file");
  let reader: ReturnedReader;
  try {
    reader = await (c.loadReader ?? loadReader)();
  } catch (err) {
    throw new HostError(strings(c.lang).ui.errors.generic, "chunk-load", { cause: err });
  }
  const books: ReturnedBook[] = [];
  const unusable: { file: string; reason: string; message?: string }[] = [];
  for (const f of files) {
    let got: Awaited<ReturnType<ReturnedReader["readReturnedFile"]>>;
    try {
      got = await reader.readReturnedFile(f, c.lang);
    } catch {
      got = { file: f.name, reason: "unreadable", message: t.excel.readFailed(f.name) };
    }
    if ("rows" in got) books.push(got);
    else unusable.push(got);
  }
  return c.run(async (ctx) => {
    const read = await readWorkbook(ctx, { sheet: settings.sheet, wantRules: true, caps: c.caps, lang: c.lang });
    if (read.protected) throw new HostError(strings(c.lang).excel.protectedSheet(read.cells.sheet), "protected");
    const extras = await readCycleExtras(ctx, read, true);
    const result = check(read, settings, c);
    const outcome = collectReports({ result, books, previous: extras.records, asOf: c.asOf, ...(extras.directory ? { directory: extras.directory } : {}) });
    outcome.unmatched.unshift(...unusable.map((u) => ({ unit: null, file: u.file, row: null, reason: u.reason, ...(u.message ? { message: u.message } : {}) })));
    const planned = planCollect({
      outcome,
      existing: existingWorkbook(read, outcome.result),
      sheetNames: read.sheets.map((s) => s.name),
      recordsSheet: extras.recordsSheet,
      builtAt: c.builtAt(),
      lang: c.lang,
      ...(extras.directory ? { directory: extras.directory } : {}),
    });
    if (!planned) throw new HostError(strings(c.lang).excel.noHeader(result.sheet), "no-header");
    const applied = await applyPlan(ctx, planned.plan, outcome.result, read, { caps: c.caps, lang: c.lang, budget: c.budget ?? DEFAULT_BUDGET });
    const reason = (code: string, message?: string) => message ?? t.reason[code] ?? code;
    const line = (p: { file: string; row: number | null; reason: string; message?: string }) => t.excel.problemLine(p.file, p.row, reason(p.reason, p.message));
    return {
      returned: outcome.returned.map((r) => r.unit),
      missing: outcome.missing,
      unmatched: outcome.unmatched.length,
      duplicates: outcome.duplicates.length,
      done: outcome.rows.filter((r) => r.state === "done").length,
      rows: outcome.rows.length,
      unmatchedList: outcome.unmatched.map(line),
      duplicateList: outcome.duplicates.map(line),
      syncs: applied.syncs,
    };
  });
}
