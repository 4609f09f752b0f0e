/**
 * Stale summaries and summaries kept apart (issue 13): the overview records what it was built from (source sheet,
 * as-of date, fixed or live, the table's fingerprint), overviewStaleness tells whether it is stale; a second
 * table's summary does not replace the first's; generated sheets are not offered as task sheets.
 */
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { plainValue, sheetCells } from "../../src/workbook/read";
import { overviewStaleness, readOverviewRecord, taskSheetNames } from "../../src/core/plan";
import { tableFingerprint } from "../../src/core/fingerprint";
import type { CellValue } from "../../src/core/types";
import { addSeed004Table, buildSeed004Workbook } from "../fixtures/build-workbooks";

const SUMMARY = { columns: true, highlights: true, sheets: true };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 1; r <= 12; r++) out.push([1, 2, 3].map((c) => plainValue(ws.getRow(r).getCell(c).value)));
  return out;
}

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
}

test("the overview records its source, as-of date, live/fixed and fingerprint; staleness follows the table and the date", async () => {
  const input = await bytes(await buildSeed004Workbook());
  const out = await processWorkbook(input, { asOf: "2022-10-20", parts: SUMMARY, builtAt: "2022-10-20T09:00" });
  const wb = await load(out.output!);
  const record = readOverviewRecord(values(wb.getWorksheet("汇总")!))!;
  expect(record).toEqual({ source: "分解表", asOf: "2022-10-20", fixed: false, fingerprint: out.result.fingerprint });
  // The added columns of the run do not change the fingerprint: the written table is "the same table".
  const now = tableFingerprint(sheetCells(wb.getWorksheet("分解表")!));
  expect(now).toBe(record.fingerprint);
  expect(overviewStaleness(record, { fingerprint: now, asOf: "2022-10-20" })).toEqual({ stale: false, tableChanged: false, dateChanged: false });
  // Another day: stale by date. A changed cell: stale by table.
  expect(overviewStaleness(record, { fingerprint: now, asOf: "2022-10-21" })).toMatchObject({ stale: true, dateChanged: true, tableChanged: false });
  wb.getWorksheet("分解表")!.getCell("E5").value = "11月底前";
  const changed = tableFingerprint(sheetCells(wb.getWorksheet("分解表")!));
  expect(changed).not.toBe(now);
  expect(overviewStaleness(record, { fingerprint: changed, asOf: "2022-10-20" })).toMatchObject({ stale: true, tableChanged: true });
  // A fixed as-of date is recorded as fixed, and its overview has no "not today" notice formula.
  const fixed = await processWorkbook(input, { asOf: "2022-10-20", fixedAsOf: true, parts: SUMMARY, builtAt: "x" });
  const fwb = await load(fixed.output!);
  expect(readOverviewRecord(values(fwb.getWorksheet("汇总")!))!.fixed).toBe(true);
  expect(fwb.getWorksheet("汇总")!.getCell("A9").formula).toBeUndefined();
  expect(wb.getWorksheet("汇总")!.getCell("A9").formula).toMatch(/^IF\(B5<>TODAY\(\),/);
});

test("two tables in one workbook: summarising the second keeps the first's summary; re-running the first replaces only its own", async () => {
  const wb = await buildSeed004Workbook();
  addSeed004Table(wb.addWorksheet("分解表二"));
  const first = await processWorkbook(await bytes(wb), { sheet: "分解表", asOf: "2022-10-20", parts: SUMMARY, builtAt: "x" });
  const firstSheets = (await load(first.output!)).worksheets.map((w) => w.name);
  const second = await processWorkbook(first.output!, { sheet: "分解表二", asOf: "2022-10-20", parts: SUMMARY, builtAt: "x" });
  const wb2 = await load(second.output!);
  const names = wb2.worksheets.map((w) => w.name);
  for (const n of firstSheets) expect(names).toContain(n);
  const overviews = wb2.worksheets.map((w) => readOverviewRecord(values(w))).filter((r) => r && r.fingerprint);
  expect(overviews.map((r) => r!.source).sort()).toEqual(["分解表", "分解表二"]);
  // Re-running the first table: the same number of sheets (its own replaced, the second's kept).
  const again = await processWorkbook(second.output!, { sheet: "分解表", asOf: "2022-10-20", parts: SUMMARY, builtAt: "x" });
  expect((await load(again.output!)).worksheets.map((w) => w.name).sort()).toEqual([...names].sort());
  // The task-sheet list offers the two tables only, never the generated sheets.
  expect(again.sheets).toEqual(["分解表", "分解表二"]);
  expect(taskSheetNames([{ name: "汇总", generated: true }, { name: "分解表", generated: false }])).toEqual(["分解表"]);
});
