/**
 * The in-memory workbook behind the Office.js test double. Plain data; no DOM, no Node APIs (the browser test
 * build bundles it). Coordinates are 0-based here, as Office.js's rowIndex/columnIndex are.
 *
 * It deliberately does not share code with src/excel: a double that used the adapter's own helpers would make
 * their bugs cancel out.
 */

export type FakeCellValue = string | number | boolean | null;

export interface FakeHyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface FakeCell {
  /** The constant, or for a formula cell null (the double does not calculate). */
  value: FakeCellValue;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fill?: string;
  fontColor?: string;
  hyperlink?: FakeHyperlink;
  /** range.format.protection.locked (Excel's default: locked). */
  locked?: boolean;
}

/** A list data validation set with range.dataValidation (ExcelApi 1.8). */
export interface FakeValidation {
  area: Rect;
  /** The list's source as set: "a,b,c". */
  list: string;
  inCellDropDown: boolean;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string } | null;
}

export interface FakeConditionalFormat {
  id: number;
  /** "Custom", "CellValue", … (Office.js ConditionalFormatType values). */
  type: string;
  /** 0-based rectangle it covers. */
  area: Rect;
  /** For custom rules: the formula, with its leading "=". */
  formula: string | null;
  fill: string | null;
  fontColor: string | null;
}

export interface Rect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

export interface FakeSheet {
  id: number;
  name: string;
  cells: Map<string, FakeCell>;
  /** Merged areas (0-based rectangles). */
  merges: Rect[];
  protected: boolean;
  conditionalFormats: FakeConditionalFormat[];
  frozenRows: number;
  /** Column widths in points, by 0-based column. */
  columnWidths: Map<number, number>;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  /** worksheet.protection.protect(options, password) as last called. */
  protection?: { options: Record<string, unknown>; password: string | null };
  validations: FakeValidation[];
  /** Row heights in points, by 0-based row. */
  rowHeights: Map<number, number>;
  /** Hidden columns, 0-based. */
  hiddenCols?: Set<number>;
  /** Charts on the sheet (charts.ts), in the order added. */
  charts?: import("./charts").FakeChartModel[];
}

export const MAX_ROWS = 1048576;
export const MAX_COLS = 16384;

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function createSheet(id: number, name: string): FakeSheet {
  return {
    id,
    name,
    cells: new Map(),
    merges: [],
    protected: false,
    conditionalFormats: [],
    frozenRows: 0,
    columnWidths: new Map(),
    visibility: "Visible",
    validations: [],
    rowHeights: new Map(),
  };
}

/** The last used rectangle (any cell with content or format), or null for an empty sheet. */
export function usedRect(sheet: FakeSheet, valuesOnly = false): Rect | null {
  return usedRectWithin(sheet, null, valuesOnly);
}

/** The used rectangle of the cells inside `within` (the whole sheet when null); null when none is used. */
export function usedRectWithin(sheet: FakeSheet, within: Rect | null, valuesOnly = false): Rect | null {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && (cell.value === null || cell.value === "") && !cell.formula) continue;
    const [r, c] = key.split(",").map(Number);
    if (within && (r < within.row || r >= within.row + within.rows || c < within.col || c >= within.col + within.cols)) continue;
    if (r < r0) r0 = r;
    if (c < c0) c0 = c;
    if (r > r1) r1 = r;
    if (c > c1) c1 = c;
  }
  if (r1 < 0) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

// ─────────────────────────── addresses ───────────────────────────

