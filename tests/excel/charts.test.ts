/**
 * The overview's bar charts through Office.js (issue 17), on seed 004 in the Office.js double: two charts whose
 * categories and values are the overview's own cells (unit names, 完成率, 逾期), equal to the run's per-unit
 * figures; still two after a second run; none (and a note) where Excel lacks ExcelApi 1.7; no extra sync.
 */
import { buildSeed004Workbook } from "../fixtures/build-workbooks";
import { createExcelHost } from "../../src/excel/host";
import type { HostSettings } from "../../src/app/host";
import { CHART_UNITS } from "../../src/core/report/chart";
import { donePercent } from "../../src/core/plan/charts";
import { OVERVIEW_SHEET_NAME } from "../../src/core/plan";
import { rectAddress, type FakeOptions, type FakeWorkbookModel, type Rect } from "../support/fake-excel";
import { fakeWorkbook, initFromExcelJs } from "./support";

const SETTINGS: HostSettings = { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: null };

async function setup(opts: FakeOptions = {}) {
  const wb = await buildSeed004Workbook({});
  const fake = fakeWorkbook(initFromExcelJs(wb, "分解表"), opts);
  const host = createExcelHost({ excel: fake.excel, office: fake.office, now: () => new Date(2022, 9, 20, 9, 30), builtAt: () => "2022-10-20T09:30:00" });
  return { fake, host };
}

/** The cells of a one-column rectangle, 1-based model lookup. */
function column(model: FakeWorkbookModel, sheet: string, r: Rect): unknown[] {
  return Array.from({ length: r.rows }, (_, i) => model.cell(sheet, r.row + i + 1, r.col + 1)?.value);
}

const allCharts = (model: FakeWorkbookModel) => model.sheets.flatMap((s) => (s.charts ?? []).map((c) => ({ sheet: s.name, c })));

test("全部运行 puts two bar charts on the overview over its own unit, 完成率 and 逾期 cells", async () => {
  const { fake, host } = await setup();
  const outcome = await host.run("runAll", SETTINGS);
  const charts = allCharts(fake.model);
  expect(charts.map((x) => x.sheet)).toEqual([OVERVIEW_SHEET_NAME, OVERVIEW_SHEET_NAME]);
  const summary = outcome.result.summary;
  const shown = Math.min(CHART_UNITS, summary.length);
  const [rate, overdue] = charts.map((x) => x.c);
  for (const c of [rate, overdue]) {
    expect(c.type).toBe("BarClustered");
    expect(c.legendVisible).toBe(false);
    expect(c.showValue).toBe(true);
    expect(c.reversePlotOrder).toBe(true);
    expect(c.categoryCross).toBe("Maximum");
    expect(c.source.rows).toBe(shown + 1); // the header cell names the series
    expect(c.series[0].xValues?.rows).toBe(shown);
    expect(c.position?.start).toMatch(/^[A-Z]+\d+$/);
  }
  // Seed 004 has more units than a chart shows: the titles say which.
  expect(summary.length).toBeGreaterThan(CHART_UNITS);
  expect(rate.title).toBe(`各单位完成率（逾期较多的前${CHART_UNITS}个单位）`);
  expect(overdue.title).toBe(`各单位逾期任务数（逾期较多的前${CHART_UNITS}个单位）`);
  expect(rate.valueMax).toBe(100);
  expect(overdue.valueMax).toBeNull();
  expect(Number.isInteger(overdue.valueMajorUnit)).toBe(true);
  // What the bars show, read from the overview's cells the charts point at.
  const units = column(fake.model, OVERVIEW_SHEET_NAME, rate.series[0].xValues!);
  expect(column(fake.model, OVERVIEW_SHEET_NAME, overdue.series[0].xValues!)).toEqual(units);
  const header = (c: typeof rate) => fake.model.cell(OVERVIEW_SHEET_NAME, c.source.row + 1, c.source.col + 1)?.value;
  expect(header(rate)).toBe("完成率（%）");
  expect(header(overdue)).toBe("已逾期");
  const values = (c: typeof rate) => column(fake.model, OVERVIEW_SHEET_NAME, { ...c.source, row: c.source.row + 1, rows: shown });
  const byUnit = new Map(summary.map((u) => [u.unit, u]));
  expect(units.every((u) => byUnit.has(String(u)))).toBe(true);
  expect(values(rate)).toEqual(units.map((u) => donePercent(byUnit.get(String(u))!.done, byUnit.get(String(u))!.total)));
  expect(values(overdue)).toEqual(units.map((u) => byUnit.get(String(u))!.overdue));
  expect(values(overdue).some((v) => Number(v) > 0)).toBe(true);
  // Right of the table, below its frozen header rows, one above the other.
  expect(rectAddress(rate.source)).toMatch(/^O\d+:O\d+$/);
});

test("a second run replaces the overview and its charts: still exactly two", async () => {
  const { fake, host } = await setup();
  await host.run("runAll", SETTINGS);
  await host.run("runAll", { ...SETTINGS, asOf: "2022-12-31" });
  const charts = allCharts(fake.model);
  expect(charts.length).toBe(2);
  expect(new Set(charts.map((x) => x.sheet))).toEqual(new Set([OVERVIEW_SHEET_NAME]));
});

test("charts add no sync; below ExcelApi 1.7 there are none and the user is told why", async () => {
  // 1.12 and 1.6 read alike (1.13 adds the merged-areas read); the write is one sync with or without charts.
  const a = await setup({ apiVersion: "1.12" });
  await a.host.run("runAll", SETTINGS);
  expect(allCharts(a.fake.model).length).toBe(2);
  // 1.7 has the charts, without the 1.8 axis position (never ApiNotFound).
  const c = await setup({ apiVersion: "1.7" });
  await c.host.run("runAll", SETTINGS);
  expect(allCharts(c.fake.model).map((x) => x.c.categoryCross)).toEqual([null, null]);
  const b = await setup({ apiVersion: "1.6" });
  const outcome = await b.host.run("runAll", SETTINGS);
  expect(allCharts(b.fake.model)).toEqual([]);
  expect(outcome.notes?.join("")).toContain("ExcelApi 1.7");
  expect(a.fake.stats.syncs).toBe(b.fake.stats.syncs);
});
