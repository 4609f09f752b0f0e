/**
 * The Host contract: what the task pane needs from wherever it runs: inside Excel (src/excel), inside WPS 表格
 * (src/wps) or on an .xlsx file in a plain browser (src/standalone). Components receive a Host and call it; they
 * never touch Office.js, the WPS jsapi or exceljs. Hosts implement it; the pane depends on it; neither depends
 * on the other.
 */
import type { CheckResult, EditPlan } from "../core/types";
import type { ImportResult } from "../core/import/types";
import type { HostErrorCode } from "./errors";

export type { HostErrorCode } from "./errors";

export type ActionName = "validate" | "normalise" | "highlight" | "summarise" | "runAll";

export interface HostSettings {
  /** Plan year; null: detect. */
  year: number | null;
  /** ISO as-of date; null: today. */
  asOf: string | null;
  dueSoonDays: number;
  /** 三色预警: days overdue past which a task is 深红 / 挂牌 (DOMAIN.md section 10). */
  longOverdueDays?: number;
  /** The sheet holding the table; null: the active (Excel) or first fitting (file) sheet. */
  sheet: string | null;
}

export const DEFAULT_SETTINGS: HostSettings = { year: null, asOf: null, dueSoonDays: 15, longOverdueDays: 30, sheet: null };

/** Progress report: fraction 0..1 and a short label key. */
export type ProgressFn = (fraction: number, label: string) => void;

export interface ActionOutcome {
  result: CheckResult;
  /** The plan applied (null for 校验, which writes nothing). */
  plan: EditPlan | null;
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
  /** Select a cell in the sheet (Excel only; a finding was clicked). */
  selectCell?(sheet: string, row: number, column: number | null): Promise<void>;
  /**
   * 从文稿导入: write an imported 任务分解表 (src/core/import importDocument) as a new sheet, leaving every
   * existing sheet as it is; resolves with the new sheet's name. Absent: the pane hides the import tab.
   */
  importTable?(result: ImportResult): Promise<string>;
}
