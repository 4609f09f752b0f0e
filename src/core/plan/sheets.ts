/**
 * 生成汇总: the overview sheet and one sheet per unit (DOMAIN.md section 6).
 *
 * Every generated sheet has its title in A1 and the mark (GENERATED_SHEET_MARK) in A2, so a re-run finds and
 * replaces it. Sheet names follow Excel's rules (src/core/sheetnames.ts) and never take the name of a sheet
 * the run keeps (the user's own sheets, the table): a colliding new sheet gets " (2)"-style names instead.
 */
import type { CheckResult, DeadlineStage, PlannedCell, PlannedSheet, TaskRow, UnitRole, UnitSummary } from "../types";
import { strings, type Lang } from "../../strings";
import { uniqueSheetName } from "../sheetnames";
import { GENERATED_SHEET_MARK, OVERVIEW_SHEET_NAME } from "../own";
import { OVERVIEW_ASOF_ROW } from "./record";
import { assignmentTotals, taskTotals, type TaskTotals } from "../summary";

/** The overview's count columns, in order. */
const TOTAL_KEYS: readonly (keyof TaskTotals)[] = ["lead", "responsible", "cooperate", "total", "done", "overdue", "dueSoon", "ongoing", "unknown", "longOverdue", "stageOverdue"];
import { sortForAttention } from "../summary";
import { CHART_UNITS, donePercent, overviewCharts } from "./charts";
import { DEFAULT_LONG_OVERDUE_DAYS, GRADES, missedStage, nextStage } from "../grade";

export { OVERVIEW_SHEET_NAME } from "../own";
/** Over this many units, no sheet per unit (plan.notes gets "too-many-units"). */
export const MAX_UNIT_SHEETS = 200;
/** Tab colour of a generic group's sheet. */
export const GENERIC_TAB_COLOR = "#A6A6A6";
/** Tab colour of the overview. */
export const OVERVIEW_TAB_COLOR = "#4472C4";

/** A reference to a cell of a sheet, quoted the way Excel wants it: 'It''s'!A1. */
export function sheetRef(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const ROLE_ORDER: UnitRole[] = ["lead", "responsible", "cooperate"];

/** Each unit (canonical name, or the name as written) → the task rows naming it and its roles there. */
export function rowsByUnit(rows: TaskRow[]): Map<string, { row: TaskRow; roles: UnitRole[] }[]> {
  const map = new Map<string, { row: TaskRow; roles: UnitRole[] }[]>();
  const seen = new Map<string, UnitRole[]>();
  const note = (key: string, role: UnitRole) => {
    const roles = seen.get(key);
    if (!roles) seen.set(key, [role]);
    else if (!roles.includes(role)) roles.push(role);
  };
  for (const r of rows) {
    seen.clear();
    for (const u of r.units) {
      const canonical = u.canonical ?? u.name;
      note(canonical, u.role);
      if (u.name !== canonical) note(u.name, u.role);
    }
    for (const [key, roles] of seen) {
      let list = map.get(key);
      if (!list) map.set(key, (list = []));
      list.push({ row: r, roles: roles.length > 1 ? roles.sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b)) : roles });
    }
  }
  return map;
}

function text(v: string | number | null, bold = false): PlannedCell {
  return bold ? { value: v, bold: true } : { value: v };
}

export interface SheetsInput {
  result: CheckResult;
  /** Keys (sheetNameKey) of names the new sheets must not take. */
  taken: Set<string>;
  builtAt: string;
  fixedAsOf: boolean;
  lang: Lang;
  /** From collect: each unit's 已报送 / 未报送 and report date, as two more overview columns. */
  reporting?: ReadonlyMap<string, { status: string; date: string | null }>;
}

export interface SheetsOutput {
  sheets: PlannedSheet[];
  tooManyUnits: boolean;
}

