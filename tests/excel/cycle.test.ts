/**
 * 督办 inside Excel through the Office.js double: 分发 opens one new workbook per unit where Excel.createWorkbook
 * is there (the workbooks read back with exceljs), else writes protected unit sheets with a dropdown and a frozen
 * header into the open workbook (checked in the double), replaced on the next 分发; 回收 merges unit workbooks
 * made by split (the CLI's src/workbook/split) and filled by a script into the open workbook's added columns,
 * 报送记录 sheet and overview — original cells untouched, syncs fixed whatever the number of rows.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { createExcelHost, type ExcelHostDeps } from "../../src/excel/host";
import { DEFAULT_SETTINGS, type HostSettings } from "../../src/app/host";
import { splitWorkbook } from "../../src/workbook/split";
import { strings } from "../../src/strings";
import { UNIT_BOOK_MARK, RECORDS_MARK, REPORT_STATUS_WORDS } from "../../src/core/cycle";
import { fakeWorkbook, initFromExcelJs } from "./support";
import { cellKey, type FakeExcel, type FakeOptions, type FakeWorkbookInit } from "../support/fake-excel";

const SEED = path.resolve(__dirname, "../fixtures/workbooks/seed004.xlsx");
const SETTINGS: HostSettings = { ...DEFAULT_SETTINGS, asOf: "2022-10-20" };
const t = strings("zh-CN").cycle;
const deps: ExcelHostDeps = {
  now: () => new Date(2022, 9, 20, 9, 30),
  builtAt: () => "2022-10-20T09:30:00",
  loadUnitBook: async () => import("../../src/workbook/unit-book"),
  loadReader: async () => import("../../src/workbook/collect"),
};

let seedBytes: Uint8Array;
let seedInit: FakeWorkbookInit;

beforeAll(async () => {
  seedBytes = new Uint8Array(fs.readFileSync(SEED));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(seedBytes as unknown as ArrayBuffer);
  seedInit = { ...initFromExcelJs(wb, "分解表"), url: "https://example.invalid/docs/seed004.xlsx" };
});

function excelWith(init: FakeWorkbookInit, opts: FakeOptions = {}): { fake: FakeExcel; host: ReturnType<typeof createExcelHost> } {
  const fake = fakeWorkbook(JSON.parse(JSON.stringify(init)) as FakeWorkbookInit, opts);
  return { fake, host: createExcelHost({ excel: fake.excel, office: fake.office, ...deps }) };
}

const unitSheets = (fake: FakeExcel) => fake.model.sheets.filter((s) => s.name.startsWith("报送-"));

describe("分发 inside Excel", () => {
  test("with Excel.createWorkbook: one new workbook per unit, protected, dropdown, frozen header; the open workbook unchanged", async () => {
    const { fake, host } = excelWith(seedInit);
    const before = fake.model.sheets.map((s) => s.name);
    const out = await host.splitUnits!({ reportBy: "2022-10-31", password: null }, SETTINGS);
    expect(out.kind).toBe("workbooks");
    if (out.kind !== "workbooks") return;
    expect(out.count).toBe(23);
    expect(fake.createdWorkbooks).toHaveLength(23);
    expect(out.files).toContain("seed004 - 市司法局.xlsx");
    expect(fake.model.sheets.map((s) => s.name)).toEqual(before);

    const i = out.files.indexOf("seed004 - 市司法局.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(fake.createdWorkbooks[i]!, "base64") as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell("A1").value)).toContain("2022-10-31");
    expect(ws.getCell("A2").value).toBe(UNIT_BOOK_MARK);
    expect(ws.getCell("C2").value).toBe("市司法局");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.getCell("J4").dataValidation).toMatchObject({ type: "list" });
    expect(ws.getCell("I4").protection).toMatchObject({ locked: false });
    expect(ws.getCell("C4").protection?.locked).not.toBe(false);
  });

  test("without createWorkbook (ExcelApi 1.7): protected unit sheets in this workbook, frozen header, and the user told what to do", async () => {
    const { fake, host } = excelWith(seedInit, { apiVersion: "1.7" });
    const original = fake.model.cloneCells("分解表");
    const out = await host.splitUnits!({ reportBy: null, password: "abc" }, SETTINGS);
    expect(out.kind).toBe("sheets");
    if (out.kind !== "sheets") return;
    expect(out.count).toBe(23);
    expect(out.notes).toEqual(expect.arrayContaining([t.excel.noCreateWorkbook, t.excel.noDropdown]));
    expect(fake.createdWorkbooks).toHaveLength(0);
    const sheets = unitSheets(fake);
    expect(sheets).toHaveLength(23);
    const sifa = fake.model.findSheet("报送-市司法局")!;
    expect(fake.model.cell("报送-市司法局", 2, 1)?.value).toBe(UNIT_BOOK_MARK);
    expect(fake.model.cell("报送-市司法局", 3, 10)?.value).toBe(t.bookHeaders.status);
    expect(sifa.protected).toBe(true);
    expect(sifa.protection?.password).toBe("abc");
    expect(sifa.frozenRows).toBe(3);
    expect(fake.model.cell("报送-市司法局", 4, 9)?.locked).toBe(false);
    expect(fake.model.cell("报送-市司法局", 4, 3)?.locked).toBeUndefined();
    expect(sifa.validations).toHaveLength(0);
    expect(fake.model.cloneCells("分解表")).toEqual(original);
  });

  test("ExcelApi 1.1: the sheets are still written, and every missing step is said in words", async () => {
    const { fake, host } = excelWith(seedInit, { apiVersion: "1.1" });
    const out = await host.splitUnits!({ reportBy: null, password: null }, SETTINGS);
    expect(out.kind).toBe("sheets");
    if (out.kind !== "sheets") return;
    expect(out.notes).toEqual([t.excel.noCreateWorkbook, t.excel.noProtection, t.excel.noDropdown, t.excel.noFreeze]);
    expect(unitSheets(fake)).toHaveLength(23);
    expect(fake.model.findSheet("报送-市司法局")!.protected).toBe(false);
    expect(fake.model.cell("报送-市司法局", 2, 3)?.value).toBe("市司法局");
  });

  test("createWorkbook refused: falls back to sheets with the dropdown; a second 分发 replaces them", async () => {
    const { fake, host } = excelWith(seedInit, { apiVersion: "1.8", createWorkbookFails: { from: 1, code: "AccessDenied" } });
    const out = await host.splitUnits!({ reportBy: "10月底前", password: null }, SETTINGS);
    expect(out.kind).toBe("sheets");
    expect(out.kind === "sheets" && out.notes[0]).toContain("已改为在本工作簿中生成");
    const sifa = fake.model.findSheet("报送-市司法局")!;
    expect(sifa.validations).toHaveLength(1);
    expect(sifa.validations[0]!.list).toBe(REPORT_STATUS_WORDS.join(","));
    expect(sifa.validations[0]!.errorAlert).toMatchObject({ showAlert: true, style: "Stop" });
    expect(sifa.protection?.password).toBeNull();
    expect(String(fake.model.cell("报送-市司法局", 1, 1)?.value)).toContain("10月底前");

    const again = await host.splitUnits!({ reportBy: null, password: null, asSheets: true }, SETTINGS);
    expect(again.kind).toBe("sheets");
    expect(unitSheets(fake)).toHaveLength(23);
    expect(String(fake.model.cell("报送-市司法局", 1, 1)?.value)).not.toContain("10月底前");
  });
});

/** A table of `n` rows over five units (for the sync-count check). */
function tableInit(n: number): FakeWorkbookInit {
  const units = ["市发展改革委", "市财政局", "市教育局", "市司法局", "市民政局"];
  const values: (string | number | null)[][] = [["2022年重点工作任务分解表"], ["序号", "工作任务", "工作要求", "责任单位", "完成时限"]];
  for (let i = 1; i <= n; i++) values.push([i, `任务${i}`, `要求${i}：按计划推进`, units[i % units.length]!, "2022年12月底前"]);
  return { sheets: [{ name: "分解表", values }], active: "分解表", url: "https://example.invalid/docs/big.xlsx" };
}

