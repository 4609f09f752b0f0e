/**
 * The types the table and the edit plan both build on: cell values and findings. Re-exported from src/core/types.
 */

// ───────────────────────────── cells ─────────────────────────────

/** One cell value as adapters hand it over. Excel errors arrive as their text ("#N/A", "#REF!"). */
export type CellValue = string | number | boolean | null;

/** An area of merged cells, inclusive, in sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of a worksheet as read by an adapter: the used range (or the user's selection).
 * `values[i][j]` is the cell at sheet row `firstRow + i`, column `firstCol + j`.
 */
export interface SheetCells {
  /** The worksheet's name. */
  sheet: string;
  firstRow: number;
  firstCol: number;
  values: CellValue[][];
  /**
   * Number formats, parallel to `values` (null or missing where unknown). A number in a cell whose
   * format is a date format is an Excel date serial.
   */
  numberFormats?: (string | null)[][];
  /** Merged areas, when the host can tell (undefined: unknown, carry blank cells down instead). */
  merges?: MergedArea[];
  /** 1-based sheet columns that are hidden (width 0 or hidden), when the host can tell. */
  hiddenCols?: number[];
}

// ─────────────────────────── findings ────────────────────────────

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "no-header"
  | "missing-column"
  | "missing-value"
  | "deadline-unknown"
  | "deadline-outside-year"
  | "unit-unknown-fragment"
  /** A unit name starts with a formula character or another symbol ("+市司法局"). */
  | "unit-symbol"
  /** One unit holds two roles on one row (both 牵头 and 配合). */
  | "unit-two-roles"
  | "unit-alias"
  | "number-duplicate"
  | "number-gap"
  | "cell-error"
  | "too-many-units"
  /** Reading, DOMAIN.md §8 (see src/core/validate SEVERITY and the findings strings for each). */
  | "footer-rows" | "duplicate-column" | "stray-cells" | "converted-input" | "cell-too-long"
  /** The result file (written through exceljs) cannot carry some parts of the input: charts, pivot tables … */
  | "output-drops-content";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row, or null when the finding is about the whole sheet. */
  row: number | null;
  /** 1-based sheet column, or null. */
  column: number | null;
  /** Plain Chinese (or the UI language), telling the user what to change. */
  message: string;
}