/** An Excel string literal. */
function excelText(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function showTime(iso: string): string {
  return iso.replace("T", " ").replace(/(\d\d:\d\d)(:\d\d)?(\.\d+)?(Z|[+-]\d\d:?\d\d)?$/, "$1$4").trim();
}

/** Where the 三色预警 legend stands: beside the record (rows 3–7), from column E (1-based). */
export const LEGEND_FIRST_ROW = 3;
export const LEGEND_COL = 5;

/**
 * The 三色预警 legend beside the overview's record: its title, then one cell per grade: its word and what puts a task
 * in it (with the thresholds in force), overflowing into the empty cells to its right. Added to rows 3–7 from column E, so the counts below keep their rows.
 */
function addLegend(rows: PlannedCell[][], inp: SheetsInput): void {
  const t = strings(inp.lang).outputs;
  const w = strings(inp.lang).words;
  const what = t.legend(inp.result.dueSoonDays, inp.result.longOverdueDays ?? DEFAULT_LONG_OVERDUE_DAYS);
  const lines: PlannedCell[][] = [[text(t.legendTitle, true)], ...GRADES.map((g) => [text(t.legendLine(w.grade[g], what[g]))])];
  lines.forEach((cells, i) => {
    const row = rows[LEGEND_FIRST_ROW - 1 + i];
    if (!row) return;
    while (row.length < LEGEND_COL - 1) row.push(text(null));
    row.push(...cells);
  });
}

/**
 * 下一阶段 of a task with dated stages (DOMAIN.md section 10): the next stage and its action; for a 阶段逾期 task the
 * stage it missed first. Null without stages, once done, or when no stage is ahead.
 */
export function stageCell(row: TaskRow, asOf: string, lang: Lang): string | null {
  if (!row.deadline.stages?.length || row.state === "done") return null;
  const t = strings(lang).outputs;
  const show = (s: DeadlineStage) => t.stageText(s.date, s.action);
  const missed = row.state === "stage-overdue" ? missedStage(row.deadline, asOf) : null;
  const next = nextStage(row.deadline, asOf);
  const parts = [missed ? t.missedStageText(show(missed)) : null, next ? show(next) : null].filter((x): x is string => !!x);
  return parts.length ? parts.join(t.stageSep) : null;
}

/** The overview's 报送情况 / 报送日期 cells of one unit (none without collect). */
function reportingCells(reporting: SheetsInput["reporting"], unit: string): PlannedCell[] {
  if (!reporting) return [];
  const r = reporting.get(unit);
  return [text(r?.status ?? null), r?.date ? { value: r.date, date: true } : text(null)];
}

export function planSheets(inp: SheetsInput): SheetsOutput {
  const { result, taken, lang } = inp;
  const t = strings(lang).outputs;
  const w = strings(lang).words;
  const units = sortForAttention(result.summary);
  const tooMany = units.length > MAX_UNIT_SHEETS;

  const overviewName = uniqueSheetName(OVERVIEW_SHEET_NAME, taken);
  const unitNames = new Map<UnitSummary, string>();
  if (!tooMany) {
    for (const u of units) unitNames.set(u, uniqueSheetName(u.generic ? `${u.unit}${t.genericSuffix}` : u.unit, taken));
  }

  // ── overview
  const reporting = inp.reporting;
  const header = [...t.overviewHeaders, ...(reporting ? strings(lang).cycle.overviewHeaders : [])].map((h) => text(h, true));
  // The record of what the overview was built from (src/core/plan/record.ts reads it back; rows fixed there).
  const asOfRef = `B${OVERVIEW_ASOF_ROW}`;
  const rows: PlannedCell[][] = [
    [text(t.overviewTitle, true)],
    [text(GENERATED_SHEET_MARK), text(result.sheet)],
    [text(t.infoSource, true), text(result.sheet)],
    [text(t.infoYear, true), text(result.year)],
    [text(t.infoAsOf, true), { value: result.asOf, date: true }, text(inp.fixedAsOf ? t.asOfFixed : t.asOfLive)],
    [text(t.infoBuiltAt, true), text(showTime(inp.builtAt))],
    [text(t.infoRows, true), text(result.rows.length)],
    [text(t.infoFingerprint, true), text(result.fingerprint ?? null)],
    // Live tables: a notice that shows itself when the file is opened on another day than the as-of date.
    inp.fixedAsOf ? [] : [{ value: "", formula: `IF(${asOfRef}<>TODAY(),${excelText(t.staleNotice(result.asOf))},"")`, bold: true }],
    [],
    header,
  ];
  addLegend(rows, inp);
  const headerRow = rows.length;
  for (const u of units) {
    const name = unitNames.get(u);
    rows.push([
      text(u.unit),
      text(u.generic ? t.generic : t.specific),
      ...TOTAL_KEYS.map((k) => text(u[k])),
      name ? { value: t.openSheet, link: sheetRef(name, "A1") } : text(t.noDetailSheet),
      text(donePercent(u.done, u.total)),
      ...reportingCells(reporting, u.unit),
    ]);
  }
  // 合计 counts distinct tasks (equal to the pane); the per-unit sums stand in their own, labelled row.
  const distinct = taskTotals(result.rows);
  const assigned = assignmentTotals(units);
  rows.push([text(t.totals, true), text(null), ...TOTAL_KEYS.map((k) => text(distinct[k], true)), text(null), text(donePercent(distinct.done, distinct.total), true)]);
  rows.push([text(t.assignments), text(null), ...TOTAL_KEYS.map((k) => text(assigned[k]))]);

  const sheets: PlannedSheet[] = [
    {
      name: overviewName,
      kind: "overview",
      rows,
      columnWidths: [30, 16, 8, 8, 8, 8, 8, 8, 10, 10, 14, 10, 10, 10, 10, ...(reporting ? [12, 12] : [])],
      freezeRows: headerRow,
      tabColor: OVERVIEW_TAB_COLOR,
      charts: overviewCharts({ headerRow, units: units.length, lastCol: header.length, maxOverdue: Math.max(0, ...units.slice(0, CHART_UNITS).map((u) => u.overdue)), lang }),
    },
  ];

  // ── one sheet per unit
  const byUnit = rowsByUnit(result.rows);

  // A task listed for several units shares its cells across their sheets (the plan is read, never changed, by
  // the adapters): a 100,000-row table makes a quarter of a million unit-sheet rows, and their cells are the heap.
  type Shared = [PlannedCell, PlannedCell, PlannedCell, PlannedCell, PlannedCell, PlannedCell, PlannedCell, PlannedCell];
  const cellsByRow = new Map<TaskRow, Shared>();
  const roleCells = new Map<string, PlannedCell>();
  const taskCells = (row: TaskRow): Shared => {
    let cells = cellsByRow.get(row);
    if (cells) return cells;
    const d = row.deadline;
    const due: PlannedCell =
      d.kind === "date" && d.due ? { value: d.due, date: true } : text(d.kind === "empty" ? null : t.kind[d.kind]);
    cells = [
      { value: row.row, link: sheetRef(result.sheet, `A${row.row}`) },
      text(row.no),
      text(row.task),
      text(row.requirement),
      text(d.text),
      due,
      text(row.grade === "crimson" ? w.longOverdueState : w.state[row.state]),
      text(stageCell(row, result.asOf, lang)),
    ];
    cellsByRow.set(row, cells);
    return cells;
  };
  for (const u of units) {
    const name = unitNames.get(u);
    if (!name) continue;
    const tasks = (byUnit.get(u.unit) ?? []).slice().sort((a, b) => a.row.row - b.row.row);
    const urows: PlannedCell[][] = [
      [text(t.unitTitle(u.unit), true)],
      [text(GENERATED_SHEET_MARK), text(result.sheet)],
      [{ value: t.backToOverview, link: sheetRef(overviewName, "A1") }, text(u.generic ? t.genericNote : null)],
      t.unitHeaders.map((h) => text(h, true)),
    ];
    for (const { row, roles } of tasks) {
      const same = taskCells(row);
      const roleText = roles.map((r) => w.role[r]).join(t.roleSep);
      let role = roleCells.get(roleText);
      if (!role) roleCells.set(roleText, (role = text(roleText)));
      urows.push([same[0], same[1], same[2], same[3], role, same[4], same[5], same[6], same[7]]);
    }
    sheets.push({
      name,
      kind: "unit",
      unit: u.unit,
      generic: u.generic,
      rows: urows,
      columnWidths: [10, 6, 30, 50, 10, 16, 12, 12, 24],
      freezeRows: 4,
      wrapColumns: [3, 4],
      ...(u.generic ? { tabColor: GENERIC_TAB_COLOR } : {}),
    });
  }
  return { sheets, tooManyUnits: tooMany };
}
