/** The 单位别名 sheet (issue 13): created with a header and an example line when asked; a user's own is never replaced. */
import ExcelJS from "exceljs";
import { processWorkbook } from "../../src/workbook/process";
import { readAliases } from "../../src/workbook/read";
import { planAliasSheet } from "../../src/core/plan/aliases";
import { buildSeed004Workbook } from "../fixtures/build-workbooks";

const PARTS = { columns: false, highlights: false, sheets: false, aliases: true };

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

test("asked for, the sheet 单位别名 appears with 别名 / 标准名称, an example the checker reads as an alias, and a note", async () => {
  const input = new Uint8Array((await (await buildSeed004Workbook()).xlsx.writeBuffer()) as unknown as ArrayBuffer);
  const out = await processWorkbook(input, { asOf: "2022-10-20", parts: PARTS, builtAt: "x" });
  const wb = await load(out.output!);
  const ws = wb.getWorksheet("单位别名")!;
  expect([ws.getCell("A1").value, ws.getCell("B1").value]).toEqual(["别名", "标准名称"]);
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect([ws.getCell("A2").value, ws.getCell("B2").value]).toEqual(["市发改委", "市发展和改革委员会"]);
  expect(String(ws.getCell("C2").value)).toContain("标准名称");
  // The header is skipped, the example is an alias; the table and its sheet are untouched.
  expect([...readAliases(wb)]).toEqual([["市发改委", "市发展和改革委员会"]]);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["分解表", "单位别名"]);
  // A second run never replaces the sheet the user has filled in.
  ws.getCell("A3").value = "市卫健委";
  ws.getCell("B3").value = "市卫生健康委员会";
  const again = await processWorkbook(new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as ArrayBuffer), { asOf: "2022-10-20", parts: PARTS, builtAt: "x" });
  expect(again.output).toBeNull(); // nothing to do: the plan is empty
  expect(again.plan!.sheets).toEqual([]);
});

test("a sheet named 单位别名 in any case or with spaces counts as the user's; the English sheet has English headers", () => {
  expect(planAliasSheet([{ name: " 单位别名 " }], "zh-CN")).toBeNull();
  const en = planAliasSheet([{ name: "分解表" }], "en-US")!;
  expect(en.name).toBe("单位别名");
  expect(en.rows[0].map((c) => c.value)).toEqual(["Alias", "Standard name", "Note"]);
});
