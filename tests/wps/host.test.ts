/**
 * The WPS host beyond the scenario suite: what a WPS user sees of protection, failures, settings kept in the
 * file, selecting a finding's cell, 从文稿导入, the generated sheets' look, and that writes go in whole ranges.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createWpsHost, etApplication, SETTINGS_KEY } from "../../src/wps/host";
import type { EtApplication } from "../../src/wps/et";
import { HostError, type HostSettings } from "../../src/app/host";
import { importDocument } from "../../src/core/import";
import { GENERATED_SHEET_MARK } from "../../src/core/plan";
import { baseTable, TABLE } from "../scenarios/scenarios";
import type { SheetFixture } from "../scenarios/snapshot";
import { cellKey, type FakeWps } from "../support/fake-wps";
import { SEEDS_DIR } from "../fixtures/paths";
import { staleSummary } from "../../src/taskpane/hints";
import { fakeFromFixture, hexOf, snapshotWps } from "./support";

const SETTINGS: HostSettings = { year: null, asOf: "2022-10-20", dueSoonDays: 15, sheet: null };
const fixture = (extraRows?: (string | number | null)[][]): SheetFixture => ({
  table: TABLE,
  sheets: [baseTable(extraRows ? { extraRows } : {})],
  workbookName: "2022年任务分解表.xlsx",
});

function setup(f: SheetFixture = fixture()) {
  const fake = fakeFromFixture(f);
  const host = createWpsHost({ app: fake.app as unknown as EtApplication, now: () => new Date(2022, 9, 20, 9, 30), builtAt: () => "2022-10-20T09:30:00", lang: "zh-CN" });
  return { fake, host };
}

async function hostErrorOf(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error("expected a HostError");
}

const names = (fake: FakeWps) => fake.model.sheets.map((s) => s.name);
const valueAt = (fake: FakeWps, sheet: string, row: number, col: number) => fake.model.findSheet(sheet)!.cells.get(cellKey(row - 1, col - 1))?.value ?? null;

describe("finding the ET Application of the page", () => {
  const app = { ActiveWorkbook: null };
  test("wps.EtApplication() first, then the Application global; WPS 文字 and plain pages have none", () => {
    expect(etApplication({ wps: { EtApplication: () => app } })).toBe(app);
    expect(etApplication({ Application: app })).toBe(app);
    expect(etApplication({ Application: { ActiveDocument: {} } })).toBeNull();
    expect(etApplication({ wps: { EtApplication: () => { throw new Error("no"); } } })).toBeNull();
    expect(etApplication({})).toBeNull();
  });
});

describe("protection and failures say what to do and leave no half-written summary", () => {
  test("a protected table sheet: a clear message before anything is written; 生成汇总 still works", async () => {
    const { fake, host } = setup();
    fake.model.findSheet(TABLE)!.protected = true;
    const before = snapshotWps(fake.model);
    const err = await hostErrorOf(host.run("runAll", SETTINGS));
    expect(err.code).toBe("protected");
    expect(err.message).toContain("撤销工作表保护");
    expect(snapshotWps(fake.model)).toEqual(before);
    await host.run("summarise", SETTINGS);
    expect(names(fake)).toContain("汇总");
  });

  test("a protected workbook structure: 生成汇总 says so; no sheet added", async () => {
    const { fake, host } = setup();
    fake.model.protectStructure = true;
    const before = snapshotWps(fake.model);
    const err = await hostErrorOf(host.run("runAll", SETTINGS));
    expect(err.code).toBe("protected");
    expect(err.message).toContain("撤销工作表保护或工作簿保护");
    expect(snapshotWps(fake.model)).toEqual(before);
  });

  test("a failure while the new sheets are built: the earlier summary stays as it was, no temporary sheet left", async () => {
    const { fake, host } = setup();
    await host.run("summarise", SETTINGS);
    const before = snapshotWps(fake.model);
    const sheets = (fake.app.ActiveWorkbook as { Worksheets: { Add: (...a: unknown[]) => unknown } }).Worksheets;
    const add = sheets.Add.bind(sheets);
    let calls = 0;
    sheets.Add = (...a: unknown[]) => {
      if (++calls === 3) throw new Error("WPS refused");
      return add(...a);
    };
    const err = await hostErrorOf(host.run("summarise", SETTINGS));
    expect(err.code).toBe("wps");
    expect(err.message).toContain("汇总表也不会只写一半");
    expect(snapshotWps(fake.model)).toEqual(before);
    expect(fake.model.active.name).toBe(TABLE);
  });

  test("a failure inside the swap: the swap is finished, every sheet complete under its final name", async () => {
    const { fake, host } = setup();
    await host.run("summarise", SETTINGS);
    const first = snapshotWps(fake.model);
    const problem = fake.model.nameProblem.bind(fake.model);
    let failed = false;
    fake.model.nameProblem = (name, except) => {
      if (name === "区财政局" && !failed) {
        failed = true;
        return "WPS refused";
      }
      return problem(name, except);
    };
    await hostErrorOf(host.run("summarise", SETTINGS));
    expect(failed).toBe(true);
    expect(snapshotWps(fake.model)).toEqual(first);
  });

  test("the active sheet is a generated one: say which sheet to switch to", async () => {
    const { fake, host } = setup();
    await host.run("summarise", SETTINGS);
    fake.model.active = fake.model.findSheet("汇总")!;
    const err = await hostErrorOf(host.run("validate", SETTINGS));
    expect(err.code).toBe("generated-sheet");
  });
});

describe("what the WPS user sees", () => {
  test("generated sheets: widths, frozen header, tab colours, mark in A2; the table sheet is active again; alerts restored", async () => {
    const { fake, host } = setup();
    await host.run("runAll", SETTINGS);
    const ov = fake.model.findSheet("汇总")!;
    expect(valueAt(fake, "汇总", 2, 1)).toBe(GENERATED_SHEET_MARK);
    expect(ov.frozen.rows).toBeGreaterThan(0);
    expect(ov.columnWidths.size).toBeGreaterThan(0);
    expect(hexOf(fake.model.findSheet("各街道办事处（泛指）")!.tabColor)).toBe("#A6A6A6");
    const table = fake.model.findSheet(TABLE)!;
    expect(table.columnWidths.get(6)).toBe(12); // 规范时限, in characters as exceljs writes it
    expect(fake.model.active.name).toBe(TABLE);
    expect(fake.app.DisplayAlerts).toBe(true);
    expect(fake.app.ScreenUpdating).toBe(true);
  });

  test("the overview's record is read back in WPS: the pane offers a rebuild once the table has changed", async () => {
    const { fake, host } = setup();
    await host.run("runAll", SETTINGS);
    const fresh = await host.run("validate", SETTINGS);
    expect(fresh.overview).toMatchObject({ source: TABLE, asOf: "2022-10-20" });
    expect(staleSummary(fresh, "validate")).toBeNull();
    const sheet = fake.model.findSheet(TABLE)!;
    const [key, cell] = [...sheet.cells.entries()].find(([, c]) => typeof c.value === "string" && c.value.length > 10)!;
    sheet.cells.set(key, { ...cell, value: `${String(cell.value)}（已修改）` });
    expect(staleSummary(await host.run("validate", SETTINGS), "validate")).toMatchObject({ stale: true, tableChanged: true });
  });

  test.each([
    [1048575, 16383, "XFD1048576"],
    [1048575, 0, "1048576"],
  ])("a stray value far away (row %i, column %i): the same rows as without it, the user told, the value left", async (row, col, where) => {
    const plain = setup();
    const expected = await plain.host.run("validate", SETTINGS);
    const { fake, host } = setup();
    fake.model.findSheet(TABLE)!.cells.set(cellKey(row, col), { value: "x" });
    const got = await host.run("validate", SETTINGS);
    expect(got.result.rows).toEqual(expected.result.rows);
    const stray = got.result.findings.filter((f) => f.code === "stray-cells");
    expect(stray).toHaveLength(1);
    expect(stray[0]!.message).toContain(where);
    expect(fake.model.findSheet(TABLE)!.cells.get(cellKey(row, col))?.value).toBe("x");
  });

  test("writes go in whole ranges: 10 times the rows, not more writes", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [8 + i, "专项", `专项工作${i + 1}。`, `区第${(i % 5) + 1}办公室`, "年底前", null]);
    const small = setup(fixture(rows(20)));
    await small.host.run("runAll", SETTINGS);
    const big = setup(fixture(rows(200)));
    await big.host.run("runAll", SETTINGS);
    expect(big.fake.stats.valueWrites).toBe(small.fake.stats.valueWrites);
    expect(big.fake.stats.formatWrites).toBeLessThanOrEqual(small.fake.stats.formatWrites + 5);
  });

  test("settings are kept in the workbook's custom document properties", async () => {
    const { fake, host } = setup();
    expect(await host.loadSettings()).toEqual({});
    await host.saveSettings({ year: 2022, asOf: "2022-10-20", dueSoonDays: 10, longOverdueDays: 20, sheet: TABLE });
    expect(JSON.parse(String(fake.model.properties.get(SETTINGS_KEY)!.value))).toEqual({ year: 2022, asOf: "2022-10-20", dueSoonDays: 10, longOverdueDays: 20, sheet: TABLE });
    await host.saveSettings({ year: null, asOf: null, dueSoonDays: 15, sheet: null });
    expect(await host.loadSettings()).toEqual({ year: null, asOf: null, dueSoonDays: 15, longOverdueDays: 30, sheet: null });
    fake.model.properties.set(SETTINGS_KEY, { value: "not json", type: 4 });
    expect(await host.loadSettings()).toEqual({});
  });

  test("标记逾期 leaves the user's active cell where it was", async () => {
    const { fake, host } = setup();
    fake.model.active.selection = { row: 8, col: 2, rows: 1, cols: 1 };
    await host.run("highlight", SETTINGS);
    expect(fake.model.active.name).toBe(TABLE);
    expect(fake.model.active.selection).toEqual({ row: 8, col: 2, rows: 1, cols: 1 });
  });

  test("reading a table ten times as long takes about as many calls (whole ranges, not cells)", async () => {
    // Deadlines as date cells (a run of numbers under one format), a phrase now and then.
    const rows = (n: number) => Array.from({ length: n }, (_, i) => [8 + i, "专项", `专项工作${i + 1}。`, `区第${(i % 5) + 1}办公室`, i % 50 === 7 ? "年底前" : 44926, null]);
    const calls = async (n: number) => {
      const { fake, host } = setup(fixture(rows(n)));
      await host.run("validate", SETTINGS);
      return fake.stats.rangeCalls;
    };
    const small = await calls(20);
    expect(await calls(200)).toBeLessThanOrEqual(small + 20);
  });

  test("a finding clicked selects its cell (and its sheet)", async () => {
    const { fake, host } = setup();
    await host.run("summarise", SETTINGS);
    fake.model.active = fake.model.findSheet("汇总")!;
    await host.selectCell!(TABLE, 11, 5);
    expect(fake.model.active.name).toBe(TABLE);
    expect(fake.model.active.selection).toEqual({ row: 10, col: 4, rows: 1, cols: 1 });
  });

  test("从文稿导入: a new sheet at the end, active, text kept as text; 校验 reads it back", async () => {
    const text = fs.readFileSync(path.join(SEEDS_DIR, "002_55b14f99225b71ef.txt"), "utf8");
    const result = importDocument(text, {});
    const { fake, host } = setup();
    const name = await host.importTable!(result);
    expect(name).toBe("任务分解表");
    expect(names(fake)).toEqual([TABLE, "任务分解表"]);
    expect(fake.model.active.name).toBe("任务分解表");
    const snap = snapshotWps(fake.model).sheets.find((s) => s.name === name)!;
    expect(snap.formulas).toEqual({});
    const checked = await host.run("validate", { ...SETTINGS, sheet: name });
    expect(checked.result.rows.length).toBe(result.rows.length);
    expect(await host.importTable!(result)).toBe("任务分解表(2)");
  });
});
