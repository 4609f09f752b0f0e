/** 阶段逾期 (issue 17, DOMAIN.md §10): seed 004 with staged phrases, as of a date between stages. */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { checkJson, checkReport } from "../../src/cli/commands/check";
import { countsOf } from "../../src/taskpane/logic";
import { strings } from "../../src/strings";

const STAGED = "3月底前完成方案制定，6月底前开工，年底前建成投用";

/** seed004.xlsx with the 时限 cell of its first two dated rows replaced by a staged phrase (one of them done). */
async function stagedSeed(): Promise<{ bytes: Buffer; rows: number[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(path.join(__dirname, "../fixtures/workbooks/seed004.xlsx")) as unknown as ExcelJS.Buffer);
  const ws = wb.worksheets[0]!;
  let deadlineCol = 0;
  let headerRow = 0;
  ws.eachRow((row, r) => row.eachCell((c, col) => {
    if (!deadlineCol && String(c.value).trim() === "时限") [deadlineCol, headerRow] = [col, r];
  }));
  const rows: number[] = [];
  for (let r = headerRow + 1; r <= ws.rowCount && rows.length < 2; r++) {
    const v = String(ws.getCell(r, deadlineCol).value ?? "");
    if (/月底前/.test(v)) {
      ws.getCell(r, deadlineCol).value = STAGED;
      rows.push(r);
    }
  }
  return { bytes: Buffer.from(await wb.xlsx.writeBuffer()), rows };
}

test("seed 004 with staged phrases, as of 2022-07-15 (after 开工's date, before 建成投用's): 阶段逾期 rows", async () => {
  const { bytes, rows } = await stagedSeed();
  expect(rows).toHaveLength(2);
  const out = await processWorkbook(bytes, { asOf: "2022-07-15", fixedAsOf: true, parts: { columns: true, highlights: true, sheets: true }, builtAt: "x" });
  const w = strings("zh-CN").words;
  const staged = out.result.rows.filter((r) => rows.includes(r.row));
  expect(staged.map((r) => r.state)).toEqual(["stage-overdue", "stage-overdue"]);
  expect(staged.every((r) => r.grade === "yellow")).toBe(true);
  // The CLI's JSON says "stage-overdue"; the 统计状态 column says 阶段逾期.
  const json = checkJson(out.result) as { rows: { row: number; state: string }[] };
  expect(json.rows.filter((r) => rows.includes(r.row)).map((r) => r.state)).toEqual(["stage-overdue", "stage-overdue"]);
  const stateCol = out.plan!.columns.find((c) => c.header === strings("zh-CN").outputs.stateHeader)!;
  expect(stateCol.cells.filter((c) => rows.includes(c.row)).map((c) => c.cell.value)).toEqual([w.state["stage-overdue"], w.state["stage-overdue"]]);
  // The overview counts them; each unit sheet names the missed stage and the next one.
  const ov = out.plan!.sheets.find((s) => s.kind === "overview")!;
  const headers = ov.rows.find((r) => r[0]?.value === "责任单位")!.map((c) => c.value);
  const totals = ov.rows.find((r) => r[0]?.value === strings("zh-CN").outputs.totals)!;
  expect(totals[headers.indexOf(w.state["stage-overdue"])]?.value).toBe(2);
  // The pane's counts and the CLI's readable report give the same 2.
  expect(countsOf(out.result).stageOverdue).toBe(2);
  expect(checkReport(out.result, "zh-CN").split("\n")[1]).toContain(`${w.state["stage-overdue"]} 2，`);
  const unitRows = out.plan!.sheets.filter((s) => s.kind === "unit").flatMap((s) => s.rows.slice(4)).filter((r) => rows.includes(Number(r[0]?.value)));
  expect(unitRows.length).toBeGreaterThan(0);
  for (const r of unitRows) {
    expect(r[7]?.value).toBe(w.state["stage-overdue"]);
    expect(r[8]?.value).toBe("未按期：2022-06-30 开工；2022-12-31 建成投用");
  }
  // Before the first stage's date the same rows are open, their next stage 完成方案制定.
  const early = await processWorkbook(bytes, { asOf: "2022-03-01", parts: { columns: false, highlights: false, sheets: true }, builtAt: "x" });
  expect(early.result.rows.filter((r) => rows.includes(r.row)).map((r) => r.state)).toEqual(["open", "open"]);
  const earlyUnit = early.plan!.sheets.filter((s) => s.kind === "unit").flatMap((s) => s.rows.slice(4)).find((r) => Number(r[0]?.value) === rows[0]);
  expect(earlyUnit?.[8]?.value).toBe("2022-03-31 完成方案制定");
});
