/**
 * The overview's two bar charts (issue 17): per-unit 完成率 and 逾期数, whose data are the overview's own cells
 * (its unit column, its 完成率 and 逾期 columns), so they stay true to the sheet and show in any Excel, with or
 * without the add-in. The same units, order and colours as the picture src/core/report/chart.ts draws: the
 * first CHART_UNITS units of the overview (it lists the ones needing attention first). They stand right of the
 * table, below its frozen header rows, one above the other.
 */
import type { PlannedChart } from "../types";
import { strings, type Lang } from "../../strings";
import { colLetters } from "../a1";
import { OVERDUE_FILL } from "./rules";

/** At most this many units per chart (the ones needing attention first), here and in the picture (report/chart.ts). */
export const CHART_UNITS = 12;
/** The 完成率 bars' colour. */
export const DONE_FILL = "#4472C4";

/** 1-based overview columns: the unit, 逾期 (overdue) and 完成率 (planSheets' layout). */
export const OVERVIEW_UNIT_COL = 1;
export const OVERVIEW_OVERDUE_COL = 8;
export const OVERVIEW_RATE_COL = 15;
/** Columns each chart spans; a chart's height in rows grows with its bars. */
const CHART_COLS = 9;

/** 完成率 in percent, one decimal: done / tasks (0 without tasks). */
export function donePercent(done: number, total: number): number {
  return total > 0 ? Math.round((done / total) * 1000) / 10 : 0;
}

export interface ChartsInput {
  /** 1-based header row of the overview's unit table; units follow from the next row. */
  headerRow: number;
  /** Unit rows below the header. */
  units: number;
  /** The table's last used column (1-based): the charts stand one empty column to its right. */
  lastCol: number;
  /** The largest 逾期 count of the units shown (the count axis steps by whole numbers). */
  maxOverdue: number;
  lang: Lang;
}

export function overviewCharts(inp: ChartsInput): PlannedChart[] {
  const n = Math.min(inp.units, CHART_UNITS);
  if (n <= 0) return [];
  const t = strings(inp.lang);
  const first = inp.headerRow + 1;
  const last = inp.headerRow + n;
  const title = (s: string) => (inp.units > n ? t.outputs.chartTopUnits(s, n) : s);
  const col = (c: number) => colLetters(c);
  const height = Math.max(12, Math.ceil(n * 1.5) + 6);
  const left = inp.lastCol + 2;
  const at = (top: number) => ({ from: { row: top, col: left }, to: { row: top + height - 1, col: left + CHART_COLS - 1 } });
  const categories = `${col(OVERVIEW_UNIT_COL)}${first}:${col(OVERVIEW_UNIT_COL)}${last}`;
  const series = (c: number) => ({ values: `${col(c)}${first}:${col(c)}${last}`, seriesName: `${col(c)}${inp.headerRow}` });
  return [
    { kind: "done-rate", title: title(t.report.chartDoneRate), categories, ...series(OVERVIEW_RATE_COL), color: DONE_FILL, max: 100, majorUnit: 20, ...at(first) },
    { kind: "overdue", title: title(t.report.chartOverdue), categories, ...series(OVERVIEW_OVERDUE_COL), color: OVERDUE_FILL, majorUnit: Math.max(1, Math.ceil(inp.maxOverdue / 8)), ...at(first + height + 1) },
  ];
}
