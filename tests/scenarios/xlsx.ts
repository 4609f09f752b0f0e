/**
 * The .xlsx side of the scenario suite: a SheetFixture as an exceljs workbook (bytes), and a workbook read
 * back with exceljs as the neutral WorkbookSnapshot (conventions in snapshot.ts).
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/types";
import { conditionalFormats } from "../../src/workbook/marks";
import { dateToSerial } from "../../src/workbook/read";
import type { FixtureSheet, RuleSnapshot, SheetFixture, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { a1 } from "./snapshot";

function argbToHex(c: unknown): string | null {
  const argb = (c as { argb?: string } | undefined)?.argb;
  return typeof argb === "string" && argb.length >= 6 ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function hexToArgb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function isoOfSerial(serial: number): Date {
  return new Date(Math.round((serial - 25569) * 86400000));
}

function isDateFormat(fmt: string | null | undefined): boolean {
  if (!fmt) return false;
  const f = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[ymd]/i.test(f) && !/^[#0.,%\s]+$/.test(f);
}

function addFixtureSheet(wb: ExcelJS.Workbook, s: FixtureSheet): void {
  const ws = wb.addWorksheet(s.name);
  s.values.forEach((row, i) =>
    row.forEach((v, j) => {
      if (v === null) return;
      const cell = ws.getRow(i + 1).getCell(j + 1);
      const fmt = s.numberFormats?.[i]?.[j] ?? null;
      // A number under a date format is an Excel date serial: exceljs keeps dates as Date values.
      cell.value = typeof v === "number" && isDateFormat(fmt) ? isoOfSerial(v) : v;
      if (fmt) cell.numFmt = fmt;
    }),
  );
  for (const m of s.merges ?? []) ws.mergeCells(m);
  for (const r of s.rules ?? []) {
    ws.addConditionalFormatting({
      ref: r.range,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: [r.formula],
          style: {
            ...(r.fill ? { fill: { type: "pattern", pattern: "solid", bgColor: { argb: hexToArgb(r.fill) } } } : {}),
            ...(r.fontColor ? { font: { color: { argb: hexToArgb(r.fontColor) } } } : {}),
          },
        } as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
}

/** The fixture as an exceljs workbook. */
export function fixtureWorkbook(f: SheetFixture): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const s of f.sheets) addFixtureSheet(wb, s);
  return wb;
}

/** The fixture as .xlsx bytes. */
export async function fixtureBytes(f: SheetFixture): Promise<Uint8Array> {
  const buf = (await fixtureWorkbook(f).xlsx.writeBuffer()) as unknown as Uint8Array;
  return new Uint8Array(buf);
}

export async function loadBytes(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function snapValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v);
  if (typeof v === "object") {
    if ("richText" in v && Array.isArray(v.richText)) return v.richText.map((r) => r.text).join("");
    if ("error" in v) return String(v.error);
    if ("formula" in v || "sharedFormula" in v) {
      const r = (v as { result?: ExcelJS.CellValue }).result;
      return r === undefined ? null : snapValue(r);
    }
    if ("hyperlink" in v) return typeof v.text === "string" ? v.text : null;
  }
  return null;
}

function hyperlinkTarget(formula: string): string | null {
  const m = /^=?HYPERLINK\("#((?:[^"]|"")*)"/i.exec(formula);
  return m ? m[1].replace(/""/g, '"') : null;
}

/** One exceljs worksheet as a SheetSnapshot. */
export function snapshotSheet(ws: ExcelJS.Worksheet): SheetSnapshot {
  const cells: { r: number; c: number; cell: ExcelJS.Cell; v: CellValue }[] = [];
  let lastRow = 0;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const covered = cell.isMerged && cell.master !== cell;
      const v = covered ? null : snapValue(cell.value);
      cells.push({ r, c, cell, v });
      if (v !== null) {
        lastRow = Math.max(lastRow, r);
        lastCol = Math.max(lastCol, c);
      }
    });
  });
  const values: CellValue[][] = Array.from({ length: lastRow }, () => Array<CellValue>(lastCol).fill(null));
  const numberFormats: Record<string, string> = {};
  const formulas: Record<string, string> = {};
  const links: SheetSnapshot["links"] = [];
  cells.sort((p, q) => p.r - q.r || p.c - q.c);
  for (const { r, c, cell, v } of cells) {
    const addr = a1(r, c);
    const rawF = cell.value as { formula?: string } | null;
    // A formula cell is listed even when its cached result is empty (the overview's "not today" notice).
    if (v === null && rawF && typeof rawF === "object" && typeof rawF.formula === "string") formulas[addr] = rawF.formula.replace(/^=/, "");
    if (v === null) continue;
    values[r - 1][c - 1] = v;
    if (cell.numFmt && cell.numFmt !== "General") numberFormats[addr] = cell.numFmt;
    const raw = cell.value as { formula?: string; hyperlink?: string } | null;
    if (raw && typeof raw === "object" && typeof raw.formula === "string") {
      formulas[addr] = raw.formula.replace(/^=/, "");
      const t = hyperlinkTarget(raw.formula);
      if (t) links.push({ cell: addr, target: t });
    } else if (raw && typeof raw === "object" && typeof raw.hyperlink === "string" && raw.hyperlink.startsWith("#")) {
      links.push({ cell: addr, target: raw.hyperlink.slice(1) });
    }
  }
  const rules: RuleSnapshot[] = conditionalFormats(ws).flatMap((cf) =>
    cf.rules
      .filter((r) => r.type === "expression")
      .map((r) => {
        const style = (r as { style?: { fill?: { bgColor?: unknown; fgColor?: unknown }; font?: { color?: unknown } } }).style;
        return {
          range: String(cf.ref),
          formula: String((r as { formulae?: unknown[] }).formulae?.[0] ?? "").replace(/^=/, ""),
          fill: argbToHex(style?.fill?.bgColor) ?? argbToHex(style?.fill?.fgColor),
          fontColor: argbToHex(style?.font?.color),
        };
      }),
  );
  const merges = ((ws.model as { merges?: string[] }).merges ?? []).slice().sort();
  return { name: ws.name, values, numberFormats, merges, formulas, links, rules };
}

export function snapshotWorkbook(wb: ExcelJS.Workbook): WorkbookSnapshot {
  return { sheets: wb.worksheets.map(snapshotSheet) };
}

export async function snapshotBytes(bytes: Uint8Array): Promise<WorkbookSnapshot> {
  return snapshotWorkbook(await loadBytes(bytes));
}
