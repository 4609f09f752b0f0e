/**
 * checkSheet: read one sheet the way a careful person does — header, sections, carried-down cells, units,
 * deadlines, states, findings, summary. Pure: the adapters hand over cells, this decides.
 */
import type { AliasTable, CellValue, CheckResult, ColumnInfo, Deadline, Finding, SheetCells, TaskRow, UnitRef, YearSource } from "./types";
import { strings, type Lang } from "../strings";
import { deadlineFromSerial, detectYear, parseDeadline } from "./deadline";
import { analyseUnits, noteDeclaresFirstLeads } from "./units";
import { cellText, trimAll } from "./text";
import { findLayout, Grid, isDateFormat, readBody } from "./table";
import { rowState } from "./status";
import { DEFAULT_LONG_OVERDUE_DAYS, rowGrade } from "./grade";
import { tableFingerprint } from "./fingerprint";
import { unitNameFindings, type CellUnits } from "./validate/unit-names";
import { withoutOutputColumns } from "./own";
import { reportedDoneRows } from "./cycle/headers";
import { summarise, unitDisplayNames } from "./summary";
import {
  aliasFindings,
  cellErrorFindings,
  duplicateColumnFindings,
  footerFindings,
  missingColumnFindings,
  noHeaderFinding,
  numberFindings,
  rowFindings,
  sortFindings,
} from "./validate";

export interface CheckOptions {
  /** Plan year chosen by the user; detected when absent. */
  year?: number;
  /** ISO as-of date (the caller passes today's date when the user chose none). */
  asOf: string;
  dueSoonDays?: number;
  /** Days overdue past which a task is 挂牌 (default 30). */
  longOverdueDays?: number;
  /** The workbook's file name, for plan-year detection. */
  workbookName?: string;
  /** The user's alias list (sheet 单位别名), when the workbook has one. */
  aliases?: AliasTable;
  lang?: Lang;
}

export const DEFAULT_DUE_SOON_DAYS = 15;

/** Plan year: the user's, else the table's title, else the workbook's name, else the as-of year. */
export function planYear(opts: { year?: number; title?: string | null; workbookName?: string; asOf: string }): {
  year: number;
  yearSource: YearSource;
} {
  if (opts.year) return { year: opts.year, yearSource: "user" };
  const fromTitle = opts.title ? detectYear(opts.title) : null;
  if (fromTitle) return { year: fromTitle, yearSource: "title" };
  const fromName = opts.workbookName ? detectYear(opts.workbookName) : null;
  if (fromName) return { year: fromName, yearSource: "workbook" };
  return { year: Number(opts.asOf.slice(0, 4)), yearSource: "as-of" };
}

/** Excel serials of 1950-01-01 … 2100-12-31: a bare number in this range with no known format is a date. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73415;

/** The deadline of one cell: a real Excel date (a number in a date-formatted cell) or a phrase. */
export function cellDeadline(value: CellValue, format: string | null, formatsKnown: boolean, year: number): Deadline {
  if (typeof value === "number") {
    const serialLike = Number.isFinite(value) && value >= SERIAL_MIN && value <= SERIAL_MAX;
    // A date whose format was lost (General) still reads as a date; a number formatted as a number does not.
    const numeric = format !== null && !/^general$/i.test(format.trim()) && !isDateFormat(format);
    if (isDateFormat(format) || (serialLike && Number.isInteger(value) && (!formatsKnown || !numeric))) return deadlineFromSerial(value);
  }
  return parseDeadline(trimAll(cellText(value)), { year });
}