async function splitBytes(init: FakeWorkbookInit): Promise<{ name: string; bytes: Uint8Array; unit: string }[]> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("分解表");
  init.sheets[0]!.values!.forEach((r) => ws.addRow(r));
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const out = await splitWorkbook(bytes, { asOf: "2022-10-01", tableName: "big" });
  return out.files.map((f) => ({ name: f.fileName, bytes: f.bytes, unit: f.unit }));
}

/** Fill every data row of a unit book: progress and a status word. */
async function fillBook(bytes: Uint8Array, status: string, edit?: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  for (let r = 4; r <= ws.rowCount; r++) {
    ws.getRow(r).getCell(9).value = "按计划推进，已完成阶段目标";
    ws.getRow(r).getCell(10).value = status;
  }
  edit?.(ws);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("回收 inside Excel", () => {
  test("seed 004: split by the .xlsx path, filled by a script (renamed, re-sorted, a row deleted, an extra row), collected into the open workbook", async () => {
    const split = await splitWorkbook(seedBytes, { asOf: "2022-10-01", tableName: "seed004" });
    const byUnit = new Map(split.files.map((f) => [f.unit, f]));
    const sifa = await fillBook(byUnit.get("市司法局")!.bytes, "已完成");
    const dept = await fillBook(byUnit.get("市直各有关部门")!.bytes, "已完成", (ws) => {
      // re-sorted: the last data row swapped with the first; the second deleted; an extra row added
      const last = ws.rowCount;
      const a = (ws.getRow(4).values as ExcelJS.CellValue[]).slice(1);
      const b = (ws.getRow(last).values as ExcelJS.CellValue[]).slice(1);
      a.forEach((v, j) => (ws.getRow(last).getCell(j + 1).value = v));
      b.forEach((v, j) => (ws.getRow(4).getCell(j + 1).value = v));
      ws.spliceRows(5, 1);
      ws.addRow(["", "99", "单位自己加的任务", "", "", "", "", "", "新增的一行", "已完成"]);
    });
    const { fake, host } = excelWith(seedInit);
    const original = fake.model.cloneCells("分解表");
    const summary = await host.collectUnits!(
      [
        { name: "司法局报送（改名）.xlsx", bytes: sifa },
        { name: "seed004 - 市直各有关部门.xlsx", bytes: dept },
        { name: "区政府.xlsx", bytes: await fillBook(byUnit.get("各区人民政府")!.bytes, "已完成") },
        { name: "开发区.xlsx", bytes: await fillBook(byUnit.get("各开发区管委会")!.bytes, "已完成") },
        { name: "notes.txt", bytes: new TextEncoder().encode("not a workbook") },
      ],
      SETTINGS,
    );
    expect(summary.returned.sort()).toEqual(["各区人民政府", "各开发区管委会", "市司法局", "市直各有关部门"].sort());
    expect(summary.missing).toHaveLength(19);
    expect(summary.missing).toContain("市税务局");
    expect(summary.unmatched).toBeGreaterThanOrEqual(2); // the extra row and the text file
    expect(summary.unmatchedList!.join("\n")).toContain("notes.txt");
    expect(summary.done).toBeGreaterThan(0);

    // Added columns right of the table, under the header row (row 2).
    const header = fake.model.grid("分解表")[1]!;
    const col = (h: string) => header.indexOf(h) + 1;
    expect(col(t.masterHeaders.state)).toBeGreaterThan(5);
    expect(col(t.masterHeaders.reports)).toBeGreaterThan(5);
    expect(col(t.masterHeaders.date)).toBeGreaterThan(5);
    // Row 6: every responsible unit said 已完成 → done. Row 4: its row was deleted from 市直各有关部门's book.
    expect(fake.model.cell("分解表", 6, col(t.masterHeaders.state))?.value).toBe(t.derived.done);
    expect(fake.model.cell("分解表", 4, col(t.masterHeaders.state))?.value).toBe(t.derived.partial(1, 2));
    expect(String(fake.model.cell("分解表", 4, col(t.masterHeaders.reports))?.value)).toContain(t.notReportedLine("市直各有关部门"));
    expect(fake.model.cell("分解表", 6, col(t.masterHeaders.date))?.numberFormat).toBe("yyyy-mm-dd");
    // Original cells untouched.
    const after = fake.model.cloneCells("分解表");
    for (const [k, v] of original) expect(after.get(k)?.value).toEqual(v.value);
    // 报送记录 sheet with the mark, and the overview's 报送情况.
    const records = fake.model.findSheet(t.recordsSheet)!;
    expect(records.cells.get(cellKey(1, 0))?.value).toBe(RECORDS_MARK);
    const flat = fake.model.sheets.flatMap((s) => [...s.cells.values()].map((c) => c.value));
    expect(flat).toContain(t.returned);
    expect(flat).toContain(t.notReturned);

    // A second collect with only the 司法局 book keeps 市直各有关部门's earlier report (from 报送记录).
    const second = await host.collectUnits!([{ name: "sifa2.xlsx", bytes: sifa }], { ...SETTINGS, asOf: "2022-11-05" });
    expect(second.returned).toHaveLength(4);
    expect(second.missing).toHaveLength(19);
    expect(fake.model.sheets.filter((s) => s.name.startsWith(t.recordsSheet))).toHaveLength(1);
  }, 30_000);

  test("syncs stay fixed whatever the number of rows (split as sheets, collect)", async () => {
    const counts: { split: number; collect: number }[] = [];
    for (const n of [20, 1000]) {
      const init = tableInit(n);
      const books = await splitBytes(init);
      const files = await Promise.all(books.slice(0, 3).map(async (b) => ({ name: b.name, bytes: await fillBook(b.bytes, "已完成") })));
      const { fake, host } = excelWith(init, { apiVersion: "1.7" });
      fake.resetStats();
      await host.splitUnits!({ reportBy: null, password: null }, SETTINGS);
      const split = fake.stats.syncs;
      const x = excelWith(init);
      x.fake.resetStats();
      const s = await x.host.collectUnits!(files, SETTINGS);
      expect(s.returned).toHaveLength(3);
      expect(s.missing).toHaveLength(2);
      counts.push({ split, collect: x.fake.stats.syncs });
    }
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.split).toBeLessThanOrEqual(6);
    expect(counts[0]!.collect).toBeLessThanOrEqual(8);
  }, 30_000);
});