export function colName(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function rectAddress(r: Rect): string {
  const a = `${colName(r.col)}${r.row + 1}`;
  if (r.rows === 1 && r.cols === 1) return a;
  return `${a}:${colName(r.col + r.cols - 1)}${r.row + r.rows}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * "A1", "A1:C3", "$A$1", "A:C", "3:5" (no sheet part) → rectangle, or null when it is not an address Excel
 * would take.
 */
export function parseAddress(addr: string): Rect | null {
  const a = addr.replace(/\$/g, "").trim().toUpperCase();
  let m = /^([A-Z]{1,3})(\d{1,7})(?::([A-Z]{1,3})(\d{1,7}))?$/.exec(a);
  if (m) {
    const r0 = Number(m[2]) - 1, c0 = colIndex(m[1]);
    const r1 = m[4] ? Number(m[4]) - 1 : r0, c1 = m[3] ? colIndex(m[3]) : c0;
    if (r0 < 0 || r1 < 0 || c0 >= MAX_COLS || c1 >= MAX_COLS || r0 >= MAX_ROWS || r1 >= MAX_ROWS) return null;
    return { row: Math.min(r0, r1), col: Math.min(c0, c1), rows: Math.abs(r1 - r0) + 1, cols: Math.abs(c1 - c0) + 1 };
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(a);
  if (m) {
    const c0 = colIndex(m[1]), c1 = colIndex(m[2]);
    return { row: 0, col: Math.min(c0, c1), rows: MAX_ROWS, cols: Math.abs(c1 - c0) + 1 };
  }
  m = /^(\d{1,7}):(\d{1,7})$/.exec(a);
  if (m) {
    const r0 = Number(m[1]) - 1, r1 = Number(m[2]) - 1;
    return { row: Math.min(r0, r1), col: 0, rows: Math.abs(r1 - r0) + 1, cols: MAX_COLS };
  }
  return null;
}

// ─────────────────────────── sheet names ───────────────────────────

/** Excel's rules for a worksheet name; returns the reason it is refused, or null. */
export function sheetNameProblem(name: string, others: string[]): string | null {
  if (typeof name !== "string" || name.length === 0) return "The sheet name is empty.";
  if (name.length > 31) return "The sheet name is longer than 31 characters.";
  if (/[[\]:*?/\\]/.test(name)) return "The sheet name contains a character that is not allowed: [ ] : * ? / \\";
  if (name.startsWith("'") || name.endsWith("'")) return "The sheet name cannot begin or end with an apostrophe.";
  if (name.toLowerCase() === "history") return "History is a reserved sheet name.";
  const lower = name.toLowerCase();
  if (others.some((o) => o.toLowerCase() === lower)) return "DUPLICATE";
  return null;
}

// ─────────────────────────── the workbook ───────────────────────────

export interface FakeWorkbookInit {
  /** Sheets in order: name → rows of values (row 1 first). Strings starting with "=" here are stored as constants. */
  sheets: { name: string; values?: FakeCellValue[][]; numberFormats?: (string | null)[][]; merges?: Rect[]; protected?: boolean }[];
  active?: string;
  url?: string;
}

export class FakeWorkbookModel {
  sheets: FakeSheet[] = [];
  activeSheetId = 0;
  selection: { sheetId: number; rect: Rect } | null = null;
  url: string;
  private nextId = 1;
  private nextCfId = 1;

  constructor(init: FakeWorkbookInit) {
    this.url = init.url ?? "";
    for (const s of init.sheets) {
      const sheet = this.addSheet(s.name);
      sheet.protected = !!s.protected;
      sheet.merges = (s.merges ?? []).map((m) => ({ ...m }));
      (s.values ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          const nf = s.numberFormats?.[r]?.[c] ?? null;
          if (v === null || v === undefined || v === "") {
            if (nf) sheet.cells.set(cellKey(r, c), { value: null, numberFormat: nf });
            return;
          }
          sheet.cells.set(cellKey(r, c), nf ? { value: v, numberFormat: nf } : { value: v });
        }),
      );
    }
    const active = init.active ? this.findSheet(init.active) : this.sheets[0];
    this.activeSheetId = active?.id ?? 0;
  }

  addSheet(name: string): FakeSheet {
    const s = createSheet(this.nextId++, name);
    this.sheets.push(s);
    return s;
  }

  newCfId(): number {
    return this.nextCfId++;
  }

  findSheet(name: string): FakeSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): FakeSheet | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  /** Test helper: the value (or formula) of a cell, 1-based. */
  cell(sheetName: string, row: number, col: number): FakeCell | undefined {
    return this.findSheet(sheetName)?.cells.get(cellKey(row - 1, col - 1));
  }

  /** Test helper: the sheet's values as rows from A1 to its used range's end (formulas as "=…"), 1-based layout. */
  grid(sheetName: string): FakeCellValue[][] {
    const sheet = this.findSheet(sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const used = usedRect(sheet, true);
    if (!used) return [];
    const out: FakeCellValue[][] = [];
    for (let r = 0; r < used.row + used.rows; r++) {
      const row: FakeCellValue[] = [];
      for (let c = 0; c < used.col + used.cols; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        row.push(cell ? (cell.formula ?? cell.value) : null);
      }
      out.push(row);
    }
    return out;
  }

  /** A deep copy of every sheet's cells (for before/after comparisons). */
  cloneCells(sheetName: string): Map<string, FakeCell> {
    const sheet = this.findSheet(sheetName);
    const out = new Map<string, FakeCell>();
    sheet?.cells.forEach((v, k) => out.set(k, JSON.parse(JSON.stringify(v)) as FakeCell));
    return out;
  }
}
