/**
 * 分发: the plan of one unit workbook, as plain data the adapters write (src/workbook/unit-book.ts with exceljs).
 *   row 1  what to fill and by when (报送时限)
 *   row 2  UNIT_BOOK_MARK · 报送单位 · <unit> · 分发日期 · <date> · 报送时限 · <date>
 *   row 3  the header; rows 4… the unit's tasks
 * The fill-in columns (进展情况, 完成状态 as a dropdown, 佐证材料, 联系人/电话) are unlocked, the rest locked, the
 * sheet protected (no password unless one is set), the header frozen.
 */
import type { CheckResult, PlannedCell } from "../types";
import { strings, type Lang } from "../../strings";
import { sanitizeSheetName } from "../sheetnames";
import { REPORT_STATUS_WORDS, UNIT_BOOK_MARK } from "../vocab/cycle";
import { assignTasks, type UnitAssignment } from "./assign";
import type { UnitDirectory } from "./directory";
import { keyText, taskKeys } from "./key";

/** 1-based columns of a unit workbook. */
export const BOOK_COLS = {
  key: 1, no: 2, task: 3, requirement: 4, role: 5, deadline: 6, due: 7, state: 8,
  progress: 9, status: 10, evidence: 11, contact: 12,
} as const;
export type BookField = keyof typeof BOOK_COLS;
export const BOOK_FIELDS = Object.keys(BOOK_COLS) as BookField[];
export const FILL_FIELDS: readonly BookField[] = ["progress", "status", "evidence", "contact"];
export const BOOK_HEADER_ROW = 3;
/** Where the mark sits (row 2, column A) and the unit's name (row 2, column C). */
export const BOOK_MARK_ROW = 2;

export interface UnitBookPlan {
  unit: string;
  /** "<table> - <unit>.xlsx", safe as a file name, unique among the books (ignoring case). */
  fileName: string;
  sheetName: string;
  /** Cells from A1 down; row 1 (the instruction) spans every column. */
  rows: PlannedCell[][];
  headerRow: number;
  firstDataRow: number;
  lastDataRow: number;
  columnWidths: number[];
  wrapColumns: number[];
  /** Columns the unit may type in (unlocked); everything else is locked. */
  fillColumns: number[];
  keyColumn: number;
  /** The 完成状态 column and its dropdown words. */
  statusColumn: number;
  statusWords: readonly string[];
  freezeRows: number;
  /** Sheet protection password; null: protected without a password. */
  password: string | null;
  tasks: number;
}

export interface SplitOptions {
  /** The table's name (the file name without its extension), the first part of every file name. */
  tableName: string;
  asOf: string;
  /** 报送时限 as the user wrote it (a date or a phrase); null: "as the notice says". */
  reportBy?: string | null;
  password?: string | null;
  /** Only these units (names as the summary or the directory writes them); all when absent. */
  units?: readonly string[];
  directory?: UnitDirectory;
  lang?: Lang;
}

export interface SplitPlan {
  books: UnitBookPlan[];
  /** Names in `units` that no task is sent to. */
  unknownUnits: string[];
  /** Every unit a task goes to (for the user, when a name was wrong). */
  allUnits: string[];
}

/** A file name safe on Windows, macOS and Linux: no \ / : * ? " < > | or control characters, no trailing dots. */
export function safeFileName(text: string, fallback = "_"): string {
  let s = "";
  for (const ch of text) s += ch.charCodeAt(0) < 0x20 || /[\\/:*?"<>|]/.test(ch) ? "_" : ch;
  s = s.replace(/\s+/g, " ").trim().replace(/[. ]+$/g, "");
  if (s.length > 120) s = s.slice(0, 120).trim();
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(s)) s = `${s}_`;
  return s || fallback;
}

function unique(name: string, taken: Set<string>): string {
  let out = name;
  for (let n = 2; taken.has(out.toLowerCase()); n++) out = name.replace(/\.xlsx$/i, `(${n}).xlsx`);
  taken.add(out.toLowerCase());
  return out;
}

export function planUnitBook(a: UnitAssignment, opts: SplitOptions, fileName: string): UnitBookPlan {
  const lang = opts.lang ?? "zh-CN";
  const t = strings(lang).cycle;
  const o = strings(lang).outputs;
  const w = strings(lang).words;
  const h = t.bookHeaders;
  const reportBy = opts.reportBy?.trim() || null;
  const rows: PlannedCell[][] = [
    [{ value: t.instruction(a.unit, reportBy), bold: true }],
    [
      { value: UNIT_BOOK_MARK },
      { value: t.unitLabel, bold: true },
      { value: a.unit },
      { value: t.splitDateLabel, bold: true },
      { value: opts.asOf },
      { value: t.reportByLabel, bold: true },
      { value: reportBy ?? t.noReportBy },
    ],
    BOOK_FIELDS.map((f) => ({ value: h[f], bold: true })),
  ];
  for (const task of a.tasks) {
    const r = task.row;
    const d = r.deadline;
    const due: PlannedCell = d.kind === "date" && d.due ? { value: d.due, date: true } : { value: d.kind === "empty" ? null : o.kind[d.kind] };
    rows.push([
      { value: task.key },
      { value: r.no },
      { value: r.task },
      { value: r.requirement },
      { value: task.roles.map((x) => w.role[x]).join(t.listSep) },
      { value: d.text || null },
      due,
      { value: w.state[r.state] },
      { value: null },
      { value: null },
      { value: null },
      { value: null },
    ]);
  }
  return {
    unit: a.unit,
    fileName,
    sheetName: sanitizeSheetName(t.sheetName),
    rows,
    headerRow: BOOK_HEADER_ROW,
    firstDataRow: BOOK_HEADER_ROW + 1,
    lastDataRow: BOOK_HEADER_ROW + a.tasks.length,
    columnWidths: [14, 6, 28, 44, 10, 14, 12, 10, 40, 12, 24, 18],
    wrapColumns: [BOOK_COLS.task, BOOK_COLS.requirement, BOOK_COLS.progress, BOOK_COLS.evidence],
    fillColumns: FILL_FIELDS.map((f) => BOOK_COLS[f]),
    keyColumn: BOOK_COLS.key,
    statusColumn: BOOK_COLS.status,
    statusWords: REPORT_STATUS_WORDS,
    freezeRows: BOOK_HEADER_ROW,
    password: opts.password ? opts.password : null,
    tasks: a.tasks.length,
  };
}

/** One unit workbook per unit (or per chosen unit), from a checked table. */
export function planSplit(result: CheckResult, opts: SplitOptions): SplitPlan {
  const keys = taskKeys(result.rows);
  const all = assignTasks(result.rows, keys, opts.directory);
  const allUnits = all.map((a) => a.unit);
  let chosen = all;
  const unknownUnits: string[] = [];
  if (opts.units && opts.units.length > 0) {
    const wanted = opts.units.map((u) => keyText(u)).filter((u) => u);
    const byKey = new Map(all.map((a) => [keyText(a.unit), a]));
    for (const w of wanted) if (!byKey.has(w)) unknownUnits.push(w);
    const set = new Set(wanted);
    chosen = all.filter((a) => set.has(keyText(a.unit)));
  }
  const taken = new Set<string>();
  const table = safeFileName(opts.tableName, "table");
  const books = chosen.map((a) => planUnitBook(a, opts, unique(`${table} - ${safeFileName(a.unit)}.xlsx`, taken)));
  return { books, unknownUnits, allUnits };
}
