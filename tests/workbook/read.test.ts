import ExcelJS from "exceljs";
import { loadWorkbook, pickTableSheet, readAliases, sheetCells } from "../../src/workbook/read";
import { WorkbookError } from "../../src/workbook/errors";
import { checkSheet } from "../../src/core/check";
import { GENERATED_SHEET_MARK } from "../../src/core/own";
import { buildProblemsWorkbook, buildSeed004Workbook, buildSimpleWorkbook, seed004Table } from "../fixtures/build-workbooks";

const AS_OF = "2022-10-20";

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const buf = await wb.xlsx.writeBuffer();
  return loadWorkbook(new Uint8Array(buf as ArrayBuffer));
}

async function errorOf(p: Promise<unknown>): Promise<WorkbookError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof WorkbookError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("loadWorkbook: files that cannot be used say why, in one Chinese line", () => {
  it.each([
    ["an empty file", new Uint8Array(0), "empty", /空/],
    ["a text file", new TextEncoder().encode("序号,工作任务\n1,任务"), "not-xlsx", /不是 \.xlsx/],
    ["a password-protected (OLE) file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)]), "encrypted", /文件有密码保护，请先取消密码再打开/],
    ["a damaged zip", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]), "corrupt", /无法作为 \.xlsx/],
  ])("%s", async (_name, bytes, code, message) => {
    const err = await errorOf(loadWorkbook(bytes));
    expect(err.code).toBe(code);
    expect(err.message).toMatch(message);
    expect(err.message).not.toMatch(/\n/);
  });

  it("an old .xls (OLE without EncryptionInfo, with a Workbook stream) is told to save as .xlsx", async () => {
    const name = [..."Workbook"].flatMap((c) => [c.charCodeAt(0), 0]);
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(100).fill(0), ...name, 0, 0]);
    const err = await errorOf(loadWorkbook(bytes));
    expect(err.code).toBe("old-xls");
    expect(err.message).toMatch(/另存为/);
  });

  it("accepts an ArrayBuffer as well as a Uint8Array", async () => {
    const buf = (await (await buildSeed004Workbook()).xlsx.writeBuffer()) as ArrayBuffer;
    const wb = await loadWorkbook(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["分解表"]);
  });
});

describe("sheetCells", () => {
  it("reads seed 004 back: title, header, merges, line breaks, numbers", async () => {
    const wb = await roundTrip(await buildSeed004Workbook());
    const cells = sheetCells(wb.getWorksheet("分解表")!);
    const seed = seed004Table();
    expect(cells.values[0][0]).toBe(seed.title);
    expect(cells.values[1]).toEqual(["工作任务", null, "工作要求", "责任单位", "时限"]);
    expect(cells.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 5 });
    expect(cells.merges).toContainEqual({ top: 2, left: 1, bottom: 2, right: 2 });
    // The section cell of 二、 is merged over its rows 4–9; the covered cells read as null.
    expect(cells.merges).toContainEqual({ top: 4, left: 1, bottom: 9, right: 1 });
    expect(cells.values[4][0]).toBeNull();
    expect(cells.values[3][3]).toBe(seed.rows[1].units);
    expect(cells.values[3][3]).toContain("\n");
    expect(cells.values[2][1]).toBe(1);
  });

  it("turns rich text, formulas, hyperlinks, errors and dates into plain values with their formats", async () => {
    const wb = await buildSimpleWorkbook([
      {
        name: "S",
        rows: [
          [{ richText: [{ text: "工作" }, { text: "任务", font: { bold: true } }] }, { formula: "1+1", result: 2 } as ExcelJS.CellFormulaValue],
          [{ text: "市发改委", hyperlink: "https://example.invalid/" }, { error: "#REF!" } as ExcelJS.CellErrorValue],
          [new Date(Date.UTC(2022, 10, 30)), { formula: "A3+1", result: new Date(Date.UTC(2022, 11, 1)) } as ExcelJS.CellFormulaValue],
          [true, { formula: "NA()", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue],
        ],
        numFmts: { A3: "yyyy-mm-dd", B3: "yyyy\"年\"m\"月\"d\"日\"" },
      },
    ]);
    const cells = sheetCells((await roundTrip(wb)).getWorksheet("S")!);
    expect(cells.values).toEqual([
      ["工作任务", 2],
      ["市发改委", "#REF!"],
      [44895, 44896],
      [true, "#N/A"],
    ]);
    expect(cells.numberFormats![2]).toEqual(["yyyy-mm-dd", "yyyy\"年\"m\"月\"d\"日\""]);
  });
});

