/**
 * Applying an EditPlan to an exceljs workbook (the .xlsx path: CLI `check -o` and the standalone page).
 * The Excel adapter (src/excel) applies the same plan through Office.js; the scenario suite holds both to the
 * same result.
 *
 * What it touches, and nothing else:
 * - the plan's added columns on the table sheet (header cell + the rows the column owns);
 * - the table sheet's conditional formats: only rules whose formula isOwnRule() are removed, then the plan's
 *   rules are added;
 * - sheets: the earlier run's generated sheets listed in plan.replaceSheets are removed, the plan's sheets added.
 * Every string is written as a string cell (never parsed as a formula); in-workbook links are written as
 * HYPERLINK("#'Sheet'!A1", …) formulas because exceljs 4.4 writes internal hyperlinks as broken external
 * relationships; the formula works in Excel, LibreOffice and WPS and carries its displayed value.
 * No Node APIs: this runs in the browser too.
 */
import type ExcelJS from "exceljs";
import type { EditPlan, PlannedCell, PlannedColumn, PlannedSheet, HighlightRule } from "../core/types";
import { WorkbookError } from "./errors";
import { strings } from "../strings";
import { conditionalFormats, removeOwnRules } from "./marks";

/** ISO date → a JS Date at midnight UTC (exceljs writes it as that day's serial). */
export function isoToDate(iso: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

/** An Excel string literal. */
function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Cell styles are shared objects, built once per kind: exceljs recognises a style object it has seen before
 * (a WeakMap in its writer), so 40,000 cells with one shared style cost one style, not 40,000. A shared
 * style object is never mutated after it is assigned (no `cell.font = …` on those cells).
 */
class StyleCache {
  private readonly plain = new Map<string, Partial<ExcelJS.Style>>();
  private readonly looks = new WeakMap<object, Map<string, Partial<ExcelJS.Style>>>();

  /** The style of a generated cell. */
  forCell(p: PlannedCell, wrap: boolean): Partial<ExcelJS.Style> | null {
    const key = `${p.link ? "L" : ""}${p.bold ? "B" : ""}${p.date ? "D" : ""}${wrap ? "W" : ""}`;
    if (!key) return null;
    let st = this.plain.get(key);
    if (!st) {
      st = {};
      // A named font: a font entry without a name shows digits in a serif fallback in LibreOffice.
      const base = { name: "Calibri", size: 11, family: 2 };
      if (p.link) st.font = { ...base, color: { argb: "FF0563C1" }, underline: true, ...(p.bold ? { bold: true } : {}) };
      else if (p.bold) st.font = { ...base, bold: true };
      if (p.date) st.numFmt = "yyyy-mm-dd";
      if (wrap) st.alignment = { vertical: "top", wrapText: true };
      this.plain.set(key, st);
    }
    return st;
  }

  /** A cell of an added column: the look of the table cell it stands beside, plus its number format. */
  forColumn(from: ExcelJS.Cell | null, numFmt: string | undefined): Partial<ExcelJS.Style> {
    const src = (from?.style ?? {}) as object;
    let byFmt = this.looks.get(src);
    if (!byFmt) this.looks.set(src, (byFmt = new Map()));
    const key = numFmt ?? "";
    let st = byFmt.get(key);
    if (!st) {
      const s = src as Partial<ExcelJS.Style>;
      st = {};
      if (s.border) st.border = structuredClone(s.border);
      if (s.fill) st.fill = structuredClone(s.fill);
      if (s.font) st.font = structuredClone(s.font);
      if (s.alignment) st.alignment = structuredClone(s.alignment);
      if (numFmt) st.numFmt = numFmt;
      byFmt.set(key, st);
    }
    return st;
  }
}

/** The value of a planned cell as exceljs takes it. Strings stay strings (= + - @ included: never formulas). */
function cellValue(p: PlannedCell): ExcelJS.CellValue {
  if (p.link) {
    const shown = p.value === null ? "" : p.value;
    const friendly = typeof shown === "number" ? String(shown) : lit(String(shown));
    return { formula: `HYPERLINK(${lit(`#${p.link}`)},${friendly})`, result: shown } as ExcelJS.CellFormulaValue;
  }
  if (p.formula) return { formula: p.formula } as ExcelJS.CellFormulaValue;
  if (p.date && typeof p.value === "string") return isoToDate(p.value);
  return p.value;
}

/** Write one planned cell (value and shared style). */
export function writeCell(cell: ExcelJS.Cell, p: PlannedCell, styles: StyleCache = new StyleCache(), wrap = false): void {
  cell.value = cellValue(p);
  const st = styles.forCell(p, wrap);
  if (st) cell.style = st;
}

function applyColumn(ws: ExcelJS.Worksheet, col: PlannedColumn, styles: StyleCache): void {
  const lookOf = (r: number) => (col.styleFromCol ? ws.getRow(r).getCell(col.styleFromCol) : null);
  const header = ws.getRow(col.headerRow).getCell(col.col);
  header.value = col.header;
  header.style = styles.forColumn(lookOf(col.headerRow), undefined);
  const byRow = new Map(col.cells.map((c) => [c.row, c.cell]));
  const rows = new Set<number>(byRow.keys());
  if (col.clear) for (let r = col.clear.from; r <= col.clear.to; r++) rows.add(r);
  for (const r of [...rows].sort((a, b) => a - b)) {
    const cell = ws.getRow(r).getCell(col.col);
    const p = byRow.get(r);
    cell.value = p ? cellValue(p) : null;
    cell.style = styles.forColumn(lookOf(r), col.numberFormat);
  }
  const column = ws.getColumn(col.col);
  if (col.width && !column.width) column.width = col.width;
}

function applyRule(ws: ExcelJS.Worksheet, rule: HighlightRule, priority: number): void {
  ws.addConditionalFormatting({
    ref: rule.range,
    rules: [
      {
        type: "expression",
        priority,
        formulae: [rule.formula],
        style: {
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
          font: { color: { argb: argb(rule.fontColor) } },
        },
      } as ExcelJS.ConditionalFormattingRule,
    ],
  });
}

function addSheet(wb: ExcelJS.Workbook, s: PlannedSheet, styles: StyleCache): void {
  const ws = wb.addWorksheet(s.name, s.tabColor ? { properties: { tabColor: { argb: argb(s.tabColor) } } } : undefined);
  const wrap = new Set(s.wrapColumns ?? []);
  s.rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((p, j) => {
      writeCell(row.getCell(j + 1), p, styles, wrap.has(j + 1));
    });
  });
  (s.columnWidths ?? []).forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  if (s.freezeRows) ws.views = [{ state: "frozen", xSplit: 0, ySplit: s.freezeRows }];
}

