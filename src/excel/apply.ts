/**
 * Applying an EditPlan through Office.js.
 *
 * - Never a half-made summary: the new sheets are built under temporary names first; only after all of them are
 *   written do the last commands delete the sheets an earlier run made and rename the new ones (the swap). A
 *   failure before the swap deletes the temporary sheets (the workbook is as it was); a failure inside it
 *   finishes it (see recover).
 * - Original cells are never written: only the plan's added columns, its conditional formats and new sheets.
 * - Text is written as text: every string cell gets the number format "@" before its value, so "=…", "+…",
 *   "2022/11/30" or "5月3日" stay the characters the user typed (Excel would otherwise make a formula, a number
 *   or a date of them). Dates are written as serial numbers with the plan's date format.
 * - Few syncs: writes are queued and sent together; a sync goes out only when the queued payload would pass
 *   `budget` bytes (well under Excel's 5 MB request limit), so the count depends on the data's size, not on
 *   the number of rows. Each write sync suspends calculation (ExcelApi 1.6) and screen updating (1.9).
 * - Conditional formats (1.6) go after the user's own rules, in plan order. Without 1.6 the overdue/due-soon
 *   rows are filled in the 规范时限 column instead (and a note says so).
 * - Links use the hyperlink property (1.7); below 1.7, HYPERLINK("#…") formulas as the .xlsx path writes them.
 */
import type { CellValue, CheckResult, EditPlan, PlannedCell, PlannedColumn, PlannedSheet } from "../core/types";
import type { ImportCell, ImportSheetPlan } from "../core/import/sheet";
import { DUE_NUMBER_FORMAT, isOwnRule } from "../core/plan";
import { strings, type Lang } from "../strings";
import type { ProgressFn } from "../app/host";
import type { Capabilities } from "./office";
import { charsToPoints, columnA1, isoToSerial, rangeA1 } from "./a1";
import type { WorkbookRead } from "./read";

/**
 * Bytes of queued commands (worst-case estimate, see payloadBytes) after which a sync is sent. Excel's limit
 * is 5 MB; the margin covers the per-command JSON Office.js adds beyond our per-command estimate.
 */
export const DEFAULT_BUDGET = 3_500_000;
/** Bytes of one range write (a block of rows); larger blocks are split. */
const BLOCK_BYTES = 400_000;
/** A priority past the end: Office.js then puts the rule last (after the user's own rules). */
const LAST_PRIORITY = 1_000_000;
/** Estimated overhead of one command (action, object path, ids). */
const COMMAND_BYTES = 160;

/**
 * Bytes a value adds to a request, counted for the worst case: JSON with every non-ASCII character escaped
 * as \uXXXX (6 bytes; a Chinese character is 3 bytes in UTF-8), so the real request is never larger.
 */
export function payloadBytes(x: unknown): number {
  const json = JSON.stringify(x) ?? "";
  let n = json.length;
  for (let i = 0; i < json.length; i++) if (json.charCodeAt(i) > 0x7f) n += 5;
  return n;
}

export interface ApplyOptions {
  caps: Capabilities;
  lang: Lang;
  budget?: number;
  onProgress?: ProgressFn;
}

/** Queues writes and sends them in as few syncs as the payload limit allows. */
export class SyncBatcher {
  private bytes = 0;
  private open = false;
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    private readonly caps: Capabilities,
    private readonly budget: number,
  ) {}

  /** Make room for a write of `bytes`, then count it. */
  async add(bytes: number): Promise<void> {
    const size = bytes + COMMAND_BYTES;
    if (this.open && this.bytes + size > this.budget) await this.flush();
    if (!this.open) {
      this.open = true;
      this.bytes = 0;
      if (this.caps.suspendCalculation) this.ctx.workbook.application.suspendApiCalculationUntilNextSync();
      if (this.caps.suspendScreen) this.ctx.workbook.application.suspendScreenUpdatingUntilNextSync();
    }
    this.bytes += size;
  }

  async flush(): Promise<void> {
    if (!this.open) return;
    this.open = false;
    this.syncs++;
    await this.ctx.sync();
  }
}

