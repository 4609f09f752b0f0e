/** The per-unit charts (issue 17): one bar per unit, its length and label the overview's 完成率 / 逾期数. */
import * as fs from "node:fs";
import * as path from "node:path";
import { processWorkbook } from "../../src/workbook/process";
import { unitChartsSvg, chartData, CHART_UNITS } from "../../src/core/report/chart";

test("seed 004 as of 2022-10-20: the chart's bars are the units' completion rates and overdue counts", async () => {
  const out = await processWorkbook(fs.readFileSync(path.join(__dirname, "../fixtures/workbooks/seed004.xlsx")), { asOf: "2022-10-20" });
  const svg = unitChartsSvg(out.result.summary);
  const data = chartData(out.result.summary);
  expect(data.length).toBe(Math.min(CHART_UNITS, out.result.summary.length));
  for (const d of data) {
    const u = out.result.summary.find((s) => s.unit === d.unit)!;
    expect(d.overdue).toBe(u.overdue);
    expect(d.rate).toBeCloseTo(u.total ? u.done / u.total : 0, 6);
    expect(svg).toContain(`>${d.unit}<`);
  }
  // One bar per unit in each of the two charts.
  expect((svg.match(/<rect x="220"/g) ?? []).length).toBe(data.length * 2);
  expect(svg).toContain("各单位完成率");
  expect(svg).toContain("各单位逾期任务数");
});
