/**
 * processWorkbook: the whole .xlsx path in one call — the CLI's `check [-o]` and the standalone page use it.
 *   load → pick the table sheet → aliases → checkSheet → what an earlier run left (generated sheets, added
 *   columns) → buildPlan → applyPlan → writeBuffer; plus what the written file cannot carry over (fidelity.ts),
 *   as a note in plan.notes ("output-drops-content").
 * Bytes in, bytes out: src/workbook never touches the file system (the page runs it in the browser).
 * A user's mistake (not an .xlsx, no such sheet …) is a WorkbookError with a Chinese message saying what to do.
 */
import type { CheckResult, EditPlan } from "../core/types";
import { buildPlan, isEmptyPlan, taskSheetNames, type PlanParts } from "../core/plan";
import { checkSheet } from "../core/check";
import { localTimestamp } from "../core/dates";
import { outputLanguage } from "../core/table-lang";
import type { Lang } from "../strings";
import { isGeneratedWorksheet, loadWorkbook, pickTableSheet, readAliases, sheetCells } from "./read";
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
  /** The language of messages (findings, notes). */
  lang?: Lang;
  /**
   * The language of what is written (added columns, sheets): "table" or absent — the table's own language
   * (src/core/table-lang tableLanguage), so a Chinese table gets Chinese outputs in an English Office/browser.
   */
  outputLang?: Lang | "table";
  /** ISO timestamp shown on the overview; now when absent. */
  builtAt?: string;
}

export interface ProcessResult {
  result: CheckResult;
  plan: EditPlan | null;
  /** The processed workbook (.xlsx bytes) when parts were asked for. */
  output: Uint8Array | null;
  /** The sheets a user may pick as the task sheet: all but the generated ones (taskSheetNames). */
  sheets: string[];
  /**
   * Parts of the input that a written result cannot carry over (charts, pivot tables, macros …: see
   * src/workbook/fidelity.ts); [] when none. Found for every run, so an adapter that keeps the processed bytes
   * can still tell the user after a later run (whose input no longer has them).
   */
  dropped?: DroppedPart[];
}

export async function processWorkbook(input: Uint8Array | ArrayBuffer, opts: ProcessOptions): Promise<ProcessResult> {
  const wb = await loadWorkbook(input);
  const dropped = await droppedParts(input);
  const sheets = taskSheetNames(wb.worksheets.map((w) => ({ name: w.name, generated: isGeneratedWorksheet(w) })));
  const ws = pickTableSheet(wb, opts.sheet);
  const aliases = readAliases(wb);
  const cells = sheetCells(ws);
  const result = checkSheet(cells, {
    asOf: opts.asOf,
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    ...(opts.dueSoonDays !== undefined ? { dueSoonDays: opts.dueSoonDays } : {}),
    ...(opts.workbookName !== undefined ? { workbookName: opts.workbookName } : {}),
    ...(aliases.size ? { aliases } : {}),
    ...(opts.lang ? { lang: opts.lang } : {}),
  });
  if (!opts.parts || (!opts.parts.columns && !opts.parts.highlights && !opts.parts.sheets && !opts.parts.aliases)) {
    return { result, plan: null, output: null, sheets, dropped };
  }
  const plan = buildPlan(result, existingWorkbook(wb, result), {
    parts: opts.parts,
    fixedAsOf: !!opts.fixedAsOf,
    builtAt: opts.builtAt ?? localTimestamp(),
    lang: outputLanguage(opts.outputLang, result, opts.lang ?? "zh-CN"),
  });
  // Nothing to write (no table, a required column missing …): no output, so nothing can be saved or downloaded.
  if (isEmptyPlan(plan)) return { result, plan, output: null, sheets, dropped };
  applyPlan(wb, plan);
  // Tell the user what the result file could not keep (the original stays as it is: the output is a new file).
  const note = droppedNote(dropped, opts.lang);
  if (note) plan.notes.push(note);
  // Rules exceljs read without their content would make writeBuffer throw; they are lost either way (noted).
  pruneUnwritableRules(wb);
  // exceljs gives a Node Buffer in Node and an ArrayBuffer-like in the browser.
  const buf = (await wb.xlsx.writeBuffer()) as unknown as Uint8Array | ArrayBuffer;
  const output = buf instanceof Uint8Array ? new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength) : new Uint8Array(buf);
  return { result, plan, output, sheets, dropped };
}
