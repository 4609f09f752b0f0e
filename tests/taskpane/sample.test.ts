/**
 * The committed sample workbook (the standalone page's 示例表) is seed 004's table, and is what
 * scripts/make-sample.ts builds today (regenerate with `npx tsx scripts/make-sample.ts` when it is not).
 */
import * as fs from "node:fs";
import ExcelJS from "exceljs";
import { buildSampleWorkbook, SAMPLE_DONE, SAMPLE_FILE } from "../../scripts/make-sample";
import { seed004Table } from "../fixtures/build-workbooks";

function dump(wb: ExcelJS.Workbook): Record<string, (string | null)[][]> {
  const out: Record<string, (string | null)[][]> = {};
  wb.eachSheet((ws) => {
    const rows: (string | null)[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row: (string | null)[] = [];
      for (let c = 1; c <= ws.columnCount; c++) {
        const v = ws.getCell(r, c).value;
        row.push(v === null || v === undefined ? null : JSON.stringify(v));
      }
      rows.push(row);
    }
    out[ws.name] = rows;
  });
  return out;
}

test("the committed sample is what make-sample builds from seed 004", async () => {
  const committed = new ExcelJS.Workbook();
  await committed.xlsx.load(fs.readFileSync(SAMPLE_FILE) as unknown as ArrayBuffer);
  const fresh = await buildSampleWorkbook();
  expect(dump(committed)).toEqual(dump(fresh));

  const ws = committed.getWorksheet("任务分解表")!;
  const seed = seed004Table();
  expect(String(ws.getCell(1, 1).value)).toBe(seed.title);
  expect(seed.title).toContain("2022年");
  const texts: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
  // Every task requirement of the seed is in the sample, and the done marks are there.
  for (const r of seed.rows) if (r.no !== null) expect(texts).toContain(r.requirement);
  expect(texts.filter((t) => t === "已完成")).toHaveLength(Object.keys(SAMPLE_DONE).length);
});
