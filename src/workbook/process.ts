/**
 * processWorkbook: the whole .xlsx path in one call — the CLI's `check [-o]` and the standalone page use it.
 *   load → pick the table sheet → aliases → checkSheet → what an earlier run left (generated sheets, added
 *   columns) → buildPlan → applyPlan → writeBuffer; plus what the written file cannot carry over (fidelity.ts),
 *   as a note in plan.notes ("output-drops-content").
 * Bytes in, bytes out: src/workbook never touches the file system (the page runs it in the browser).
 * A user's mistake (not an .xlsx, no such sheet …) is a WorkbookError with a Chinese message saying what to do.
 */
import type { CheckResult, EditPlan } from "../core/types";
import { buildPlan, type PlanParts } from "../core/plan";
import { localTimestamp } from "../core/dates";
import type { Lang } from "../strings";
import { loadWorkbook } from "./read";
import { checkWorkbook } from "./check-book";
import { convertedNote, toXlsx, type InputFormat } from "./convert";
import { existingWorkbook } from "./marks";
import { applyPlan } from "./apply";
import { droppedNote, droppedParts, pruneUnwritableRules, type DroppedPart } from "./fidelity";

export interface ProcessOptions {
  /** The sheet holding the table; the first sheet with a header when absent. */
  sheet?: string;
  year?: number;
  asOf: string;
  dueSoonDays?: number;
  fixedAsOf?: boolean;
  /** The workbook's file name (plan-year detection). */
  workbookName?: string;
  /** What to write; nothing is written (output null) when absent. */
  parts?: PlanParts;
  lang?: Lang;
  /** ISO timestamp shown on the overview; now when absent. */
  builtAt?: string;
}

export interface ProcessResult {
  result: CheckResult;
  plan: EditPlan | null;
  /** The processed workbook (.xlsx bytes) when parts were asked for. */
  output: Uint8Array | null;
  /** The names of all sheets in the workbook. */
  sheets: string[];
  /**
   * Parts of the input that a written result cannot carry over (charts, pivot tables, macros …: see
   * src/workbook/fidelity.ts); [] when none. Found for every run, so an adapter that keeps the processed bytes
   * can still tell the user after a later run (whose input no longer has them).
   */
  dropped?: DroppedPart[];
  /** The format the input was in; anything but "xlsx" was converted and the output is .xlsx. */
  inputFormat?: InputFormat;
}

export async function processWorkbook(input: Uint8Array | ArrayBuffer, opts: ProcessOptions): Promise<ProcessResult> {
  // .xls / .et / .ods / .xlsb / .csv become .xlsx bytes first (SheetJS, loaded only for them).
  const converted = await toXlsx(input instanceof Uint8Array ? input : new Uint8Array(input), opts.workbookName);
  const bytes = converted.bytes;
  const inputFormat = converted.from;
  // The read half: streamed and bounded by the table (a far stray cell costs nothing; exceljs is not needed).
  const { result, sheets } = checkWorkbook(bytes, opts);
  const dropped = await droppedParts(bytes);
  if (!opts.parts || (!opts.parts.columns && !opts.parts.highlights && !opts.parts.sheets)) {
    return { result, plan: null, output: null, sheets, dropped, inputFormat };
  }
  // The write half (exceljs today; replaced by the zip-patching writer).
  const wb = await loadWorkbook(bytes);
  const plan = buildPlan(result, existingWorkbook(wb, result), {
    parts: opts.parts,
    fixedAsOf: !!opts.fixedAsOf,
    builtAt: opts.builtAt ?? localTimestamp(),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  applyPlan(wb, plan);
  // Tell the user what the result file could not keep (the original stays as it is: the output is a new file).
  const note = droppedNote(dropped, opts.lang);
  if (note) plan.notes.push(note);
  const convNote = convertedNote(inputFormat, opts.lang);
  if (convNote) plan.notes.push(convNote);
  // Rules exceljs read without their content would make writeBuffer throw; they are lost either way (noted).
  pruneUnwritableRules(wb);
  // exceljs gives a Node Buffer in Node and an ArrayBuffer-like in the browser.
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array | ArrayBuffer;
  const output = buf instanceof Uint8Array ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  return { result, plan, output, sheets, dropped, inputFormat };
}
