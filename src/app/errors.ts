/**
 * The codes of the failures a user can act on. Every HostError carries one; the pane shows the message, tests and
 * hosts branch on the code. WorkbookError (src/workbook) uses the workbook subset and the file host passes it on.
 */

/** Why a workbook file cannot be read (src/workbook's WorkbookError). */
export const WORKBOOK_ERROR_CODES = ["empty", "encrypted", "old-xls", "not-xlsx", "corrupt", "no-sheet", "sheet-not-found"] as const;
export type WorkbookErrorCode = (typeof WORKBOOK_ERROR_CODES)[number];

export function isWorkbookErrorCode(code: unknown): code is WorkbookErrorCode {
  return typeof code === "string" && (WORKBOOK_ERROR_CODES as readonly string[]).includes(code);
}

export type HostErrorCode =
  /** Anything else a host reports (the default). */
  | "host"
  // Inside Excel (src/excel)
  /** Office.js / the Excel API is missing or too old. */
  | "api"
  /** The document settings could not be saved. */
  | "settings"
  /** No header row found on the table sheet. */
  | "no-header"
  /** The sheet or workbook is protected. */
  | "protected"
  /** The active sheet is one the product generated. */
  | "generated-sheet"
  /** The table is too large for one request. */
  | "too-large"
  /** Excel is in cell-edit mode. */
  | "cell-edit"
  /** Any other Excel failure. */
  | "excel"
  // Inside WPS 表格 (src/wps); it also uses api, settings, no-header, protected, generated-sheet, sheet-not-found
  /** WPS 表格 has no workbook open. */
  | "no-workbook"
  /** Any other failure of a call into WPS. */
  | "wps"
  // On the standalone page (src/standalone)
  /** A lazily loaded chunk could not be loaded. */
  | "chunk-load"
  /** The file could not be read and no more precise reason is known. */
  | "broken-file"
  /** An action was asked for with no file open. */
  | "no-file"
  /** A WorkbookError without a known code. */
  | "workbook"
  // The pane (src/taskpane)
  /** The sample workbook could not be loaded. */
  | "sample"
  /** 从文稿导入 failed. */
  | "import"
  /** The user cancelled the run (the standalone page: nothing was changed). */
  | "cancelled"
  | WorkbookErrorCode;
