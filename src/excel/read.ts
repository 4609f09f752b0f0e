/**
 * Reading the workbook through Office.js in a fixed number of syncs, loading only what is needed:
 *
 *   sync 1  sheet names and visibility; the table sheet's name, protection and used-range size; its first
 *           rows (is it a sheet we generated?); its conditional formats' types (only when 标记逾期 will run)
 *   sync 2  the table's values and number formats from A1 to the used range's end; the first rows of every
 *           other sheet (isGeneratedSheet); the alias sheet 单位别名; the custom rules' formulas; which of the
 *           table's columns are hidden (ExcelApi 1.9: getColumnProperties)
 *   sync 3  merged areas (ExcelApi 1.13), alone: the call fails above 512 areas, and then the core carries
 *           blank cells down instead (SheetCells.merges undefined)
 *
 * A table too large for one response (5 MB) is read in row blocks: one more sync per block, the block halved
 * whenever Excel answers ResponsePayloadSizeLimitExceeded.
 */
import { FAR_CELLS, MAX_READ_COLS, ROW_GAP, TOP_ROWS } from "../app/far";
import type { CellValue, MergedArea, SheetCells } from "../core/types";
import { generatedSource, isGeneratedSheet, MARK_COLS, MARK_ROWS, OVERVIEW_FINGERPRINT_ROW, findOverviewRecord, type OverviewRecord } from "../core/plan";
import { readAliasSheet } from "../core/check";
import { HostError } from "../app/host";
import { strings, type Lang } from "../strings";
import type { Capabilities } from "./office";
import { parseAreas, rangeA1 } from "./a1";
import { officeErrorCode } from "./errors";
import { ALIAS_SHEET_NAME } from "../core/vocab/sheets";

/** The name of the sheet holding the user's alias list (as src/workbook reads it). */
export const ALIAS_SHEET = ALIAS_SHEET_NAME;

/** Cells per read block to start with (halved on a too-large response). */
export const READ_BLOCK_CELLS = 25_000;

export interface ReadOptions {
  /** The table's sheet; null: the active sheet. */
  sheet: string | null;
  /** Load the table sheet's conditional formats (to replace our own rules). */
  wantRules: boolean;
  caps: Capabilities;
  lang: Lang;
  blockCells?: number;
}

export interface WorkbookRead {
  cells: SheetCells;
  /** Every sheet in tab order (id: Office.js worksheet id, stable across renames). */
  sheets: { name: string; id: string; generated: boolean; visible: boolean; source: string | null }[];
  aliases: Map<string, string> | undefined;
  /** The table sheet is protected (ExcelApi 1.2; false when unknown). */
  protected: boolean;
  /** The add-in's own rules on the table sheet (proxies in this context, to delete). */
  ownRuleFormulas: { format: Excel.ConditionalFormat; formula: string }[];
  /** The table sheet's proxy in this context. */
  worksheet: Excel.Worksheet;
  /** What the 汇总 built from this table recorded (as-of date, fingerprint), or null: the pane's stale check. */
  overview: OverviewRecord | null;
  /** The used range's far corner when content far outside the table was left unread (a stray value), else null. */
  strayCorner: string | null;
}


/** Rows read at the top of every other sheet: the generated-sheet mark and the overview's record. */
const HEAD_ROWS = Math.max(MARK_ROWS, OVERVIEW_FINGERPRINT_ROW);

function plain(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  // Office.js gives primitives; any other value (a host date object …) is shown as its own text, as before.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(v);
}

function plainFormat(f: unknown): string | null {
  return typeof f === "string" && f !== "" && f !== "General" ? f : null;
}