describe("through checkSheet", () => {
  it("seed 004 from .xlsx gives the same rows as the seed, the states as of 2022-10-20", async () => {
    const wb = await roundTrip(await buildSeed004Workbook());
    const r = checkSheet(sheetCells(pickTableSheet(wb)), { asOf: AS_OF, workbookName: "seed004.xlsx" });
    expect(r.findings).toEqual([]);
    expect(r.rows).toHaveLength(seed004Table().rows.filter((x) => x.no !== null).length);
    expect(r.rows.filter((x) => x.state === "overdue").map((x) => x.row)).toEqual([18]);
    expect(r.rows.filter((x) => x.state === "due-soon").map((x) => x.row)).toEqual([5, 6, 8, 9]);
  });

  it("real Excel dates and a status column (completed rows are done, 部分完成 is not)", async () => {
    const wb = await roundTrip(await buildSeed004Workbook({ realDates: true, status: { "3": "完成", "6": "部分完成", "16": "√" } }));
    const r = checkSheet(sheetCells(pickTableSheet(wb)), { asOf: AS_OF });
    const byNo = new Map(r.rows.map((x) => [x.no, x]));
    expect(byNo.get("3")!.deadline).toMatchObject({ kind: "date", due: "2022-10-31" });
    expect(byNo.get("3")!.state).toBe("done");
    expect(byNo.get("6")!.state).toBe("due-soon");
    expect(byNo.get("16")!.state).toBe("done");
    expect(byNo.get("2")!.deadline.due).toBe("2022-12-31");
    expect(r.findings).toEqual([]);
  });

  it.each([
    ["a header lower down", { notesAbove: ["附件1", "", "（2022年5月印发）", ""] }, 6],
    ["other header words, 牵头/配合 columns and 进展情况", { header: "other" as const, status: { "3": "已完成" } }, 2],
    ["a header spanning two rows", { header: "two-row" as const }, 3],
    ["no merged cells at all", { merges: false }, 2],
  ])("%s", async (_name, opts, headerRow) => {
    const wb = await roundTrip(await buildSeed004Workbook(opts));
    const r = checkSheet(sheetCells(pickTableSheet(wb)), { asOf: AS_OF });
    expect(r.layout?.headerRow).toBe(headerRow);
    expect(r.findings).toEqual([]);
    expect(r.rows.map((x) => x.no)).toEqual(seed004Table().rows.filter((x) => x.no !== null).map((x) => x.no));
    expect(r.rows.every((x) => x.task && x.requirement && x.units.length > 0)).toBe(true);
    expect(r.year).toBe(2022);
  });

  it("the problems workbook: error value, empty cells and a real date are found", async () => {
    const wb = await roundTrip(await buildProblemsWorkbook());
    const r = checkSheet(sheetCells(pickTableSheet(wb)), { asOf: AS_OF });
    expect(r.findings.filter((f) => f.code === "cell-error").map((f) => [f.row, f.column])).toEqual([[5, 5]]);
    expect(r.findings.filter((f) => f.code === "missing-value").map((f) => [f.row, f.column])).toEqual([
      [6, 3],
      [7, 4],
      [10, 5],
    ]);
    expect(r.rows.find((x) => x.row === 8)!.deadline.due).toBe("2022-11-03");
  });
});

describe("pickTableSheet and readAliases", () => {
  it("skips a notes sheet, generated sheets and 单位别名; reads the alias list", async () => {
    const wb = await buildSeed004Workbook({
      sheetsBefore: [
        { name: "说明", rows: [["本工作簿用于跟踪任务落实情况。"]] },
        { name: "汇总", rows: [["单位汇总"], [GENERATED_SHEET_MARK], ["单位", "工作任务", "工作要求", "责任单位", "时限"]] },
      ],
      aliases: [["市卫健委", "市卫生健康委员会"]],
    });
    const back = await roundTrip(wb);
    expect(pickTableSheet(back).name).toBe("分解表");
    expect([...readAliases(back)]).toEqual([["市卫健委", "市卫生健康委员会"]]);
    expect(pickTableSheet(back, "说明").name).toBe("说明");
    expect(pickTableSheet(back, " 分解表 ").name).toBe("分解表");
  });

  it("a sheet name that does not exist lists the sheets there are", async () => {
    const back = await roundTrip(await buildSeed004Workbook());
    let err: unknown;
    try {
      pickTableSheet(back, "总表");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(WorkbookError);
    expect((err as Error).message).toContain("“分解表”");
  });

  it("without any table, falls back to the first sheet (the check then reports no-header)", async () => {
    const back = await roundTrip(await buildSimpleWorkbook([{ name: "Sheet1", rows: [["会议记录"]] }, { name: "Sheet2", rows: [] }]));
    const ws = pickTableSheet(back);
    expect(ws.name).toBe("Sheet1");
    expect(checkSheet(sheetCells(ws), { asOf: AS_OF }).findings.map((f) => f.code)).toEqual(["no-header"]);
    expect(readAliases(back).size).toBe(0);
  });
});
