/**
 * The 督办 cycle (DOMAIN.md section 9) as the pane asks a host for it: 分发 (one workbook per unit) and 回收
 * (returned files merged into the open workbook). Hosts that can do it implement Host.splitUnits and
 * Host.collectUnits; the pane shows the 督办 tab only where both are there.
 */

/** What the user chose for 分发 (validated with src/app/settings readReportBy / readCyclePassword). */
export interface CycleRequest {
  /** 报送时限 as typed (a date or a phrase); null: none. */
  reportBy: string | null;
  /** Sheet protection password; null: protected without one. */
  password: string | null;
  /** Write per-unit sheets into the open workbook even where new workbooks could be opened (Excel). */
  asSheets?: boolean;
}

/** How the unit workbooks reached the user. */
export type SplitOutcome =
  /** One .zip of unit workbooks for the page to download (standalone page). */
  | { kind: "download"; name: string; bytes: Uint8Array; count: number }
  /** Each unit's workbook opened as a new workbook the user saves under `files` (Excel.createWorkbook). */
  | { kind: "workbooks"; count: number; files: string[]; notes: string[] }
  /** Per-unit sheets written into the open workbook, to be moved each to a new workbook (`files`: the names to save under). */
  | { kind: "sheets"; count: number; sheets: string[]; files: string[]; notes: string[] };

/** A returned file as the pane read it (bytes: the pane runs in a browser context). */
export interface ReturnedFileBytes {
  name: string;
  bytes: Uint8Array;
}

/** What the pane shows after 回收. */
export interface CollectSummary {
  returned: string[];
  missing: string[];
  unmatched: number;
  duplicates: number;
  done: number;
  rows: number;
  /** The files or rows that did not match, and what came twice, in words (file · row · reason). */
  unmatchedList?: string[];
  duplicateList?: string[];
}
