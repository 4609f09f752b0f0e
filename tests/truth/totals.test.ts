/**
 * The 汇总 sheet's 合计 row counts distinct tasks and equals what the pane shows (issue 13): read back from the
 * written workbook (seed 004 through processWorkbook) and from the plan of a 10,000-row table.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { sheetCells } from "../../src/workbook/read";
import { checkSheet } from "../../src/core/check";
import { buildPlan } from "../../src/core/plan";
import { taskTotals } from "../../src/core/summary";
import { countsOf } from "../../src/taskpane/logic";
import { strings } from "../../src/strings";
import type { CellValue, PlannedCell } from "../../src/core/types";
import { buildSeed004Workbook, seed004Table } from "../fixtures/build-workbooks";
import { plainValue } from "../../src/workbook/read";

const t = strings("zh-CN").outputs;
const AS_OF = "2022-10-20";

/** The overview's header, 合计 row and 单位任务数 row as { header → value }. */
function overviewLines(rows: CellValue[][]): { totals: Record<string, CellValue>; assigned: Record<string, CellValue>; units: CellValue[][] } {
  const h = rows.findIndex((r) => r[0] === t.overviewHeaders[0] && r[2] === t.overviewHeaders[2]);
  expect(h).toBeGreaterThan(0);
  const header = rows[h].map(String);
  const asRecord = (r: CellValue[]) => Object.fromEntries(header.map((k, j) => [k, r[j] ?? null]));
  const ti = rows.findIndex((r) => r[0] === t.totals);
  const ai = rows.findIndex((r) => r[0] === t.assignments);
  expect(ti).toBeGreaterThan(h);
  expect(ai).toBe(ti + 1);
  return { totals: asRecord(rows[ti]), assigned: asRecord(rows[ai]), units: rows.slice(h + 1, ti) };
}

function worksheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const vals: CellValue[] = [];
    for (let c = 1; c <= 12; c++) vals.push(plainValue(row.getCell(c).value));
    out[r - 1] = vals;
  });
  return Array.from(out, (r) => r ?? []);
}

const H = t.overviewHeaders;

test("seed 004 as of 2022-10-20: the written 合计 row says 25 tasks, 1 overdue, 4 due soon, like the pane", async () => {
  const bytes = fs.readFileSync(path.join(__dirname, "../fixtures/workbooks/seed004.xlsx"));
  const out = await processWorkbook(bytes, { asOf: AS_OF, parts: { columns: true, highlights: true, sheets: true }, builtAt: "2022-10-20T09:00:00" });
  const pane = countsOf(out.result);
  expect(pane).toMatchObject({ rows: 25, overdue: 1, dueSoon: 4 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.output! as unknown as ArrayBuffer);
  const { totals, assigned, units } = overviewLines(worksheetValues(wb.getWorksheet("汇总")!));
  expect(totals[H[5]]).toBe(pane.rows);
  expect(totals[H[7]]).toBe(pane.overdue);
  expect(totals[H[8]]).toBe(pane.dueSoon);
  // The per-unit sums are bigger (shared tasks) and stand only in the row labelled 单位任务数.
  const sum = (k: string) => units.reduce((n, r) => n + Number(r[H.indexOf(k)] ?? 0), 0);
  expect(assigned[H[5]]).toBe(sum(H[5]));
  expect(assigned[H[7]]).toBe(sum(H[7]));
  expect(Number(assigned[H[5]])).toBeGreaterThan(pane.rows);
  // Every state column of 合计 is a count of distinct rows in that state.
  const states = out.result.rows.map((r) => r.state);
  expect(totals[H[6]]).toBe(states.filter((s) => s === "done").length);
  expect(totals[H[9]]).toBe(states.filter((s) => s === "ongoing").length);
  expect(totals[H[10]]).toBe(states.filter((s) => s === "unknown").length);
});

test("a 10,000-row table: the overview's 合计 row equals the pane's counts (distinct tasks)", async () => {
  const perCopy = seed004Table().rows.filter((r) => r.no !== null).length;
  const repeat = Math.ceil(10_000 / perCopy);
  const wb = await buildSeed004Workbook({ repeat, status: { "3": "已完成", "9": "完成" }, realDates: true });
  const result = checkSheet(sheetCells(wb.getWorksheet("分解表")!), { asOf: AS_OF });
  expect(result.rows.length).toBeGreaterThanOrEqual(10_000);
  const plan = buildPlan(result, { sheets: [], headerRow: [] }, { parts: { columns: false, highlights: false, sheets: true }, builtAt: "2022-10-20T09:00" });
  const overview = plan.sheets.find((s) => s.kind === "overview")!;
  const { totals } = overviewLines(overview.rows.map((r: PlannedCell[]) => r.map((c) => c.value)));
  const pane = countsOf(result);
  expect(totals[H[5]]).toBe(pane.rows);
  expect(totals[H[7]]).toBe(pane.overdue);
  expect(totals[H[8]]).toBe(pane.dueSoon);
  expect(pane.overdue).toBeGreaterThan(0);
  expect(taskTotals(result.rows).total).toBe(result.rows.length);
});
