/**
 * The in-memory workbook behind the WPS 表格 (ET) object-model double. Plain data; no DOM, no Node APIs (the
 * browser test build bundles it). Coordinates are 0-based rectangles, as in the Office.js double, whose address
 * helpers (tests/support/fake-excel/model.ts) it shares — never the adapter's own (src/excel/a1.ts, src/wps).
 */
import { cellKey, intersects, parseAddress, rectAddress, sheetNameProblem, type Rect } from "../fake-excel/model";

export { cellKey, intersects, parseAddress, rectAddress, type Rect };

export type WpsCellValue = string | number | boolean | null;

export interface WpsCell {
  /** The constant; null for a formula cell (the double does not calculate) or an empty cell with a format. */
  value: WpsCellValue;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** BGR longs, as ET stores them. */
  fontColor?: number;
  fill?: number;
  wrap?: boolean;
  vAlign?: number;
  /** In-workbook hyperlink: the SubAddress ("'总表'!A12"); Address for an external one. */
  link?: { address: string; subAddress: string };
}

export interface WpsRule {
  id: number;
  /** XlFormatConditionType: 2 = xlExpression. */
  type: number;
  area: Rect;
  /** With its leading "=", relative to the area's top-left cell. */
  formula: string;
  fill: number | null;
  fontColor: number | null;
}

export interface WpsSheet {
  name: string;
  cells: Map<string, WpsCell>;
  merges: Rect[];
  /** Worksheet.ProtectContents. */
  protected: boolean;
  /** Rules in priority order (first = highest). */
  rules: WpsRule[];
  /** XlSheetVisibility: -1 visible, 0 hidden, 2 very hidden. */
  visible: number;
  /** Column widths in characters, by 0-based column. */
  columnWidths: Map<number, number>;
  tabColor: number | null;
  /** The sheet's window state: rows / columns frozen (0: none). */
  frozen: { rows: number; cols: number };
  /** The selected rectangle (the active cell is its top-left). */
  selection: Rect;
  /** Embedded charts (charts.ts). */
  charts?: import("./charts").WpsChart[];
}

export function createSheet(name: string): WpsSheet {
  return {
    name,
    cells: new Map(),
    merges: [],
    protected: false,
    rules: [],
    visible: -1,
    columnWidths: new Map(),
    tabColor: null,
    frozen: { rows: 0, cols: 0 },
    selection: { row: 0, col: 0, rows: 1, cols: 1 },
  };
}

/** The used rectangle: cells with a value, a formula or a format (as Excel's UsedRange counts formats too). */
export function usedRect(sheet: WpsSheet, valuesOnly = false): Rect | null {
  let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = (cell.value !== null && cell.value !== "") || !!cell.formula;
    if (!hasValue && (valuesOnly || !cell.numberFormat)) continue;
    const [r, c] = key.split(",").map(Number);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  if (r1 < 0) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

export interface WpsWorkbookInit {
  name?: string;
  sheets: { name: string; values?: WpsCellValue[][]; numberFormats?: (string | null)[][]; merges?: string[]; protected?: boolean }[];
  /** The active sheet's name (default: the first). */
  active?: string;
  /** Custom document properties already in the file. */
  properties?: Record<string, string>;
  protectStructure?: boolean;
}

export class WpsWorkbookModel {
  name: string;
  sheets: WpsSheet[] = [];
  active: WpsSheet;
  properties = new Map<string, { value: unknown; type: number }>();
  protectStructure: boolean;
  private nextRule = 1;
  /** Sheet deletions that would have asked the user (DisplayAlerts was on). */
  prompts = 0;

  constructor(init: WpsWorkbookInit) {
    this.name = init.name ?? "工作簿1.xlsx";
    for (const s of init.sheets) {
      const sheet = createSheet(s.name);
      (s.values ?? []).forEach((row, r) =>
        row.forEach((v, c) => {
          const f = s.numberFormats?.[r]?.[c] ?? null;
          if ((v === null || v === "") && !f) return;
          const cell: WpsCell = { value: v === "" ? null : v };
          if (f) cell.numberFormat = f;
          sheet.cells.set(cellKey(r, c), cell);
        }),
      );
      sheet.merges = (s.merges ?? []).map((m) => {
        const rect = parseAddress(m);
        if (!rect) throw new Error(`bad merge ${m}`);
        return rect;
      });
      sheet.protected = !!s.protected;
      this.sheets.push(sheet);
    }
    if (!this.sheets.length) this.sheets.push(createSheet("Sheet1"));
    this.active = this.sheets.find((s) => s.name === init.active) ?? this.sheets[0];
    for (const [k, v] of Object.entries(init.properties ?? {})) this.properties.set(k, { value: v, type: 4 });
    this.protectStructure = !!init.protectStructure;
  }

  newRuleId(): number {
    return this.nextRule++;
  }

  findSheet(name: string): WpsSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel's rules for a new sheet name (the reason it is refused), as the Office.js double checks them. */
  nameProblem(name: string, except: WpsSheet | null): string | null {
    return sheetNameProblem(name, this.sheets.filter((s) => s !== except).map((s) => s.name));
  }
}

/** Shift the relative references of a formula by (dRow, dCol); $-anchored parts and strings stay. */
export function shiftFormula(formula: string, dRow: number, dCol: number): string {
  if (!dRow && !dCol) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const end = formula.indexOf('"', i + 1);
      const stop = end < 0 ? formula.length : end + 1;
      out += formula.slice(i, stop);
      i = stop;
      continue;
    }
    const m = /^(\$?)([A-Z]{1,3})(\$?)(\d+)/.exec(formula.slice(i));
    const before = i > 0 ? formula[i - 1] : "";
    if (m && !/[A-Za-z0-9_.]/.test(before) && !/[A-Za-z(]/.test(formula[i + m[0].length] ?? "")) {
      let col = 0;
      for (const ch of m[2]) col = col * 26 + ch.charCodeAt(0) - 64;
      const newCol = m[1] ? col : col + dCol;
      const newRow = m[3] ? Number(m[4]) : Number(m[4]) + dRow;
      if (newCol < 1 || newRow < 1) out += "#REF!";
      else {
        let letters = "";
        for (let n = newCol; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        out += `${m[1]}${letters}${m[3]}${newRow}`;
      }
      i += m[0].length;
      continue;
    }
    out += formula[i];
    i++;
  }
  return out;
}