export function checkSheet(cells: SheetCells, opts: CheckOptions): CheckResult {
  const s = strings(opts.lang ?? "zh-CN").findings;
  const roleWords = strings(opts.lang ?? "zh-CN").words.role;
  const dueSoonDays = opts.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const longOverdueDays = opts.longOverdueDays ?? DEFAULT_LONG_OVERDUE_DAYS;
  // 规范时限 / 时限类型 of an earlier run are ours, not the table's: never read them as a deadline column.
  const grid = new Grid(withoutOutputColumns(cells));
  // A collected master: rows its 报送完成状态 column says done stay done.
  const reportedDone = reportedDoneRows(cells);
  const found = grid.lastRow >= grid.firstRow ? findLayout(grid) : null;
  const { year, yearSource } = planYear({ year: opts.year, title: found?.layout.title, workbookName: opts.workbookName, asOf: opts.asOf });
  const base = { sheet: cells.sheet, year, yearSource, asOf: opts.asOf, dueSoonDays, longOverdueDays, fingerprint: tableFingerprint(cells) };
  if (!found) {
    return { ...base, layout: null, rows: [], findings: [noHeaderFinding(s, cells.sheet)], summary: [] };
  }
  const layout = { ...found.layout, sheet: cells.sheet };
  found.layout = layout;
  const body = readBody(grid, found);
  const formatsKnown = cells.numberFormats !== undefined;
  const findings: Finding[] = [
    ...missingColumnFindings(s, found),
    ...duplicateColumnFindings(s, found),
    ...cellErrorFindings(s, found, body.errors),
    ...footerFindings(s, body.footers),
  ];
  const rows: TaskRow[] = [];
  // Real tables repeat the same unit and deadline cells many times: parse each distinct text once (and tell
  // once per text whether it declares "the first unit leads").
  const declaresCache = new Map<string, boolean>();
  const declares = (text: string): boolean => {
    let d = declaresCache.get(text);
    if (d === undefined) declaresCache.set(text, (d = noteDeclaresFirstLeads(text)));
    return d;
  };
  const unitCache = new Map<string, ReturnType<typeof analyseUnits>>();
  const units = (text: string, header: string) => {
    const key = `${header}\u0000${text}`;
    let a = unitCache.get(key);
    if (!a) unitCache.set(key, (a = analyseUnits(text, { header })));
    return a;
  };
  // "列第一位者为牵头单位" in a note under the title, or "（首位单位为牵头单位，下同）" in a cell: from there on the
  // first unit of every cell leads (DOMAIN.md section 8).
  let firstLeads = declaredAbove(grid, found.headerTop);
  const deadlineCache = new Map<string, Deadline>();
  const deadlineOf = (value: CellValue, format: string | null): Deadline => {
    if (typeof value === "number") return cellDeadline(value, format, formatsKnown, year);
    const key = trimAll(cellText(value));
    let d = deadlineCache.get(key);
    if (!d) deadlineCache.set(key, (d = cellDeadline(value, format, formatsKnown, year)));
    return { ...d, milestones: [...d.milestones] };
  };
  for (const b of body.rows) {
    const rowUnits: UnitRef[] = [];
    const rejected: { column: ColumnInfo; fragment: string }[] = [];
    const byCell: CellUnits[] = [];
    for (const cell of b.unitCells) {
      if (!cell.text) continue;
      const a = units(cell.text, cell.column.header);
      if (!firstLeads && declares(cell.text)) firstLeads = true;
      // Each row its own copies (a row's first unit may become its lead below), made as literals: cheaper than
      // spreads over tens of thousands of rows.
      for (const u of a.units) rowUnits.push({ name: u.name, role: u.role, generic: u.generic });
      byCell.push({ column: cell.column, units: a.units });
      for (const fragment of a.rejected) rejected.push({ column: cell.column, fragment });
    }
    const firstResponsible = rowUnits.find((u) => u.role === "responsible");
    if (firstLeads && firstResponsible && !rowUnits.some((u) => u.role === "lead")) firstResponsible.role = "lead";
    const deadline = found.col.deadline
      ? deadlineOf(b.errorCols.has(found.col.deadline.col) ? null : b.deadlineValue, b.deadlineFormat)
      : parseDeadline("", { year });
    const row: TaskRow = {
      row: b.row,
      no: b.no,
      section: b.section,
      task: b.task,
      requirement: b.requirement,
      unitText: b.unitCells.map((u) => u.text).filter((t) => t).join("\n"),
      units: rowUnits,
      deadline,
      status: b.status,
      state: reportedDone.has(b.row) ? "done" : rowState(deadline, b.status, opts.asOf, dueSoonDays),
    };
    row.grade = rowGrade(row, opts.asOf, { dueSoonDays, longOverdueDays });
    rows.push(row);
    findings.push(...rowFindings(s, found, b, row, rejected, year));
    findings.push(...unitNameFindings(s, roleWords, b.row, byCell));
  }
  // Every unit carries the name the summary counts it under (summary.unit === unit.canonical).
  const display = unitDisplayNames(rows, opts.aliases);
  for (const row of rows) for (const u of row.units) u.canonical = display.get(u.name) ?? u.name;
  findings.push(...numberFindings(s, found, body.rows, new Set(body.sections.map((x) => x.row))));
  findings.push(...aliasFindings(s, rows, found, opts.aliases));
  return {
    ...base,
    layout,
    rows,
    findings: sortFindings(findings),
    summary: summarise(rows, opts.aliases),
    ...(found.missing.length ? { missingColumns: [...found.missing] } : {}),
  };
}

/** Does a line above the header (the title, a note under it) declare that the first unit named leads? */
function declaredAbove(grid: Grid, headerTop: number): boolean {
  for (let r = grid.firstRow; r < headerTop; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const v = grid.raw(r, c);
      if (typeof v === "string" && noteDeclaresFirstLeads(v)) return true;
    }
  }
  return false;
}

/** The alias list of a 单位别名 sheet (two columns: alias, full name; a header row 别名/全称 is skipped). */
export function readAliasSheet(cells: SheetCells): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of cells.values) {
    const [a, b] = row;
    if (typeof a !== "string" || typeof b !== "string") continue;
    const alias = a.replace(/[\s\u3000]+/g, "");
    const full = b.replace(/[\s\u3000]+/g, "");
    if (!alias || !full || alias === full) continue;
    if (/^(别名|简称|单位别名|alias)$/i.test(alias) && /^(全称|单位全称|标准名称|规范名称|统一名称|standardname|fullname)$/i.test(full)) continue;
    map.set(alias, full);
  }
  return map;
}
