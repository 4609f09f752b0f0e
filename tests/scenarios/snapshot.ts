/**
 * A neutral description of a workbook after the add-in ran: what a user would look at, independent of the
 * adapter that wrote it. The .xlsx path (exceljs, tests/scenarios/workbook.scenario.test.ts) and the Excel
 * adapter (Office.js fake) each turn their result into a WorkbookSnapshot; the scenarios in scenarios.ts
 * assert on snapshots only, so both adapters are held to the same expectations.
 *
 * Conventions (both adapters must follow them):
 * - `values[i][j]` is the cell at row i+1, column j+1, from A1 to the last row/column holding a value
 *   (rectangular, padded with null). The covered cells of a merged area are null.
 *   Strings as written; numbers as numbers; booleans as booleans; empty cells null; an Excel date is its
 *   serial number (what Office.js `range.values` reports; exceljs Date → serial). A formula cell holds its
 *   cached result (null if none); the formula itself is listed in `formulas`.
 * - `numberFormats` lists only cells holding a value whose number format is neither empty nor "General".
 * - `links` are in-workbook hyperlinks, whether written as a hyperlink or as a HYPERLINK("#…") formula;
 *   `target` is the place without a leading "#", e.g. "'总表'!A12".
 * - `rules` are the sheet's conditional-format rules of formula type ("expression" / Office.js custom), in
 *   the order the sheet holds them. `range` without the sheet name ("A5:H80"), `formula` without a leading
 *   "=", colours "#RRGGBB" upper case (null when not set).
 */
import type { CellValue } from "../../src/core/types";
import type { PlanParts } from "../../src/core/plan";

export interface RuleSnapshot {
  range: string;
  formula: string;
  fill: string | null;
  fontColor: string | null;
}

export interface LinkSnapshot {
  /** A1 address of the cell holding the link. */
  cell: string;
  /** In-workbook target, e.g. "'总表'!A12". */
  target: string;
}

export interface SheetSnapshot {
  name: string;
  values: CellValue[][];
  /** A1 address → number format, for cells with a format other than General. */
  numberFormats: Record<string, string>;
  /** Merged areas as A1 ranges ("A3:A5"), sorted. */
  merges: string[];
  /** A1 address → formula (without "="), for every formula cell. */
  formulas: Record<string, string>;
  links: LinkSnapshot[];
  rules: RuleSnapshot[];
}

export interface WorkbookSnapshot {
  /** In workbook (tab) order. */
  sheets: SheetSnapshot[];
  /** Codes of the last run's plan.notes (e.g. "too-many-units"), as the adapter reported them to the user. */
  notes?: string[];
}

// ───────────────────────────── fixtures ─────────────────────────────

/** One sheet of a fixture workbook. */
export interface FixtureSheet {
  name: string;
  /** From A1. Strings that look like formulas are still plain text. */
  values: CellValue[][];
  /** Parallel to values; a number under a date format is an Excel date serial. */
  numberFormats?: (string | null)[][];
  /** A1 ranges to merge. */
  merges?: string[];
  /** The user's own conditional-format rules already on the sheet (must survive every run). */
  rules?: RuleSnapshot[];
}

/** The workbook a scenario starts from: the table sheet plus any other sheets, in tab order. */
export interface SheetFixture {
  /** Name of the sheet holding the table (one of `sheets`). */
  table: string;
  sheets: FixtureSheet[];
  /** The workbook's file name (plan-year detection). */
  workbookName?: string;
}

/** What the user chose; the same for both adapters. */
export interface ScenarioSettings {
  parts: PlanParts;
  /** ISO as-of date. */
  asOf: string;
  year?: number;
  dueSoonDays?: number;
  fixedAsOf?: boolean;
  /** ISO timestamp shown on the overview (fixed so snapshots compare). */
  builtAt: string;
  /** The table sheet to use; the adapter's default pick when absent. */
  sheet?: string;
}

export interface Scenario {
  name: string;
  build: () => SheetFixture;
  settings: ScenarioSettings;
  /** How many times to run over the (previous run's) output; default 1. */
  runs?: number;
  /** Assertions (jest `expect`) on the final workbook; `before` is the snapshot of the untouched fixture. */
  expect: (wb: WorkbookSnapshot, before: WorkbookSnapshot) => void;
}

// ───────────────────────────── helpers for expectations ─────────────────────────────

export function sheetNamed(wb: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet named ${name}; sheets: ${wb.sheets.map((x) => x.name).join(", ")}`);
  return s;
}

/**
 * A1 address of a 1-based row/column: the key of a cell in a snapshot (numberFormats, formulas, links). The
 * product's own helper: it only names positions the adapters report as numbers, and every expectation in
 * scenarios.ts spells its addresses out ("G5", "'总表'!A12"), so those literals are the check, not this. The
 * independent A1 code the tests keep is the Office.js double's (tests/support/fake-excel/model.ts), which
 * reads the product's address strings as Excel would.
 */
export { a1 } from "../../src/core/a1";

/** Value at a 1-based row/column (null outside the used area). */
export function valueAt(s: SheetSnapshot, row: number, col: number): CellValue {
  return s.values[row - 1]?.[col - 1] ?? null;
}

/** Every (row, col) whose value, trimmed, equals `text`. */
export function findText(s: SheetSnapshot, text: string): { row: number; col: number }[] {
  const out: { row: number; col: number }[] = [];
  s.values.forEach((r, i) =>
    r.forEach((v, j) => {
      if (typeof v === "string" && v.trim() === text) out.push({ row: i + 1, col: j + 1 });
    }),
  );
  return out;
}

/** Excel date serial → ISO date (1900 date system). */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** ISO date → Excel date serial (1900 date system). */
export function isoToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}