/**
 * Apply a plan to a loaded workbook (in place). Throws WorkbookError when the plan's sheet is not there, or
 * a sheet the plan adds would collide with one it keeps (buildPlan never plans that).
 */
export function applyPlan(wb: ExcelJS.Workbook, plan: EditPlan): void {
  const ws = wb.getWorksheet(plan.sheet);
  if (!ws) throw new WorkbookError("sheet-not-found", strings().workbook.tableSheetMissing(plan.sheet));
  const styles = new StyleCache();
  for (const c of plan.columns) applyColumn(ws, c, styles);
  if (plan.replaceOwnRules) removeOwnRules(ws);
  // The plan's rules come after the user's (their priorities are left as they are), in plan order.
  let priority = maxPriority(ws);
  for (const r of plan.highlights) applyRule(ws, r, ++priority);

  for (const name of plan.replaceSheets) {
    const old = wb.getWorksheet(name);
    if (old && old.name !== plan.sheet) wb.removeWorksheet(old.id);
  }
  for (const s of plan.sheets) {
    if (wb.worksheets.some((w) => w.name.toUpperCase() === s.name.toUpperCase())) {
      throw new WorkbookError("corrupt", strings().workbook.sheetExists(s.name));
    }
    addSheet(wb, s, styles);
  }
  if (plan.sheets.length || plan.replaceSheets.length) showTable(wb, plan.sheet);
}

/**
 * After sheets were removed and added, make the table sheet the active, only selected tab: a workbook view
 * pointing past the last sheet (fewer units than last time) makes Excel offer a repair, and several selected
 * tabs would group sheets so typing goes into all of them.
 */
function showTable(wb: ExcelJS.Workbook, sheet: string): void {
  const index = wb.worksheets.findIndex((w) => w.name === sheet);
  for (const v of wb.views ?? []) {
    v.activeTab = Math.max(0, index);
    v.firstSheet = 0;
  }
  for (const w of wb.worksheets) {
    const v = w.views?.[0] as { tabSelected?: boolean } | undefined;
    if (v) v.tabSelected = w.name === sheet;
  }
}

/** The highest priority number among the sheet's conditional-format rules (0 when none). */
function maxPriority(ws: ExcelJS.Worksheet): number {
  let max = 0;
  for (const cf of conditionalFormats(ws)) for (const r of cf.rules) max = Math.max(max, (r as { priority?: number }).priority ?? 0);
  return max;
}