type Grid = (string | number | boolean | null)[][];

/** The value and number format one planned cell is written with (null, null: leave the cell alone). */
export function cellWrite(cell: PlannedCell | null | undefined, dateFormat: string): { value: string | number | boolean | null; format: string | null } {
  if (!cell) return { value: null, format: null };
  if (cell.formula) return { value: `=${cell.formula.replace(/^=/, "")}`, format: "General" };
  const v: CellValue = cell.value;
  if (cell.date && typeof v === "string") {
    const serial = isoToSerial(v);
    if (serial !== null) return { value: serial, format: dateFormat };
  }
  if (v === null || v === "") return { value: null, format: null };
  if (typeof v === "string") return { value: v, format: "@" };
  return { value: v, format: "General" };
}

/** Write a block of rows (values + formats) into `ws` starting at (top, left), split to stay under BLOCK_BYTES. */
async function writeGrid(ws: Excel.Worksheet, batch: SyncBatcher, top: number, left: number, values: Grid, formats: Grid): Promise<void> {
  const width = Math.max(0, ...values.map((r) => r.length));
  if (width === 0) return;
  let start = 0;
  while (start < values.length) {
    let bytes = 0;
    let end = start;
    while (end < values.length && (end === start || bytes < BLOCK_BYTES)) {
      bytes += payloadBytes(values[end]) + payloadBytes(formats[end]);
      end++;
    }
    const pad = (r: Grid[number]) => (r.length < width ? [...r, ...new Array<null>(width - r.length).fill(null)] : r);
    const vs = values.slice(start, end).map(pad);
    const fs = formats.slice(start, end).map(pad);
    // Skip blocks with nothing to write.
    if (vs.some((r) => r.some((v) => v !== null)) || fs.some((r) => r.some((f) => f !== null))) {
      await batch.add(bytes);
      const range = ws.getRange(rangeA1(top + start, left, top + end - 1, left + width - 1));
      range.numberFormat = fs as string[][]; // formats first: "@" must be in place before the text arrives
      range.values = vs as (string | number | boolean)[][];
    }
    start = end;
  }
}

/** Runs of consecutive bold cells in each row → ranges to make bold. */
function boldRanges(rows: PlannedCell[][]): string[] {
  const out: string[] = [];
  rows.forEach((row, i) => {
    let j = 0;
    while (j < row.length) {
      if (row[j]?.bold) {
        let k = j;
        while (k + 1 < row.length && row[k + 1]?.bold) k++;
        out.push(rangeA1(i + 1, j + 1, i + 1, k + 1));
        j = k + 1;
      } else j++;
    }
  });
  return out;
}

