/**
 * Charts in the Office.js double: worksheet.charts.add(type, range, seriesBy) records a chart on the sheet's model
 * (FakeSheet.charts), with what the adapter sets on it (title, legend, data labels, series colour and category
 * range, axis order, crossing and bounds, the cells it covers). Commands queue like every other write and need
 * the ExcelApi version Office.js documents (charts 1.1; setXAxisValues and reversePlotOrder 1.7; axis position
 * 1.8). A chart lives on its sheet: deleting the sheet deletes its charts; renaming it keeps them.
 */
import type { FakeRequestContext } from "./context";
import type { FakeSheet, Rect } from "./model";
import { parseAddress } from "./model";

export interface FakeChartModel {
  name: string;
  type: string;
  seriesBy: string;
  /** The range given to charts.add (A1, on the chart's sheet). */
  source: Rect;
  title: string | null;
  legendVisible: boolean;
  showValue: boolean;
  series: { xValues: Rect | null; color: string | null }[];
  reversePlotOrder: boolean;
  /** categoryAxis.position: where the value axis crosses (null: automatic). */
  categoryCross: string | null;
  valueMin: number | null;
  valueMax: number | null;
  valueMajorUnit: number | null;
  /** setPosition(start, end) as given. */
  position: { start: string; end: string | null } | null;
}

/** What the double needs of a range proxy: its rectangle at sync. */
export interface RangeLike {
  rectOf(): { sheet: FakeSheet; rect: Rect };
}

export function sheetCharts(sheet: FakeSheet): FakeChartModel[] {
  return (sheet.charts ??= []);
}

type Get = () => FakeChartModel;

export class FakeChartCollection {
  constructor(
    private readonly context: FakeRequestContext,
    private readonly sheet: () => FakeSheet,
  ) {}

  add(type: string, sourceData: RangeLike, seriesBy?: string): FakeChart {
    let made: FakeChartModel | undefined;
    this.context.enqueue("charts.add", { type, seriesBy }, () => {
      const sheet = this.sheet();
      const { rect } = sourceData.rectOf();
      const list = sheetCharts(sheet);
      made = {
        name: `Chart ${list.length + 1}`,
        type,
        seriesBy: seriesBy ?? "Auto",
        source: rect,
        title: null,
        legendVisible: true,
        showValue: false,
        series: [{ xValues: null, color: null }],
        reversePlotOrder: false,
        categoryCross: null,
        valueMin: null,
        valueMax: null,
        valueMajorUnit: null,
        position: null,
      };
      list.push(made);
    }, "1.1");
    return new FakeChart(this.context, () => {
      if (!made) throw new Error("chart used before charts.add ran");
      return made;
    });
  }
}

export class FakeChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly series: { getItemAt(i: number): FakeChartSeries };
  readonly axes: { categoryAxis: { reversePlotOrder: boolean; position: string }; valueAxis: { minimum: number; maximum: number; majorUnit: number } };

  constructor(
    private readonly context: FakeRequestContext,
    private readonly chart: Get,
  ) {
    const set = <K extends keyof FakeChartModel>(op: string, key: K, version = "1.1") =>
      (value: FakeChartModel[K]) => context.enqueue(op, { value }, () => void (chart()[key] = value), version);
    const setter = <V>(f: (v: V) => void) => ({ set: f });
    this.title = Object.defineProperty({} as { text: string }, "text", setter(set("title.text", "title")));
    this.legend = Object.defineProperty({} as { visible: boolean }, "visible", setter(set("legend.visible", "legendVisible")));
    this.dataLabels = Object.defineProperty({} as { showValue: boolean }, "showValue", setter(set("dataLabels.showValue", "showValue")));
    const categoryAxis = {} as { reversePlotOrder: boolean; position: string };
    Object.defineProperty(categoryAxis, "reversePlotOrder", setter(set("categoryAxis.reversePlotOrder", "reversePlotOrder", "1.7")));
    Object.defineProperty(categoryAxis, "position", setter(set("categoryAxis.position", "categoryCross", "1.8")));
    const valueAxis = {} as { minimum: number; maximum: number; majorUnit: number };
    Object.defineProperty(valueAxis, "majorUnit", setter(set("valueAxis.majorUnit", "valueMajorUnit")));
    Object.defineProperty(valueAxis, "minimum", setter(set("valueAxis.minimum", "valueMin")));
    Object.defineProperty(valueAxis, "maximum", setter(set("valueAxis.maximum", "valueMax")));
    this.axes = { categoryAxis, valueAxis };
    this.series = { getItemAt: (i: number) => new FakeChartSeries(context, () => chart().series[i]) };
  }

  set name(value: string) {
    this.context.enqueue("chart.name", { value }, () => void (this.chart().name = value), "1.1");
  }

  setPosition(startCell: string, endCell?: string): void {
    this.context.enqueue("chart.setPosition", { startCell, endCell }, () => {
      if (!parseAddress(startCell) || (endCell && !parseAddress(endCell))) throw new Error(`bad cell ${startCell}:${endCell}`);
      this.chart().position = { start: startCell, end: endCell ?? null };
    }, "1.1");
  }
}

export class FakeChartSeries {
  readonly format: { fill: { setSolidColor(color: string): void } };
  constructor(
    private readonly context: FakeRequestContext,
    private readonly series: () => FakeChartModel["series"][number] | undefined,
  ) {
    const get = () => {
      const s = this.series();
      if (!s) throw new Error("no such series");
      return s;
    };
    this.format = { fill: { setSolidColor: (color: string) => context.enqueue("series.fill", { color }, () => void (get().color = color), "1.1") } };
    this.get = get;
  }
  private readonly get: () => FakeChartModel["series"][number];

  setXAxisValues(sourceData: RangeLike): void {
    this.context.enqueue("series.setXAxisValues", null, () => void (this.get().xValues = sourceData.rectOf().rect), "1.7");
  }
}
