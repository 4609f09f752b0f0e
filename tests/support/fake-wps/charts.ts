/**
 * Embedded charts in the ET double (Worksheet.ChartObjects(), as Excel's VBA model has them): each chart is
 * recorded on its sheet (WpsSheet.charts) with what the adapter set — type, source and category ranges, title,
 * legend, data labels, colour, axis order, crossing and scale, and its position in points. A chart lives on its
 * sheet: deleting the sheet deletes its charts. Range positions: column widths in characters → points as Excel
 * does at the default font ((chars·7 + 5) px · 0.75), rows at 15 points.
 */
import type { Rect, WpsSheet } from "./model";

export interface WpsChart {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  chartType: number | null;
  source: Rect | null;
  plotBy: number | null;
  hasTitle: boolean;
  title: string | null;
  hasLegend: boolean;
  xValues: Rect | null;
  dataLabels: boolean;
  color: number | null;
  axes: Record<number, { reversePlotOrder: boolean; crosses: number | null; min: number | null; max: number | null; majorUnit: number | null }>;
}

const ROW_POINTS = 15;

export function colPoints(s: WpsSheet, col: number): number {
  return ((s.columnWidths.get(col) ?? 8.38) * 7 + 5) * 0.75;
}

/** Left, Top, Width, Height of a rectangle, in points. */
export function position(s: WpsSheet, r: Rect): { Left: number; Top: number; Width: number; Height: number } {
  let left = 0;
  for (let c = 0; c < r.col; c++) left += colPoints(s, c);
  let width = 0;
  for (let c = r.col; c < r.col + r.cols; c++) width += colPoints(s, c);
  return { Left: left, Top: r.row * ROW_POINTS, Width: width, Height: r.rows * ROW_POINTS };
}

/** A range object of the double → its rectangle (through the members every range has). */
function rectOf(range: unknown): Rect {
  const r = range as { Row: number; Column: number; Rows: { Count: number }; Columns: { Count: number } };
  if (typeof r?.Row !== "number") throw new Error("Type mismatch.");
  return { row: r.Row - 1, col: r.Column - 1, rows: r.Rows.Count, cols: r.Columns.Count };
}

export function chartObjects(s: WpsSheet, alive: () => void) {
  const list = (s.charts ??= []);
  return {
    get Count() {
      return list.length;
    },
    Add(left: number, top: number, width: number, height: number) {
      alive();
      if (s.protected) throw new Error("The sheet is protected.");
      if (![left, top, width, height].every((x) => typeof x === "number" && Number.isFinite(x)) || width <= 0 || height <= 0) throw new Error("Invalid procedure call or argument.");
      const c: WpsChart = { name: `Chart ${list.length + 1}`, left, top, width, height, chartType: null, source: null, plotBy: null, hasTitle: false, title: null, hasLegend: true, xValues: null, dataLabels: false, color: null, axes: {} };
      list.push(c);
      const axis = (t: number) => (c.axes[t] ??= { reversePlotOrder: false, crosses: null, min: null, max: null, majorUnit: null });
      const chart = {
        set ChartType(v: number) { c.chartType = v; },
        get ChartType() { return c.chartType ?? -1; },
        SetSourceData(source: unknown, plotBy?: number) {
          c.source = rectOf(source);
          c.plotBy = plotBy ?? null;
        },
        set HasTitle(v: boolean) { c.hasTitle = !!v; },
        get HasTitle() { return c.hasTitle; },
        get ChartTitle() {
          if (!c.hasTitle) throw new Error("The chart has no title.");
          return { set Text(v: string) { c.title = v; }, get Text() { return c.title ?? ""; } };
        },
        set HasLegend(v: boolean) { c.hasLegend = !!v; },
        get HasLegend() { return c.hasLegend; },
        SeriesCollection(i: number) {
          if (i !== 1 || !c.source) throw new Error("The index is out of range.");
          return {
            set XValues(v: unknown) { c.xValues = rectOf(v); },
            set HasDataLabels(v: boolean) { c.dataLabels = !!v; },
            Interior: { set Color(v: number) { c.color = v; } },
          };
        },
        Axes(t: number) {
          if (t !== 1 && t !== 2) throw new Error("Invalid procedure call or argument.");
          const a = axis(t);
          return {
            set ReversePlotOrder(v: boolean) { a.reversePlotOrder = !!v; },
            set Crosses(v: number) { a.crosses = v; },
            set MinimumScale(v: number) { a.min = v; },
            set MaximumScale(v: number) { a.max = v; },
            set MajorUnit(v: number) { a.majorUnit = v; },
          };
        },
      };
      return { set Name(v: string) { c.name = v; }, get Name() { return c.name; }, Chart: chart };
    },
  };
}
