// STUB — implemented by the outputs issue (5). Signature is the contract.
// src/workbook works on bytes, never on the file system: the standalone page uses it too.
import type { CheckResult, EditPlan } from "../core/types";
import type { PlanParts } from "../core/plan";
import type { Lang } from "../strings";

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
}

export async function processWorkbook(input: Uint8Array | ArrayBuffer, opts: ProcessOptions): Promise<ProcessResult> {
  void input;
  void opts;
  throw new Error("processWorkbook is not implemented yet");
}
