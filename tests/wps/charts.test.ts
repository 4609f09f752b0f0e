/**
 * The overview's bar charts in WPS 表格 (issue 17), through the ET double: two embedded charts over the overview's
 * own cells (unit names, 完成率, 逾期), placed over the cells the plan gives; still two after a second run.
 */
import { createWpsHost } from "../../src/wps/host";
import type { EtApplication } from "../../src/wps/et";
import type { HostSettings } from "../../src/app/host";
import { OVERVIEW_SHEET_NAME } from "../../src/core/plan";
import { donePercent } from "../../src/core/plan/charts";
import { baseTable, TABLE } from "../scenarios/scenarios";
import { cellKey, type FakeWps, type Rect } from "../support/fake-wps";
import { position } from "../support/fake-wps/charts";
import { fakeFromFixture } from "./support";

const SETTINGS: HostSettings = { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: null };

function setup() {
  const fake = fakeFromFixture({ table: TABLE, sheets: [baseTable({})], workbookName: "2022年任务分解表.xlsx" });
  const host = createWpsHost({ app: fake.app as unknown as EtApplication, now: () => new Date(2022, 9, 20, 9, 30), builtAt: () => "2022-10-20T09:30:00", lang: "zh-CN" });
  return { fake, host };
}

const charts = (fake: FakeWps) => fake.model.sheets.flatMap((s) => (s.charts ?? []).map((c) => ({ sheet: s.name, c })));
const column = (fake: FakeWps, r: Rect) => Array.from({ length: r.rows }, (_, i) => fake.model.findSheet(OVERVIEW_SHEET_NAME)!.cells.get(cellKey(r.row + i, r.col))?.value ?? null);

test("全部运行 adds two bar charts to the overview over its own unit, 完成率 and 逾期 cells", async () => {
  const { fake, host } = setup();
  const outcome = await host.run("runAll", SETTINGS);
  const all = charts(fake);
  expect(all.map((x) => x.sheet)).toEqual([OVERVIEW_SHEET_NAME, OVERVIEW_SHEET_NAME]);
  const plan = outcome.plan!.sheets.find((s) => s.kind === "overview")!.charts!;
  const sheet = fake.model.findSheet(OVERVIEW_SHEET_NAME)!;
  const byUnit = new Map(outcome.result.summary.map((u) => [u.unit, u]));
  all.forEach(({ c }, i) => {
    const p = plan[i]!;
    expect(c.chartType).toBe(57); // xlBarClustered
    expect(c.title).toBe(p.title);
    expect(c.hasLegend).toBe(false);
    expect(c.dataLabels).toBe(true);
    expect(c.axes[1]?.reversePlotOrder).toBe(true);
    // Over the cells the plan names: from its top-left cell to the end of its bottom-right one.
    const from = position(sheet, { row: p.from.row - 1, col: p.from.col - 1, rows: 1, cols: 1 });
    const to = position(sheet, { row: p.to.row - 1, col: p.to.col - 1, rows: 1, cols: 1 });
    expect([c.left, c.top, c.left + c.width, c.top + c.height]).toEqual([from.Left, from.Top, to.Left + to.Width, to.Top + to.Height]);
    // Header + values in one column; the categories the same rows of the unit column.
    const units = column(fake, c.xValues!);
    expect(units.length).toBe(c.source!.rows - 1);
    const values = column(fake, { ...c.source!, row: c.source!.row + 1, rows: c.source!.rows - 1 });
    expect(values).toEqual(units.map((u) => {
      const s = byUnit.get(String(u))!;
      return p.kind === "done-rate" ? donePercent(s.done, s.total) : s.overdue;
    }));
  });
  expect(all[0]!.c.axes[2]?.max).toBe(100);
});

test("a second run replaces the overview and its charts: still exactly two", async () => {
  const { fake, host } = setup();
  await host.run("runAll", SETTINGS);
  await host.run("runAll", { ...SETTINGS, asOf: "2022-12-31" });
  expect(charts(fake).length).toBe(2);
});