/** An Excel string literal. */
function lit(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A link as a HYPERLINK formula (the fallback below ExcelApi 1.7; the .xlsx path writes links this way too).
 * The shown text is an escaped string literal: user text never becomes formula syntax.
 */
export function hyperlinkFormula(link: string, shown: CellValue): string {
  const target = lit(`#${link.replace(/^#/, "")}`);
  const text = shown === null ? '""' : typeof shown === "number" ? String(shown) : lit(String(shown));
  return `=HYPERLINK(${target},${text})`;
}

/** Writes one planned sheet into `ws`; returns true when it wrote a formula. */
async function writeSheetContent(ws: Excel.Worksheet, sheet: PlannedSheet, batch: SyncBatcher, caps: Capabilities): Promise<boolean> {
  const values: Grid = [];
  const formats: Grid = [];
  let formulas = false;
  for (const row of sheet.rows) {
    const w = row.map((c) => {
      if (c?.link && !caps.hyperlinks) {
        formulas = true;
        return { value: hyperlinkFormula(c.link, c.value), format: "General" };
      }
      if (c?.formula) formulas = true;
      return cellWrite(c, DUE_NUMBER_FORMAT);
    });
    values.push(w.map((x) => x.value));
    formats.push(w.map((x) => x.format));
  }
  await writeGrid(ws, batch, 1, 1, values, formats);
  for (const addr of boldRanges(sheet.rows)) {
    await batch.add(addr.length);
    ws.getRange(addr).format.font.bold = true;
  }
  if (caps.hyperlinks) {
    for (let i = 0; i < sheet.rows.length; i++) {
      const row = sheet.rows[i];
      for (let j = 0; j < row.length; j++) {
        const link = row[j]?.link;
        if (!link) continue;
        await batch.add(link.length * 3 + 20);
        ws.getRange(rangeA1(i + 1, j + 1, i + 1, j + 1)).hyperlink = { documentReference: link.replace(/^#/, "") };
      }
    }
  }
  for (const col of sheet.wrapColumns ?? []) {
    if (!sheet.rows.length) break;
    await batch.add(60);
    const range = ws.getRange(rangeA1(1, col, sheet.rows.length, col));
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
  for (let j = 0; j < (sheet.columnWidths ?? []).length; j++) {
    const w = sheet.columnWidths![j];
    if (!(w > 0)) continue;
    await batch.add(40);
    ws.getRange(columnA1(j + 1)).format.columnWidth = charsToPoints(w);
  }
  if (sheet.freezeRows && caps.freezePanes) ws.freezePanes.freezeRows(sheet.freezeRows);
  if (sheet.tabColor && caps.tabColor) ws.tabColor = sheet.tabColor;
  return formulas;
}

/** A temporary sheet name unused in the workbook (compared ignoring case). */
export function tempNames(count: number, taken: string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `分解表助手临时${i}`;
    if (!used.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

async function writeColumn(ws: Excel.Worksheet, col: PlannedColumn, batch: SyncBatcher): Promise<void> {
  const byRow = new Map(col.cells.map((c) => [c.row, c.cell] as const));
  const last = Math.max(col.headerRow, col.clear?.to ?? 0, ...col.cells.map((c) => c.row));
  const values: Grid = [];
  const formats: Grid = [];
  const dateFormat = col.numberFormat ?? DUE_NUMBER_FORMAT;
  for (let r = col.headerRow; r <= last; r++) {
    if (r === col.headerRow) {
      values.push([col.header]);
      formats.push(["@"]);
      continue;
    }
    const planned = byRow.get(r);
    if (planned) {
      const w = cellWrite(planned, dateFormat);
      // A cell the plan leaves empty inside the column's own rows is cleared.
      values.push([w.value === null ? "" : w.value]);
      formats.push([w.format ?? col.numberFormat ?? null]);
    } else if (col.clear && r >= col.clear.from && r <= col.clear.to) {
      values.push([""]);
      formats.push([col.numberFormat ?? null]);
    } else {
      values.push([null]);
      formats.push([null]);
    }
  }
  await writeGrid(ws, batch, col.headerRow, col.col, values, formats);
  if (col.width) {
    await batch.add(40);
    ws.getRange(columnA1(col.col)).format.columnWidth = charsToPoints(col.width);
  }
}

/** Without conditional formats (ExcelApi < 1.6): fill the 规范时限 cells of overdue / due-soon rows. */
async function staticHighlights(ws: Excel.Worksheet, plan: EditPlan, result: CheckResult, batch: SyncBatcher): Promise<void> {
  const due = plan.columns[0];
  const layout = result.layout;
  if (!due || !layout || layout.lastDataRow < layout.firstDataRow) return;
  await batch.add(60);
  ws.getRange(rangeA1(layout.firstDataRow, due.col, layout.lastDataRow, due.col)).format.fill.clear();
  const colours = new Map(plan.highlights.map((h) => [h.kind, h] as const));
  for (const row of result.rows) {
    // The row's 三色预警 grade picks the rule whose colours it shows (深红 / 红 / 黄).
    const kind = row.grade === "crimson" ? "long-overdue" : row.state === "overdue" ? "overdue" : row.state === "stage-overdue" || row.state === "due-soon" ? "due-soon" : null;
    const rule = kind ? colours.get(kind) : undefined;
    if (!rule) continue;
    await batch.add(80);
    const cell = ws.getRange(rangeA1(row.row, due.col, row.row, due.col));
    cell.format.fill.color = rule.fill;
    cell.format.font.color = rule.fontColor;
  }
}

export interface ApplyResult {
  /** What the user should know about how the plan was applied (fallbacks for an older Excel). */
  notes: string[];
  /** Write syncs sent (the batcher's; the caller's reads are not counted here). */
  syncs: number;
}

/**
 * Apply `plan` to the workbook read in `read`. On failure the summary is either left as it was or completely
 * replaced (see recover), and the error is rethrown for the caller to turn into a message.
 */
export async function applyPlan(ctx: Excel.RequestContext, plan: EditPlan, result: CheckResult, read: WorkbookRead, opts: ApplyOptions): Promise<ApplyResult> {
  const { caps } = opts;
  const t = strings(opts.lang).excel;
  const batch = new SyncBatcher(ctx, caps, opts.budget ?? DEFAULT_BUDGET);
  const notes: string[] = [];
  const note = (message: string): void => {
    notes.push(message);
  };
  const ws = read.worksheet;
  const temps: { proxy: Excel.Worksheet; final: string }[] = [];
  let formulas = false;
  const names = tempNames(plan.sheets.length, read.sheets.map((s) => s.name));
  try {
    // 1. New sheets under temporary names.
    for (let i = 0; i < plan.sheets.length; i++) {
      const sheet = plan.sheets[i];
      await batch.add(names[i].length + 40);
      const proxy = ctx.workbook.worksheets.add(names[i]);
      temps.push({ proxy, final: sheet.name });
      if (await writeSheetContent(proxy, sheet, batch, caps)) formulas = true;
      opts.onProgress?.(0.4 + (0.4 * (i + 1)) / plan.sheets.length, "sheets");
    }

    // 2. The added columns (our own cells only). Same batch as the sheets when it fits: a failure anywhere
    //    stops the batch before the swap below, and the temporary sheets are dropped.
    if (plan.columns.length) opts.onProgress?.(0.82, "columns");
    for (const col of plan.columns) await writeColumn(ws, col, batch);

    // 3. Highlight rules: remove our own old ones, add the new ones after the user's (Office.js adds a rule at
    //    the top priority; moving it past the end puts it last), in plan order — as the .xlsx path does.
    if (plan.replaceOwnRules || plan.highlights.length) opts.onProgress?.(0.88, "highlights");
    if (caps.conditionalFormats) {
      if (plan.replaceOwnRules) {
        for (const own of read.ownRuleFormulas) {
          if (!isOwnRule(own.formula)) continue;
          await batch.add(40);
          own.format.delete();
        }
      }
      for (const rule of plan.highlights) {
        await batch.add(payloadBytes(rule) + 120);
        const cf = ws.getRange(rule.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=${rule.formula.replace(/^=/, "")}`;
        cf.custom.format.fill.color = rule.fill;
        cf.custom.format.font.color = rule.fontColor;
        cf.priority = LAST_PRIORITY; // set last: the proxy must not be used after its priority changes
      }
    } else if (plan.highlights.length) {
      await staticHighlights(ws, plan, result, batch);
      note(t.staticHighlightNote);
    }

    // 4. The swap: the earlier run's sheets go, the new ones take their names.
    for (const name of plan.replaceSheets) {
      await batch.add(name.length + 40);
      ctx.workbook.worksheets.getItem(name).delete();
    }
    for (const tmp of temps) {
      await batch.add(tmp.final.length + 40);
      tmp.proxy.name = tmp.final;
    }
    // Formulas written while calculation was suspended are calculated now.
    if (formulas) {
      await batch.add(40);
      ctx.workbook.application.calculate("Recalculate");
    }
    opts.onProgress?.(0.97, "write");
    await batch.flush();
  } catch (e) {
    await recover(
      ctx,
      temps.map((t, i) => ({ temp: names[i], final: t.final })),
      read.sheets.filter((x) => plan.replaceSheets.includes(x.name)).map((x) => x.id),
    );
    throw e;
  }
  return { notes, syncs: batch.syncs };
}

/**
 * After a failure: never leave a half-made summary. If the swap had not begun (every sheet it would delete is
 * still there and no temporary sheet was renamed), the temporary sheets are deleted and the workbook is as it
 * was. If it had begun, every new sheet was already complete (the swap is queued after all of them), so the
 * swap is finished: the remaining old sheets deleted, the remaining temporary sheets renamed. ExcelApi 1.1
 * calls only. Best effort: if Excel refuses even this (e.g. cell edit mode), the sheets left all carry the
 * generated mark and the next run replaces them.
 */
async function recover(ctx: Excel.RequestContext, temps: { temp: string; final: string }[], replacedIds: string[]): Promise<void> {
  if (!temps.length && !replacedIds.length) return;
  try {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    await ctx.sync();
    const byName = new Map(sheets.items.map((s) => [s.name, s] as const));
    const byId = new Map(sheets.items.map((s) => [s.id, s] as const));
    // The swap deletes the old sheets first (found by id: a new sheet may already carry an old one's name),
    // then renames the temporary ones.
    // Without old sheets, a final name present means a rename ran (the plan never reuses a kept sheet's name).
    const started = replacedIds.length
      ? replacedIds.some((id) => !byId.has(id))
      : temps.some((t) => !byName.has(t.temp) && byName.has(t.final));
    let changed = false;
    if (!started) {
      for (const t of temps) {
        const s = byName.get(t.temp);
        if (s) {
          s.delete();
          changed = true;
        }
      }
    } else {
      for (const id of replacedIds) {
        const s = byId.get(id);
        if (s) {
          s.delete();
          changed = true;
        }
      }
      for (const t of temps) {
        const s = byName.get(t.temp);
        if (s) {
          s.name = t.final;
          changed = true;
        }
      }
    }
    if (changed) await ctx.sync();
  } catch {
    // Excel refuses every change right now; the next run replaces what is left (it all carries the mark).
  }
}

/**
 * 从文稿导入: the imported table as a new sheet (src/core/import planImportSheet), in as few syncs as the payload
 * allows, then activated. Every existing sheet is left as it is. Cell notes are not written (the Office.js
 * notes API is recent); the inferred deadlines keep their colour and fill.
 */
export async function writeImportSheet(ctx: Excel.RequestContext, plan: ImportSheetPlan, caps: Capabilities, budget = DEFAULT_BUDGET): Promise<void> {
  const batch = new SyncBatcher(ctx, caps, budget);
  await batch.add(plan.name.length + 40);
  const ws = ctx.workbook.worksheets.add(plan.name);
  const values: Grid = [];
  const formats: Grid = [];
  for (const row of plan.rows) {
    const w = row.map((c) => cellWrite(c, DUE_NUMBER_FORMAT));
    values.push(w.map((x) => x.value));
    formats.push(w.map((x) => x.format));
  }
  await writeGrid(ws, batch, 1, 1, values, formats);
  for (let i = 0; i < plan.rows.length; i++) {
    const row = plan.rows[i];
    for (let j = 0; j < row.length; j++) {
      const c: ImportCell | null = row[j];
      if (!c || !(c.bold || c.italic || c.color || c.fill || c.wrap || c.size)) continue;
      await batch.add(120);
      const f = ws.getRange(rangeA1(i + 1, j + 1, i + 1, j + 1)).format;
      if (c.bold) f.font.bold = true;
      if (c.italic) f.font.italic = true;
      if (c.size) f.font.size = c.size;
      if (c.color) f.font.color = c.color;
      if (c.fill) f.fill.color = c.fill;
      if (c.wrap) {
        f.wrapText = true;
        f.verticalAlignment = "Top";
      }
    }
  }
  for (let j = 0; j < plan.columnWidths.length; j++) {
    await batch.add(40);
    ws.getRange(columnA1(j + 1)).format.columnWidth = charsToPoints(plan.columnWidths[j]);
  }
  if (plan.freezeRows && caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
  ws.activate();
  await batch.flush();
}