export async function readWorkbook(ctx: Excel.RequestContext, opts: ReadOptions): Promise<WorkbookRead> {
  const t = strings(opts.lang).excel;
  const { caps } = opts;

  // ── sync 1
  const sheetsColl = ctx.workbook.worksheets;
  sheetsColl.load("items/name,items/visibility,items/id");
  const ws = opts.sheet ? sheetsColl.getItem(opts.sheet) : sheetsColl.getActiveWorksheet();
  ws.load("name");
  const protection = caps.protection ? ws.protection.load("protected") : null;
  const used = caps.protection ? ws.getUsedRange(true) : ws.getUsedRange();
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const head = ws.getRange(rangeA1(1, 1, MARK_ROWS, MARK_COLS));
  head.load("values");
  const cfs = opts.wantRules && caps.conditionalFormats ? ws.getRange().conditionalFormats : null;
  if (cfs) cfs.load("items/type");
  try {
    await ctx.sync();
  } catch (e) {
    if (opts.sheet && officeErrorCode(e) === "ItemNotFound") throw new HostError(t.sheetNotFound(opts.sheet), "sheet-not-found", { cause: e });
    throw e;
  }
  const sheetName = ws.name;
  if (!opts.sheet && isGeneratedSheet((head.values as unknown[][]).map((r) => r.map(plain))))
    throw new HostError(t.generatedActive(sheetName), "generated-sheet");
  let rows = used.rowIndex + used.rowCount;
  let cols = used.columnIndex + used.columnCount;
  const all = sheetsColl.items.map((s) => ({ name: s.name, id: s.id, visible: String(s.visibility) === "Visible" }));
  // A stray value far from the table (XFD1048576, a note in column XFD) stretches the used range over the whole
  // sheet: never read all of it. Columns: as far as the top rows use them (one more sync, only in this case);
  // rows: the reading stops ROW_GAP empty rows below the last used one. The user is told (strayCorner).
  let strayCorner: string | null = null;
  const corner = rangeA1(rows, cols, rows, cols);
  if (cols > MAX_READ_COLS || rows * cols > FAR_CELLS) {
    const top = ws.getRange(rangeA1(1, 1, Math.min(rows, TOP_ROWS), Math.min(cols, MAX_READ_COLS))).getUsedRangeOrNullObject(true);
    top.load("columnIndex,columnCount");
    await ctx.sync();
    const width = top.isNullObject ? 1 : top.columnIndex + top.columnCount;
    if (width < cols) {
      cols = width;
      strayCorner = corner;
    }
  }

  // ── sync 2 (and more blocks for a large table)
  interface Extras {
    firstRows: (Excel.Range | null)[];
    /** Which of the table's columns are hidden (ExcelApi 1.9), loaded with the first block. */
    columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]> | null;
    aliasRange: Excel.Range | null;
    custom: { format: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }[];
  }
  const extras = (): Extras => {
    // Each other sheet's first rows: the generated-sheet mark, and the overview's record (as-of date, fingerprint).
    const firstRows = sheetsColl.items.map((s) => (s.name === sheetName ? null : s.getRange(rangeA1(1, 1, HEAD_ROWS, MARK_COLS)).load("values")));
    const aliasSheet = all.find((s) => s.name.trim() === ALIAS_SHEET);
    const aliasRange = aliasSheet ? sheetsColl.getItem(aliasSheet.name).getUsedRange().load("values") : null;
    const custom = cfs ? cfs.items.filter((f) => String(f.type) === "Custom").map((f) => ({ format: f, rule: f.custom.rule.load("formula") })) : [];
    const columns = caps.columnProperties && cols > 0 ? ws.getRange(rangeA1(1, 1, 1, cols)).getColumnProperties({ columnHidden: true }) : null;
    return { firstRows, columns, aliasRange, custom };
  };
  let extra: Extras | null = null;
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  let block = Math.max(1, Math.floor((opts.blockCells ?? READ_BLOCK_CELLS) / Math.max(1, cols)));
  let next = 1;
  let lastUsed = 0;
  while (next <= rows || extra === null) {
    const last = Math.min(rows, next + block - 1);
    const pending: Extras | null = extra === null ? extras() : null;
    const range = next <= rows ? ws.getRange(rangeA1(next, 1, last, cols)).load("values,numberFormat") : null;
    try {
      await ctx.sync();
    } catch (e) {
      const code = officeErrorCode(e);
      if (code === "ResponsePayloadSizeLimitExceeded" && block > 1) {
        block = Math.max(1, Math.floor(block / 2));
        continue;
      }
      if (code === "ResponsePayloadSizeLimitExceeded") throw new HostError(t.tooLarge, "too-large", { cause: e });
      throw e;
    }
    if (pending) extra = pending;
    if (range) {
      const vs = range.values as unknown[][];
      const fs = range.numberFormat as unknown[][];
      vs.forEach((row, i) => {
        const plainRow = row.map(plain);
        if (plainRow.some((v) => v !== null)) lastUsed = next + i;
        values.push(plainRow);
        numberFormats.push(row.map((_, j) => plainFormat(fs[i]?.[j])));
      });
      next = last + 1;
      // Far below the table only empty rows so far: what follows is not the table (a stray value at A1048576).
      if (next <= rows && next - 1 - lastUsed > ROW_GAP) {
        strayCorner = corner;
        values.length = numberFormats.length = Math.max(lastUsed, 0);
        rows = values.length;
      }
    }
  }

  // ── sync 3: merged areas
  let merges: MergedArea[] | undefined;
  if (caps.mergedAreas && rows > 0 && cols > 0) {
    try {
      const areas = ws.getRange(rangeA1(1, 1, rows, cols)).getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      merges = areas.isNullObject ? [] : parseAreas(areas.address);
    } catch {
      merges = undefined; // over 512 areas, or the API failed: carry blank cells down instead
    }
  }

  const ex = extra;
  const tops = all.map((_, i) => {
    const r = ex.firstRows[i];
    return r ? (r.values as unknown[][]).map((row) => row.map(plain)) : [];
  });
  const sheets = all.map((s, i) => {
    const first = (tops[i] ?? []).slice(0, MARK_ROWS);
    return { name: s.name, id: s.id, visible: s.visible, generated: s.name !== sheetName && isGeneratedSheet(first), source: generatedSource(first) };
  });
  const overview = findOverviewRecord(tops, sheetName);
  let aliases: Map<string, string> | undefined;
  if (ex.aliasRange) {
    const grid = (ex.aliasRange.values as unknown[][]).map((row) => row.map(plain));
    aliases = readAliasSheet({ sheet: ALIAS_SHEET, firstRow: 1, firstCol: 1, values: grid });
  }
  const cells: SheetCells = { sheet: sheetName, firstRow: 1, firstCol: 1, values, numberFormats };
  if (merges) cells.merges = merges;
  const hiddenCols = (ex.columns?.value ?? []).filter((p) => p.columnHidden === true).map((p) => (p.columnIndex ?? 0) + 1);
  if (hiddenCols.length) cells.hiddenCols = hiddenCols;
  return {
    cells,
    sheets,
    aliases,
    protected: protection ? protection.protected : false,
    ownRuleFormulas: ex.custom.map((c) => ({ format: c.format, formula: c.rule.formula })),
    worksheet: ws,
    overview,
    strayCorner,
  };
}
