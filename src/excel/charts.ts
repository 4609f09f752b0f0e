/**
 * The plan's bar charts through Office.js (the overview's per-unit 完成率 and 逾期数, src/core/plan/charts.ts):
 * worksheet.charts.add over the sheet's own value cells, the unit names as the category axis, the title, colour,
 * data labels and the cells it covers. Queued in the adapter's batch like every other write (no sync of its own).
 *
 * The categories need ExcelApi 1.7 (series.setXAxisValues; charts.add alone takes one rectangle, and the unit
 * names are not next to the values); below 1.7 no chart is added and a note says so. The sheet is built under a
 * temporary name and renamed at the swap: the charts' ranges follow it. A re-run deletes the sheet, and its
 * charts with it.
 */
import type { PlannedChart } from "../core/types";
import type { SyncBatcher } from "./batch";
import { payloadBytes } from "./batch";
import { rangeA1 } from "./a1";
import type { Capabilities } from "./office";

export async function addCharts(ws: Excel.Worksheet, charts: readonly PlannedChart[], batch: SyncBatcher, caps: Capabilities): Promise<void> {
  for (const c of charts) {
    await batch.add(payloadBytes(c) + 600);
    // One column with its header cell: Excel names the series after the header.
    const [top, bottom] = c.values.split(":");
    const chart = ws.charts.add("BarClustered", ws.getRange(`${c.seriesName}:${bottom ?? top}`), "Columns");
    chart.name = c.kind === "done-rate" ? "breakdown-done-rate" : "breakdown-overdue";
    chart.title.text = c.title;
    chart.legend.visible = false;
    chart.dataLabels.showValue = true;
    const series = chart.series.getItemAt(0);
    series.setXAxisValues(ws.getRange(c.categories));
    series.format.fill.setSolidColor(c.color);
    // The first unit (the one needing attention most) on top, as in the table.
    chart.axes.categoryAxis.reversePlotOrder = true;
    // The value axis then stands at the top; crossing at the last unit puts it below the bars (1.8).
    if (caps.chartAxisPosition) chart.axes.categoryAxis.position = "Maximum";
    chart.axes.valueAxis.minimum = 0;
    if (c.max !== undefined) chart.axes.valueAxis.maximum = c.max;
    chart.axes.valueAxis.majorUnit = c.majorUnit;
    chart.setPosition(rangeA1(c.from.row, c.from.col, c.from.row, c.from.col), rangeA1(c.to.row, c.to.col, c.to.row, c.to.col));
  }
}
