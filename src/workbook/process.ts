/**
 * processWorkbook: the whole file path in one call — the CLI's `check [-o]` and the standalone page use it.
 *   convert (.xls / .et / .ods / .xlsb / .csv → .xlsx bytes: src/workbook/convert) → read the table sheet, streamed
 *   and bounded by the table (src/workbook/reader: a far stray cell costs nothing, no exceljs) → checkAndPlan
 *   (src/app: the check, then the plan from what an earlier run left — generated sheets, added columns) →
 *   writePlan (src/workbook/xlsx: the input zip copied part by part, only the parts the plan changes rewritten).
 * Bytes in, bytes out: src/workbook never touches the file system (the page runs it in the browser).
 * A user's mistake (not an .xlsx, no such sheet …) is a WorkbookError with a Chinese message saying what to do.
 */
import type { CheckResult, EditPlan } from "../core/types";
import { isEmptyPlan, type OverviewRecord, type PlanParts } from "../core/plan";
import { checkAndPlan } from "../app/check-and-plan";
import { localTimestamp } from "../core/dates";
import type { Lang } from "../strings";
import { addStrayFinding } from "../app/stray";
import { convertedNote, toXlsx, type InputFormat } from "./convert";
import { existingFromBook, generatedHeads, openBook, overviewRecordOf, readTableAsync } from "./reader";
import { previousReportAsOf } from "../core/plan";
import { writePlan } from "./xlsx/write";
import type { DroppedPart } from "./fidelity";

export interface ProcessOptions {
  /** The sheet holding the table; the first sheet with a header when absent. */
  sheet?: string;
  year?: number;
  asOf: string;
  dueSoonDays?: number;
  /** 三色预警: days overdue past which a task is 深红 / 挂牌 (default 30). */
  longOverdueDays?: number;
  fixedAsOf?: boolean;
  /** The workbook's file name (plan-year detection). */
  workbookName?: string;
  /** What to write; nothing is written (output null) when absent. */
  parts?: PlanParts;
  /** The language of messages (findings, notes). */
  lang?: Lang;
  /**
   * The language of what is written (added columns, sheets): "table" or absent — the table's own language
   * (src/core/table-lang tableLanguage), so a Chinese table gets Chinese outputs in an English Office/browser.
   */
  outputLang?: Lang | "table";
  /** ISO timestamp shown on the overview; now when absent. */
  builtAt?: string;
  /** Told of each stage as it starts (read, check, plan, write) with the fraction done so far. */
  onProgress?: (fraction: number, stage: "read" | "check" | "plan" | "write") => void;
}

export interface ProcessResult {
  result: CheckResult;
  plan: EditPlan | null;
  /** The processed workbook (.xlsx bytes) when parts were asked for. */
  output: Uint8Array | null;
  /** The sheets a user may pick as the task sheet: all but the generated ones (taskSheetNames). */
  sheets: string[];
  /**
   * Parts of the input that the written result cannot carry over: always [] now (the writer copies every part
   * it does not change byte for byte; see src/workbook/xlsx/write.ts). Kept for the hosts that read it.
   */
  dropped?: DroppedPart[];
  /** What the 汇总 built from this table recorded (as-of date, fingerprint), or null: the pane's stale check. */
  overview?: OverviewRecord | null;
  /** Milliseconds spent reading + checking + planning, and writing the output (0 when nothing was written). */
  timings?: { readMs: number; writeMs: number };
  /** The format the input was in; anything but "xlsx" was converted and the output is .xlsx. */
  inputFormat?: InputFormat;
  /** Check only: the as-of date of this table's previous 通报 (src/core/report previousReportAsOf), or null. */
  previousReport?: string | null;
}

export async function processWorkbook(input: Uint8Array | ArrayBuffer, opts: ProcessOptions): Promise<ProcessResult> {
  const started = Date.now();
  opts.onProgress?.(0.02, "read");
  // .xls / .et / .ods / .xlsb / .csv become .xlsx bytes first (SheetJS, loaded only for them).
  const converted = await toXlsx(input instanceof Uint8Array ? input : new Uint8Array(input), opts.workbookName);
  const bytes = converted.bytes;
  const inputFormat = converted.from;
  const book = openBook(bytes);
  const { cells, stray, aliases, sheets, index } = await readTableAsync(book, opts.sheet);
  const dropped: DroppedPart[] = [];
  opts.onProgress?.(0.35, "check");
  const { result, plan } = checkAndPlan({
    cells,
    settings: { year: opts.year, asOf: opts.asOf, fixedAsOf: opts.fixedAsOf, dueSoonDays: opts.dueSoonDays, longOverdueDays: opts.longOverdueDays },
    parts: opts.parts,
    existing: (r) => existingFromBook(book, index, cells, r),
    builtAt: () => opts.builtAt ?? localTimestamp(),
    beforePlan: () => opts.onProgress?.(0.55, "plan"),
    aliases,
    ...(opts.workbookName !== undefined ? { workbookName: opts.workbookName } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
    outputLang: opts.outputLang ?? "table",
  });
  addStrayFinding(result, stray, opts.lang);
  const overview = overviewRecordOf(book, result.sheet);
  if (!plan) {
    const previousReport = previousReportAsOf(generatedHeads(book), result.sheet, opts.asOf);
    return { result, plan: null, output: null, sheets, dropped, inputFormat, overview, previousReport };
  }
  // Nothing to write (no table, a required column missing …): no output, so nothing can be saved or downloaded.
  if (isEmptyPlan(plan)) return { result, plan, output: null, sheets, dropped, inputFormat, overview };
  const note = convertedNote(inputFormat, opts.lang);
  if (note) plan.notes.push(note);
  const planned = Date.now();
  opts.onProgress?.(0.6, "write");
  const output = await writePlan(bytes, plan, opts.lang);
  return { result, plan, output, sheets, dropped, inputFormat, overview, timings: { readMs: planned - started, writeMs: Date.now() - planned } };
}
