/**
 * The .xlsx outputs on seed 004 (merged sections, multi-line cells, a status column, real dates): written by
 * processWorkbook, read back with exceljs, compared with the input cell by cell.
 */
import ExcelJS from "exceljs";
import { buildSeed004Workbook } from "../fixtures/build-workbooks";
import { processWorkbook, type ProcessOptions } from "../../src/workbook/process";
import { WorkbookError } from "../../src/workbook/errors";
import { GENERATED_SHEET_MARK, isOwnRule } from "../../src/core/plan";
import { conditionalFormats } from "../../src/workbook/marks";
import { loadBytes, snapshotWorkbook } from "../scenarios/xlsx";

const OPTS: ProcessOptions = {
  asOf: "2022-10-20",
  parts: { columns: true, highlights: true, sheets: true },
  builtAt: "2022-10-20T09:30:00",
};

async function seedBytes(): Promise<Uint8Array> {
  const wb = await buildSeed004Workbook({ status: { "3": "已完成", "5": "推进中", "9": "完成" }, realDates: true });
  const ws = wb.getWorksheet("分解表")!;
  // Give the user's cells some looks of their own: borders, fills, fonts, a text format, a user rule.
  ws.eachRow((row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      cell.border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
    }),
  );
  ws.getCell("C5").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
  ws.getCell("D6").font = { italic: true, color: { argb: "FF375623" } };
  ws.getCell("B7").numFmt = "@";
  ws.getRow(4).height = 48;
  ws.addConditionalFormatting({
    ref: "F3:F28",
    rules: [{ type: "expression", priority: 1, formulae: ['$F3="推进中"'], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFC6EFCE" } } } }],
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
}

interface CellDump {
  value: string;
  style: string;
  numFmt: string;
}

/** Every cell of the used area as JSON of value, style and number format. */
function dump(ws: ExcelJS.Worksheet, lastRow: number, lastCol: number): Map<string, CellDump> {
  const out = new Map<string, CellDump>();
  for (let r = 1; r <= lastRow; r++)
    for (let c = 1; c <= lastCol; c++) {
      const cell = ws.getRow(r).getCell(c);
      out.set(cell.address, { value: JSON.stringify(cell.value), style: JSON.stringify(cell.style), numFmt: cell.numFmt ?? "" });
    }
  return out;
}

let input: Uint8Array;
let once: Uint8Array;
let twice: Uint8Array;

beforeAll(async () => {
  input = await seedBytes();
  once = (await processWorkbook(input, OPTS)).output!;
  twice = (await processWorkbook(once, OPTS)).output!;
});

describe("processWorkbook on seed 004", () => {
  test("every original cell is identical: value, style, number format; merges, row heights, widths", async () => {
    const before = (await loadBytes(input)).getWorksheet("分解表")!;
    for (const bytes of [once, twice]) {
      const after = (await loadBytes(bytes)).getWorksheet("分解表")!;
      const lastRow = before.rowCount;
      const lastCol = before.columnCount;
      expect(lastCol).toBe(6);
      expect(dump(after, lastRow, lastCol)).toEqual(dump(before, lastRow, lastCol));
      expect([...((after.model as { merges?: string[] }).merges ?? [])].sort()).toEqual([...((before.model as { merges?: string[] }).merges ?? [])].sort());
      for (let r = 1; r <= lastRow; r++) expect(after.getRow(r).height).toBe(before.getRow(r).height);
      for (let c = 1; c <= lastCol; c++) expect(after.getColumn(c).width).toBe(before.getColumn(c).width);
      expect(after.rowCount).toBe(before.rowCount);
    }
  });

  test("the two columns, the rules and the sheets are there", async () => {
    const wb = await loadBytes(once);
    const ws = wb.getWorksheet("分解表")!;
    expect(ws.getCell("G2").value).toBe("规范时限");
    expect(ws.getCell("H2").value).toBe("统计状态");
    expect(ws.getCell("I2").value).toBe("时限类型");
    // Row 4 is seed item 2 (年底前); its 规范时限 is a real date shown as yyyy-mm-dd.
    const g = ws.getCell("G4");
    expect(g.value).toEqual(new Date(Date.UTC(2022, 11, 31)));
    expect(g.numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("I4").value).toBe("日期");
    expect(ws.getCell("I3").value).toBe("长期推进");
    expect(ws.getCell("H3").value).toBe("长期推进");
    // The added header looks like the table's header.
    expect(ws.getCell("G2").font?.bold).toBe(true);
    const rules = conditionalFormats(ws).flatMap((cf) => cf.rules.map((r) => ({ ref: cf.ref, formula: (r as { formulae?: string[] }).formulae?.[0] ?? "" })));
    expect(rules.filter((r) => isOwnRule(r.formula))).toHaveLength(3);
    expect(rules.filter((r) => !isOwnRule(r.formula))).toEqual([{ ref: "F3:F28", formula: '$F3="推进中"' }]);
    const names = wb.worksheets.map((w) => w.name);
    expect(names[0]).toBe("分解表");
    expect(names[1]).toBe("汇总");
    expect(names).toContain("市直各有关部门（泛指）");
    for (const w of wb.worksheets.slice(1)) expect(w.getCell("A2").value).toBe(GENERATED_SHEET_MARK);
  });

  test("a second run over its own output gives the same workbook, not more", async () => {
    const a = snapshotWorkbook(await loadBytes(once));
    const b = snapshotWorkbook(await loadBytes(twice));
    expect(b).toEqual(a);
  });

  test("only what was asked for is written; nothing at all without parts", async () => {
    const none = await processWorkbook(input, { asOf: "2022-10-20" });
    expect(none.output).toBeNull();
    expect(none.plan).toBeNull();
    expect(none.result.rows.length).toBeGreaterThan(20);
    const cols = await processWorkbook(input, { ...OPTS, parts: { columns: true, highlights: false, sheets: false } });
    const wb = await loadBytes(cols.output!);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["分解表"]);
    expect(conditionalFormats(wb.getWorksheet("分解表")!).flatMap((cf) => cf.rules)).toHaveLength(1);
    // Asking for summaries only on a workbook that has highlights keeps them.
    const sums = await processWorkbook(once, { ...OPTS, parts: { columns: false, highlights: false, sheets: true } });
    const rules = conditionalFormats((await loadBytes(sums.output!)).getWorksheet("分解表")!).flatMap((cf) => cf.rules);
    expect(rules).toHaveLength(4);
  });

  test("the table is the active, only selected tab after sheets were replaced", async () => {
    const wb = await loadBytes(once);
    const last = wb.worksheets.length - 1;
    wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: last, activeTab: last, visibility: "visible" }];
    wb.worksheets[last].views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
    wb.worksheets[last - 1].views = [{ state: "normal", tabSelected: true } as unknown as ExcelJS.WorksheetView];
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
    const out = await loadBytes((await processWorkbook(bytes, OPTS)).output!);
    expect(out.views[0].activeTab).toBe(0);
    expect(out.views[0].firstSheet).toBe(0);
    const selected = out.worksheets.filter((w) => (w.views?.[0] as { tabSelected?: boolean } | undefined)?.tabSelected);
    // The stale selections went with the replaced sheets; no other sheet is selected besides the table.
    expect(selected.every((w) => w.name === "分解表")).toBe(true);
  });

  test("a sheet that is not there is a WorkbookError in Chinese", async () => {
    await expect(processWorkbook(input, { ...OPTS, sheet: "没有这张表" })).rejects.toBeInstanceOf(WorkbookError);
    await expect(processWorkbook(input, { ...OPTS, sheet: "没有这张表" })).rejects.toThrow(/没有名为/);
  });

  test("the output opens as an .xlsx in the browser path too (ArrayBuffer in)", async () => {
    const ab = once.buffer.slice(once.byteOffset, once.byteOffset + once.byteLength) as ArrayBuffer;
    const out = await processWorkbook(ab, OPTS);
    expect(out.sheets[0]).toBe("分解表");
    expect(out.plan!.replaceSheets.length).toBe(out.plan!.sheets.length);
  });
});
