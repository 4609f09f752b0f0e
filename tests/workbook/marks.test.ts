/**
 * Finding what an earlier run wrote in a workbook read with exceljs (src/workbook/marks.ts): the plan's own
 * rules, generated sheets, the header row. (How cells are written: tests/workbook/writer.test.ts.)
 */
import ExcelJS from "exceljs";
import { conditionalFormats, existingWorkbook, removeOwnRules } from "../../src/workbook/marks";
import { isGeneratedWorksheet } from "../../src/workbook/read";
import { GENERATED_SHEET_MARK, RULE_MARKER } from "../../src/core/plan";
import type { CheckResult } from "../../src/core/types";
import { loadBytes } from "../scenarios/xlsx";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadBytes(new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array));
}

const solid = (argb: string) => ({ fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb } } });

describe("own rules on an .xlsx sheet", () => {
  test("only rules carrying the marker go, even inside a block shared with the user's; other rule types stay", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addConditionalFormatting({
      ref: "A1:F9",
      rules: [
        { type: "expression", priority: 1, formulae: [`AND($G1<TODAY(),${RULE_MARKER})`], style: solid("FFFFC7CE") },
        { type: "expression", priority: 2, formulae: ['$F1="推进中"'], style: solid("FFC6EFCE") },
      ],
    });
    ws.addConditionalFormatting({ ref: "G1:G9", rules: [{ type: "expression", priority: 3, formulae: [`AND(ISNUMBER($G1),${RULE_MARKER})`], style: solid("FFFFEB9C") }] });
    ws.addConditionalFormatting({ ref: "B1:B9", rules: [{ type: "cellIs", operator: "greaterThan", priority: 4, formulae: ["5"], style: solid("FF00FF00") }] });
    const back = (await roundTrip(wb)).getWorksheet("表")!;
    expect(removeOwnRules(back)).toBe(2);
    const left = conditionalFormats(back).map((cf) => [cf.ref, cf.rules.map((r) => r.type)]);
    expect(left).toEqual([
      ["A1:F9", ["expression"]],
      ["B1:B9", ["cellIs"]],
    ]);
    expect(removeOwnRules(back)).toBe(0);
  });
});

describe("generated sheets", () => {
  test("found by the mark after save and reopen; a user's sheet of the same name without it is not", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("汇总").getCell("A1").value = "我的汇总";
    const gen = wb.addWorksheet("汇总(2)");
    gen.getCell("A1").value = "任务分解表汇总";
    gen.getCell("A2").value = GENERATED_SHEET_MARK;
    const rich = wb.addWorksheet("市发改委");
    rich.getCell("A2").value = { richText: [{ text: GENERATED_SHEET_MARK.slice(0, 5), font: { bold: true } }, { text: GENERATED_SHEET_MARK.slice(5) }] };
    const back = await roundTrip(wb);
    expect(back.worksheets.map((w) => [w.name, isGeneratedWorksheet(w)])).toEqual([
      ["汇总", false],
      ["汇总(2)", true],
      ["市发改委", true],
    ]);
  });

  test("existingWorkbook reports sheets, header texts and the last used column of the table's rows", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.getRow(2).values = ["序号", "工作任务", "工作要求", "责任单位", "时限", null, "规范时限"];
    ws.getCell("J4").value = "用户的批注";
    ws.getCell("Z40").value = "表外很远的内容";
    const result = { sheet: "表", layout: { headerRow: 2, firstDataRow: 3, lastDataRow: 5, lastCol: 5 } } as unknown as CheckResult;
    const info = existingWorkbook(await roundTrip(wb), result);
    expect(info.sheets).toEqual([{ name: "表", generated: false, source: null }]);
    expect(info.headerRow.map((h) => h.text)).toEqual(["序号", "工作任务", "工作要求", "责任单位", "时限", "规范时限"]);
    expect(info.headerRow[5].col).toBe(7);
    expect(info.lastUsedCol).toBe(10);
  });
});
