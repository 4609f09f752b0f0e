/** The 统计状态 column beside 规范时限 never takes the table's own 状态 column (issue 13). */
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { strings } from "../../src/strings";

test("a table with its own 状态 column: that column is read as the status and left alone; ours goes right of the table", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("分解表");
  ws.addRow(["序号", "工作任务", "工作要求", "责任单位", "时限", "状态"]);
  ws.addRow([1, "推进决策公开", "制定目录。", "市发改委", "9月底前", "已完成"]);
  ws.addRow([2, "加强政策解读", "同步解读。", "市财政局", "9月底前", "推进中"]);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer);
  const parts = { columns: true, highlights: true, sheets: false };
  const once = await processWorkbook(bytes, { asOf: "2022-10-20", year: 2022, parts, builtAt: "x" });
  const twice = await processWorkbook(once.output!, { asOf: "2022-10-20", year: 2022, parts, builtAt: "x" });
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(twice.output! as unknown as ArrayBuffer);
  const t = out.getWorksheet("分解表")!;
  const o = strings("zh-CN").outputs;
  expect([t.getCell("F1").value, t.getCell("F2").value, t.getCell("F3").value]).toEqual(["状态", "已完成", "推进中"]);
  expect([t.getCell("G1").value, t.getCell("H1").value, t.getCell("I1").value]).toEqual([o.deadlineHeader, o.stateHeader, o.kindHeader]);
  expect([t.getCell("H2").value, t.getCell("H3").value]).toEqual(["已完成", "已逾期"]);
  expect(t.getCell("J1").value).toBeNull();
});
