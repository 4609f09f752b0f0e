/**
 * The plan's bar charts through the ET object model (the overview's per-unit 完成率 and 逾期数,
 * src/core/plan/charts.ts): an embedded chart over the cells it covers, its one series the sheet's value column
 * (named by its header cell), the unit names as categories, first unit on top. The calls are those of Excel's VBA
 * model, which ET mirrors (ChartObjects().Add, SetSourceData, SeriesCollection(1).XValues, Axes): inferred for
 * the JavaScript bridge, like the rest of src/wps/et.ts. A re-run deletes the sheet, and its charts with it.
 */
import type { PlannedChart } from "../core/types";
import { rangeA1 } from "../excel/a1";
import { bgr, XL_BAR_CLUSTERED, XL_CATEGORY, XL_COLUMNS, XL_CROSSES_MAXIMUM, XL_VALUE, type EtWorksheet } from "./et";

export function addCharts(ws: EtWorksheet, charts: readonly PlannedChart[]): void {
  for (const c of charts) {
    const from = ws.Range(rangeA1(c.from.row, c.from.col, c.from.row, c.from.col));
    const to = ws.Range(rangeA1(c.to.row, c.to.col, c.to.row, c.to.col));
    const obj = ws.ChartObjects().Add(from.Left, from.Top, to.Left + to.Width - from.Left, to.Top + to.Height - from.Top);
    obj.Name = `breakdown-${c.kind}`;
    const chart = obj.Chart;
    chart.ChartType = XL_BAR_CLUSTERED;
    const bottom = c.values.split(":").pop()!;
    chart.SetSourceData(ws.Range(`${c.seriesName}:${bottom}`), XL_COLUMNS);
    chart.HasTitle = true;
    chart.ChartTitle.Text = c.title;
    chart.HasLegend = false;
    const series = chart.SeriesCollection(1);
    series.XValues = ws.Range(c.categories);
    series.HasDataLabels = true;
    series.Interior.Color = bgr(c.color);
    // The first unit on top, as in the table; the value axis then crosses at the last one, below.
    const cat = chart.Axes(XL_CATEGORY);
    cat.ReversePlotOrder = true;
    cat.Crosses = XL_CROSSES_MAXIMUM;
    const val = chart.Axes(XL_VALUE);
    val.MinimumScale = 0;
    if (c.max !== undefined) val.MaximumScale = c.max;
    val.MajorUnit = c.majorUnit;
  }
}
