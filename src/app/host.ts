/**
 * The Host contract: what the task pane needs from wherever it runs: inside Excel (src/excel), inside WPS 表格
 * (src/wps) or on an .xlsx file in a plain browser (src/standalone). Components receive a Host and call it; they
 * never touch Office.js, the WPS jsapi or exceljs. Hosts implement it; the pane depends on it; neither depends
 * on the other.
 */
import type { CheckResult, EditPlan } from "../core/types";
import type { OverviewRecord } from "../core/plan";
import type { ImportResult } from "../core/import/types";
import type { HostErrorCode } from "./errors";
import type { Lang } from "../strings";

export type { HostErrorCode } from "./errors";

/** The five buttons, and "aliases": create the 单位别名 sheet (the pane's own button, not among ACTIONS). */
export type ActionName = "validate" | "normalise" | "highlight" | "summarise" | "runAll" | "aliases";

export interface HostSettings {
  /** Plan year; null: detect. */
  year: number | null;
  /** ISO as-of date; null: today. */
  asOf: string | null;
  dueSoonDays: number;
  /** The sheet holding the table; null: the active (Excel) or first fitting (file) sheet. */
  sheet: string | null;
  /**
   * The language of what is written (added columns, generated sheets): "table" or absent — the table's own
   * language (src/core/table-lang), so a Chinese table gets Chinese outputs in an English Office or browser.
   */
  outputLang?: OutputLang;
}

export type OutputLang = Lang | "table";

export const DEFAULT_SETTINGS: HostSettings = { year: null, asOf: null, dueSoonDays: 15, sheet: null };

/** Progress report: fraction 0..1 and a short label key. */
export type ProgressFn = (fraction: number, label: string) => void;

export interface ActionOutcome {
  result: CheckResult;
  /** The plan applied (null for 校验, which writes nothing). */
  plan: EditPlan | null;
  /**
   * What the 汇总 built from this table recorded before the run (as-of date, the table's fingerprint), when the
   * host can read it (the file host); the pane says when it no longer matches the table (stale summary).
   */
  overview?: OverviewRecord | null;
  /** Messages about how the host carried the action out (e.g. a fallback for an older Excel), if any. */
  notes?: string[];
}

/** A failure the user can act on; `message` is already in the UI language and says what to do. */
export class HostError extends Error {
  constructor(message: string, readonly code: HostErrorCode = "host", options?: { cause?: unknown }) {
    super(message, options);
    this.name = "HostError";
  }
}

export interface Host {
  /** Inside Excel, inside WPS 表格, or on a file in a plain browser. */
  kind: "excel" | "wps" | "file";
  /** Sheet names of the workbook (for the "which sheet is the table" setting). */
  listSheets(): Promise<string[]>;
  /** Settings kept with the workbook (Excel: document settings; file: none). */
  loadSettings(): Promise<Partial<HostSettings>>;
  saveSettings(settings: HostSettings): Promise<void>;
  run(action: ActionName, settings: HostSettings, onProgress?: ProgressFn): Promise<ActionOutcome>;
  /**
   * Stop the run in progress; true when it will stop with nothing changed (its promise rejects with a
   * "cancelled" HostError). The file host stops at any point; inside Excel only before the write batch starts
   * (false once writing began: the batch is applied whole, never half).
   */
  cancel?(): boolean;
  /** Select a cell in the sheet (Excel only; a finding was clicked). */
  selectCell?(sheet: string, row: number, column: number | null): Promise<void>;
  /**
   * 从文稿导入: write an imported 任务分解表 (src/core/import importDocument) as a new sheet, leaving every
   * existing sheet as it is; resolves with the new sheet's name. Absent: the pane hides the import tab.
   */
  importTable?(result: ImportResult): Promise<string>;
}
