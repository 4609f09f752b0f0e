/**
 * The Excel host (src/excel) against the Office.js double, on seed 004's table: the same results as the .xlsx
 * path (`check -o` = processWorkbook), a fixed number of syncs, failures as messages that say what to do, and
 * never a half-made summary.
 */
import ExcelJS from "exceljs";
import { buildSeed004Workbook, type Seed004Options } from "../fixtures/build-workbooks";
import { processWorkbook } from "../../src/workbook/process";
import { createExcelHost, SETTINGS_KEY, type ExcelHostDeps } from "../../src/excel/host";
import { HostError, type HostSettings } from "../../src/app/host";
import { DUE_SOON_FILL, GENERATED_SHEET_MARK, OVERDUE_FILL, LONG_OVERDUE_FILL, isOwnRule } from "../../src/core/plan";
import { isoToSerial } from "../../src/excel/a1";
import type { FakeOptions } from "../support/fake-excel";
import { cellKey } from "../support/fake-excel/model";
import { staleSummary } from "../../src/taskpane/hints";
import { fakeWorkbook, initFromExcelJs, normaliseSnapshot, snapshotExcelJs, snapshotFake, type FakeExcel } from "./support";

const AS_OF = "2022-10-20";
const BUILT = "2022-10-20T09:30:00";
const SETTINGS: HostSettings = { year: null, asOf: AS_OF, dueSoonDays: 15, sheet: null };
const ALL = { columns: true, highlights: true, sheets: true };

interface Setup {
  fake: FakeExcel;
  host: ReturnType<typeof createExcelHost>;
  bytes: Uint8Array;
  delays: number[];
}

async function setup(seed: Seed004Options = {}, fakeOpts: FakeOptions = {}, deps: ExcelHostDeps = {}): Promise<Setup> {
  const wb = await buildSeed004Workbook(seed);
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const fake = fakeWorkbook(initFromExcelJs(wb, seed.sheetName ?? "分解表"), fakeOpts);
  const delays: number[] = [];
  const host = createExcelHost({
    excel: fake.excel,
    office: fake.office,
    now: () => new Date(2022, 9, 20, 9, 30),
    builtAt: () => BUILT,
    retryDelays: [500, 1500, 3000],
    sleep: async (ms) => void delays.push(ms),
    ...deps,
  });
  return { fake, host, bytes, delays };
}

async function xlsxPath(bytes: Uint8Array, parts = ALL) {
  const out = await processWorkbook(bytes, { asOf: AS_OF, fixedAsOf: true, parts, builtAt: BUILT, dueSoonDays: 15 });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.output!.buffer.slice(out.output!.byteOffset, out.output!.byteOffset + out.output!.byteLength) as ArrayBuffer);
  return { out, wb };
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

describe("same results as check -o on seed 004", () => {
  test.each<[string, Seed004Options]>([
    ["seed 004 as exported", {}],
    ["with status and real dates", { status: { "3": "完成", "6": "部分完成", "16": "√" }, realDates: true }],
    ["other header words, lead/cooperating columns", { header: "other", status: { "3": "已完成", "4": "未完成" } }],
    ["no merged cells", { merges: false }],
    ["aliases sheet and a sheet before the table", { sheetsBefore: [{ name: "说明", rows: [["说明文字"]] }], aliases: [["市卫健委", "市卫生健康委员会"]] }],
  ])("全部运行: %s", async (_name, seed) => {
    const s = await setup(seed);
    const outcome = await s.host.run("runAll", SETTINGS);
    const x = await xlsxPath(s.bytes);
    expect(outcome.result.rows).toEqual(x.out.result.rows);
    expect(outcome.result.findings).toEqual(x.out.result.findings);
    expect(outcome.result.summary).toEqual(x.out.result.summary);
    expect(outcome.plan).toEqual(x.out.plan);
    expect(normaliseSnapshot(snapshotFake(s.fake.model))).toEqual(normaliseSnapshot(snapshotExcelJs(x.wb)));
  });

  test("校验 writes nothing and reports what check reports", async () => {
    const s = await setup({ status: { "3": "完成" }, realDates: true });
    const before = snapshotFake(s.fake.model);
    const outcome = await s.host.run("validate", SETTINGS);
    const x = await processWorkbook(s.bytes, { asOf: AS_OF, dueSoonDays: 15 });
    expect(outcome.plan).toBeNull();
    expect(outcome.result).toEqual(x.result);
    expect(snapshotFake(s.fake.model)).toEqual(before);
    expect(outcome.result.rows.length).toBeGreaterThan(20);
  });

  test.each([
    ["normalise", { columns: true, highlights: false, sheets: false }],
    ["highlight", { columns: true, highlights: true, sheets: false }],
    ["summarise", { columns: false, highlights: false, sheets: true }],
  ] as const)("%s alone matches the .xlsx path", async (action, parts) => {
    const s = await setup({ status: { "3": "完成" }, realDates: true });
    await s.host.run(action, SETTINGS);
    const x = await xlsxPath(s.bytes, parts);
    expect(normaliseSnapshot(snapshotFake(s.fake.model))).toEqual(normaliseSnapshot(snapshotExcelJs(x.wb)));
  });
});

describe("what 全部运行 leaves in the workbook", () => {
  test("original cells untouched; 规范时限 as real dates; own rules; overview and unit sheets with the mark and links", async () => {
    const s = await setup({ status: { "3": "完成" } });
    const original = s.fake.model.cloneCells("分解表");
    const outcome = await s.host.run("runAll", SETTINGS);
    const plan = outcome.plan!;
    const table = s.fake.model.findSheet("分解表")!;
    const addedCols = new Set(plan.columns.map((c) => c.col - 1));
    for (const [key, cell] of original) {
      const col = Number(key.split(",")[1]);
      if (!addedCols.has(col)) expect(table.cells.get(key)).toEqual(cell);
    }
    const due = plan.columns[0];
    expect(s.fake.model.cell("分解表", due.headerRow, due.col)?.value).toBe("规范时限");
    const dated = due.cells.find((c) => c.cell.date)!;
    expect(s.fake.model.cell("分解表", dated.row, due.col)).toMatchObject({ value: isoToSerial(String(dated.cell.value)), numberFormat: "yyyy-mm-dd" });
    expect(table.conditionalFormats.map((c) => isOwnRule(c.formula))).toEqual([true, true, true]);
    expect(table.conditionalFormats.map((c) => c.fill)).toEqual([LONG_OVERDUE_FILL, OVERDUE_FILL, DUE_SOON_FILL]);
    const names = s.fake.model.sheets.map((x) => x.name);
    expect(names[0]).toBe("分解表");
    expect(names).toEqual(["分解表", ...plan.sheets.map((p) => p.name)]);
    expect(names.some((n) => n.includes("汇总"))).toBe(true);
    for (const p of plan.sheets) expect(s.fake.model.grid(p.name).flat()).toContain(GENERATED_SHEET_MARK);
    const unit = s.fake.model.findSheet(plan.sheets[1].name)!;
    expect([...unit.cells.values()].some((c) => c.hyperlink?.documentReference?.includes("分解表"))).toBe(true);
    expect(s.fake.model.sheets.some((x) => x.name.startsWith("分解表助手临时"))).toBe(false);
  });

  test("a second run replaces its own sheets, columns and rules: the same workbook, not more", async () => {
    const s = await setup({ status: { "3": "完成" }, realDates: true });
    await s.host.run("runAll", SETTINGS);
    const first = snapshotFake(s.fake.model);
    await s.host.run("runAll", SETTINGS);
    expect(snapshotFake(s.fake.model)).toEqual(first);
  });

  test("the overview's record is read back inside Excel: the pane offers a rebuild once the table has changed", async () => {
    const s = await setup({ realDates: true });
    await s.host.run("runAll", SETTINGS);
    const fresh = await s.host.run("validate", SETTINGS);
    expect(fresh.overview).toMatchObject({ source: "分解表", asOf: AS_OF });
    expect(staleSummary(fresh, "validate")).toBeNull();
    // A colleague edits a requirement: the summary no longer matches the table.
    const cell = s.fake.model.findSheet("分解表")!.cells.get(cellKey(4, 2))!;
    cell.value = `${String(cell.value)}（已修改）`;
    const edited = await s.host.run("validate", SETTINGS);
    expect(staleSummary(edited, "validate")).toMatchObject({ stale: true, tableChanged: true });
    // 校验 still reads in its fixed number of syncs with the record (it rides on the sheet-heads read).
    expect(s.host.lastRun).toEqual({ writeSyncs: 0 });
  });

  test("the user's own rule and a user sheet named like a generated one survive", async () => {
    const wb = await buildSeed004Workbook();
    const own = wb.addWorksheet("汇总");
    own.getCell("A1").value = "我自己的汇总";
    const init = initFromExcelJs(wb, "分解表");
    init.sheets[0].rules = [{ range: "C3:C10", formula: "LEN(C3)>100", fill: "#00FF00", fontColor: null }];
    const fake = fakeWorkbook(init);
    const host = createExcelHost({ excel: fake.excel, office: fake.office, builtAt: () => BUILT });
    await host.run("runAll", SETTINGS);
    await host.run("runAll", SETTINGS);
    expect(fake.model.grid("汇总")).toEqual([["我自己的汇总"]]);
    const rules = fake.model.findSheet("分解表")!.conditionalFormats;
    expect(rules.map((r) => r.formula)).toEqual(["=LEN(C3)>100", expect.stringContaining("分解表助手"), expect.stringContaining("分解表助手"), expect.stringContaining("分解表助手")]);
  });

  test("texts that look like formulas, numbers or dates stay text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("表");
    ws.addRow(["2022年任务分解表"]);
    ws.addRow(["序号", "工作任务", "工作要求", "责任单位", "时限"]);
    ws.addRow([1, "=1+1", "+市发改委 落实", "市发改委", "2022/11/30"]);
    ws.addRow([2, "@任务", "-要求", "市财政局", "5月3日"]);
    const fake = fakeWorkbook(initFromExcelJs(wb, "表"));
    const host = createExcelHost({ excel: fake.excel, office: fake.office, builtAt: () => BUILT });
    const outcome = await host.run("runAll", SETTINGS);
    for (const sheet of fake.model.sheets.slice(1)) {
      for (const cell of sheet.cells.values()) expect(cell.formula).toBeUndefined();
    }
    const texts = fake.model.sheets.slice(1).flatMap((s) => [...s.cells.values()].map((c) => c.value));
    expect(texts).toEqual(expect.arrayContaining(["=1+1", "@任务", "+市发改委 落实", "-要求", "2022/11/30", "5月3日"]));
    expect(outcome.plan!.sheets.length).toBeGreaterThan(1);
  });
});

describe("few syncs, small requests", () => {
  async function syncsFor(repeat: number) {
    const s = await setup({ repeat, status: { "3": "完成" }, realDates: true });
    s.fake.resetStats();
    await s.host.run("runAll", SETTINGS);
    return { stats: s.fake.stats, host: s.host };
  }

  test("the same number of syncs for 1× and 8× the table; calculation and screen updating suspended on every write", async () => {
    const one = await syncsFor(1);
    const eight = await syncsFor(8);
    expect(one.stats.syncs).toBe(eight.stats.syncs);
    expect(one.stats.syncs).toBeLessThanOrEqual(6);
    expect(one.stats.runs).toBe(1);
    const writes = one.host.lastRun!.writeSyncs;
    expect(writes).toBeGreaterThanOrEqual(1);
    expect(one.stats.calcSuspendedSyncs).toBe(writes);
    expect(one.stats.screenSuspendedSyncs).toBe(writes);
  });

  test("校验 reads in 3 syncs", async () => {
    const s = await setup({ repeat: 4 });
    s.fake.resetStats();
    await s.host.run("validate", SETTINGS);
    expect(s.fake.stats.syncs).toBe(3);
  });

  // The message names the used range's far corner (what Excel shows when the user presses Ctrl+End).
  test.each([
    ["XFD1048576", 1048575, 16383, "XFD1048576"],
    ["A1048576", 1048575, 0, "1048576"],
    ["XFD3", 2, 16383, "XFD"],
  ])("a stray value in %s: the table is read in a few syncs, the same rows as without it, and the user is told", async (_where, row, col, where) => {
    const plain = await setup({ realDates: true });
    const expected = await plain.host.run("runAll", SETTINGS);
    const s = await setup({ realDates: true });
    s.fake.model.findSheet("分解表")!.cells.set(cellKey(row, col), { value: "x" });
    s.fake.resetStats();
    const got = await s.host.run("runAll", SETTINGS);
    expect(got.result.rows).toEqual(expected.result.rows);
    expect(s.fake.stats.syncs).toBeLessThanOrEqual(plain.fake.stats.syncs + 1);
    const stray = got.result.findings.filter((f) => f.code === "stray-cells");
    expect(stray).toHaveLength(1);
    expect(stray[0]!.message).toContain(where);
    // The stray value is left as it was.
    expect(s.fake.model.findSheet("分解表")!.cells.get(cellKey(row, col))?.value).toBe("x");
  });

  test("a small payload budget splits the writes into more syncs, each under the budget", async () => {
    const s = await setup({ repeat: 4 }, {}, { budget: 60_000 });
    s.fake.resetStats();
    await s.host.run("runAll", SETTINGS);
    expect(s.host.lastRun!.writeSyncs).toBeGreaterThan(3);
    expect(Math.max(...s.fake.stats.requestSizes)).toBeLessThan(60_000 + 450_000);
    const ref = await setup({ repeat: 4 });
    await ref.host.run("runAll", SETTINGS);
    expect(snapshotFake(s.fake.model)).toEqual(snapshotFake(ref.fake.model));
  });

  test("about 1,000 rows with the default budget: every request under Excel's 5 MB, results complete", async () => {
    const s = await setup({ repeat: 40, status: { "3": "完成" }, realDates: true });
    s.fake.resetStats();
    const out = await s.host.run("runAll", SETTINGS);
    expect(out.result.rows.length).toBeGreaterThanOrEqual(1000);
    expect(Math.max(...s.fake.stats.requestSizes)).toBeLessThan(5 * 1024 * 1024);
    expect(Math.max(...s.fake.stats.responseSizes)).toBeLessThan(5 * 1024 * 1024);
    expect(s.fake.stats.syncs).toBeLessThanOrEqual(6);
    expect(s.fake.model.sheets.map((x) => x.name)).toEqual(["分解表", ...out.plan!.sheets.map((p) => p.name)]);
  });

  test("a response over the limit is read again in smaller blocks", async () => {
    const s = await setup({ repeat: 3 }, { payloadLimit: 12_000 }, { budget: 6_000, blockCells: 1_000_000 });
    const outcome = await s.host.run("validate", SETTINGS);
    const x = await processWorkbook(s.bytes, { asOf: AS_OF, dueSoonDays: 15 });
    expect(outcome.result.rows).toEqual(x.result.rows);
    expect(s.fake.stats.syncs).toBeGreaterThan(4);
    expect(s.fake.stats.responseSizes.filter((r) => r > 12_000).length).toBeGreaterThan(0); // the refused attempts
    expect(Math.max(...s.fake.stats.responseSizes.slice(-2))).toBeLessThanOrEqual(12_000);
  });
});

describe("failures say what to do", () => {
  test("a protected table sheet: a clear message before anything is written; 生成汇总 still works", async () => {
    const s = await setup();
    s.fake.model.findSheet("分解表")!.protected = true;
    const before = snapshotFake(s.fake.model);
    const err = await hostErrorOf(s.host.run("runAll", SETTINGS));
    expect(err.code).toBe("protected");
    expect(err.message).toContain("撤销工作表保护");
    expect(snapshotFake(s.fake.model)).toEqual(before);
    await s.host.run("summarise", SETTINGS);
    expect(s.fake.model.sheets.length).toBeGreaterThan(1);
  });

  test("a sheet protected without the protection API (ExcelApi 1.1): AccessDenied becomes the same kind of message, no temp sheet left", async () => {
    const s = await setup({}, { apiVersion: "1.1" });
    s.fake.model.findSheet("分解表")!.protected = true;
    const err = await hostErrorOf(s.host.run("runAll", SETTINGS));
    expect(err.code).toBe("protected");
    expect(s.fake.model.sheets.map((x) => x.name)).toEqual(["分解表"]);
  });

  test("cell edit mode: retried, then done", async () => {
    const s = await setup({}, { cellEditSyncs: 2 });
    const outcome = await s.host.run("runAll", SETTINGS);
    expect(outcome.plan!.sheets.length).toBeGreaterThan(1);
    expect(s.delays).toEqual([500, 1500]);
  });

  test("cell edit mode that does not end: a message telling the user to press Enter or Esc", async () => {
    const s = await setup({}, { cellEditSyncs: 100 });
    const err = await hostErrorOf(s.host.run("runAll", SETTINGS));
    expect(err.code).toBe("cell-edit");
    expect(err.message).toMatch(/Enter.*Esc/);
    expect(s.delays).toEqual([500, 1500, 3000]);
  });

  test("a failure at any point of the writing: the summary is the old one or a complete new one, never half; no temporary sheet left", async () => {
    const LATER = { ...SETTINGS, asOf: "2022-11-20" };
    // What a complete new summary looks like (a clean run with the later as-of date).
    const ref = await setup({ status: { "3": "完成" } });
    await ref.host.run("runAll", SETTINGS);
    await ref.host.run("runAll", LATER);
    const complete = snapshotFake(ref.fake.model).sheets.slice(1);
    const writeCommands = ref.fake.stats.commands[ref.fake.stats.commands.length - 1];
    expect(writeCommands).toBeGreaterThan(50);

    const cuts = [0, 3, Math.floor(writeCommands / 2), writeCommands - 30, writeCommands - 4, writeCommands - 2];
    const seen = new Set<string>();
    for (const cut of cuts) {
      const s = await setup({ status: { "3": "完成" } });
      await s.host.run("runAll", SETTINGS);
      const old = snapshotFake(s.fake.model).sheets.slice(1);
      // The 4th sync of the run is its (single) write sync: 3 reads come first.
      s.fake.behaviour.failSync = { sync: s.fake.stats.syncs + 4, afterCommands: cut, code: "GeneralException" };
      const err = await hostErrorOf(s.host.run("runAll", LATER));
      expect(err.message).toContain("不会只写一半");
      const now = snapshotFake(s.fake.model).sheets.slice(1);
      expect(now.some((x) => x.name.startsWith("分解表助手临时"))).toBe(false);
      if (JSON.stringify(now) === JSON.stringify(old)) seen.add("old");
      else {
        expect(now).toEqual(complete);
        seen.add("new");
      }
    }
    expect([...seen].sort()).toEqual(["new", "old"]);
  });

  test("the first run failing at any point: no summary or a complete one, no temporary sheet", async () => {
    const ref = await setup();
    await ref.host.run("summarise", SETTINGS);
    const complete = snapshotFake(ref.fake.model).sheets.slice(1);
    const n = ref.fake.stats.commands[ref.fake.stats.commands.length - 1];
    const seen = new Set<string>();
    for (const cut of [0, Math.floor(n / 2), n - 3, n - 1]) {
      const s = await setup();
      s.fake.behaviour.failSync = { sync: 4, afterCommands: cut, code: "GeneralException" };
      await hostErrorOf(s.host.run("summarise", SETTINGS));
      const now = snapshotFake(s.fake.model).sheets.slice(1);
      if (now.length === 0) seen.add("none");
      else {
        expect(now).toEqual(complete);
        seen.add("complete");
      }
    }
    expect([...seen].sort()).toEqual(["complete", "none"]);
  });

  test("no header: 校验 reports it; the writing buttons say which sheet to choose", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("会议记录").addRow(["会议记录"]);
    const fake = fakeWorkbook(initFromExcelJs(wb));
    const host = createExcelHost({ excel: fake.excel, office: fake.office });
    const v = await host.run("validate", SETTINGS);
    expect(v.result.findings.map((f) => f.code)).toContain("no-header");
    const err = await hostErrorOf(host.run("runAll", SETTINGS));
    expect(err.code).toBe("no-header");
    expect(err.message).toContain("会议记录");
    expect(fake.model.sheets.length).toBe(1);
  });

  test("the active sheet is one we generated / the chosen sheet is gone", async () => {
    const s = await setup();
    const outcome = await s.host.run("runAll", SETTINGS);
    s.fake.model.activeSheetId = s.fake.model.findSheet(outcome.plan!.sheets[0].name)!.id;
    expect((await hostErrorOf(s.host.run("runAll", SETTINGS))).code).toBe("generated-sheet");
    await s.host.run("runAll", { ...SETTINGS, sheet: "分解表" });
    const gone = await hostErrorOf(s.host.run("validate", { ...SETTINGS, sheet: "不存在的表" }));
    expect(gone.code).toBe("sheet-not-found");
    expect(gone.message).toContain("不存在的表");
  });

  test("an Excel without ExcelApi 1.1 is named", async () => {
    const s = await setup({}, { apiVersion: "1.0" });
    const err = await hostErrorOf(s.host.run("validate", SETTINGS));
    expect(err.message).toContain("Excel 2016");
  });
});

describe("older Excel: requirement sets checked before use, with fallbacks", () => {
  test("ExcelApi 1.5: no conditional-format API → fills on 规范时限 and a note; links as HYPERLINK formulas; never ApiNotFound", async () => {
    const s = await setup({ status: { "3": "完成" } }, { apiVersion: "1.5" });
    const outcome = await s.host.run("runAll", SETTINGS);
    const table = s.fake.model.findSheet("分解表")!;
    expect(table.conditionalFormats).toEqual([]);
    const due = outcome.plan!.columns[0];
    const overdue = outcome.result.rows.filter((r) => r.state === "overdue");
    expect(overdue.length).toBeGreaterThan(0);
    for (const r of overdue) expect(s.fake.model.cell("分解表", r.row, due.col)?.fill).toBe(OVERDUE_FILL);
    const open = outcome.result.rows.find((r) => r.state === "open" || r.state === "ongoing")!;
    expect(s.fake.model.cell("分解表", open.row, due.col)?.fill).toBeUndefined();
    expect(outcome.notes?.join("")).toContain("ExcelApi 1.6");
    const links = snapshotFake(s.fake.model).sheets.flatMap((x) => x.links);
    expect(links.length).toBeGreaterThan(0);
    expect(s.fake.stats.calcSuspendedSyncs).toBe(0);
    expect(s.fake.stats.calculations).toBe(1);
  });

  test("ExcelApi 1.12: no merged-areas API → blank cells carried down, same rows as the .xlsx path without merges", async () => {
    const s = await setup({}, { apiVersion: "1.12" });
    const outcome = await s.host.run("validate", SETTINGS);
    const withMerges = await setup();
    const full = await withMerges.host.run("validate", SETTINGS);
    expect(outcome.result.rows.map((r) => [r.row, r.task])).toEqual(full.result.rows.map((r) => [r.row, r.task]));
  });

  test("over 512 merged areas: the merged-areas call fails, the reader carries blank cells down", async () => {
    const wb = await buildSeed004Workbook();
    const init = initFromExcelJs(wb, "分解表");
    const pad = wb.addWorksheet("x");
    void pad;
    init.sheets[0].merges = [...(init.sheets[0].merges ?? []), ...Array.from({ length: 520 }, (_, i) => ({ row: 200 + i * 2, col: 10, rows: 2, cols: 1 }))];
    init.sheets[0].values = [...(init.sheets[0].values ?? [])];
    const fake = fakeWorkbook(init);
    fake.model.findSheet("分解表")!.cells.set("1239,10", { value: "far away" });
    const host = createExcelHost({ excel: fake.excel, office: fake.office });
    const outcome = await host.run("validate", SETTINGS);
    expect(outcome.result.rows.length).toBeGreaterThan(20);
  });
});

describe("settings kept with the workbook; selecting a finding's cell", () => {
  test("saved through document settings and read back; invalid stored values are dropped", async () => {
    const s = await setup();
    await s.host.saveSettings({ year: 2022, asOf: "2022-10-20", dueSoonDays: 10, longOverdueDays: 20, sheet: "分解表" });
    expect(s.fake.savedSettings[SETTINGS_KEY]).toEqual({ year: 2022, asOf: "2022-10-20", dueSoonDays: 10, longOverdueDays: 20, sheet: "分解表" });
    expect(await s.host.loadSettings()).toEqual({ year: 2022, asOf: "2022-10-20", dueSoonDays: 10, longOverdueDays: 20, sheet: "分解表" });
    s.fake.office.context.document.settings.set(SETTINGS_KEY, { year: "二〇二二", asOf: "10/20", dueSoonDays: -3, sheet: null });
    expect(await s.host.loadSettings()).toEqual({ sheet: null });
  });

  test("a settings save that fails is a message", async () => {
    const s = await setup({}, { settingsSaveFails: true });
    const err = await hostErrorOf(s.host.saveSettings(SETTINGS));
    expect(err.message).toContain("只读");
  });

  test("listSheets and selectCell", async () => {
    const s = await setup({ sheetsBefore: [{ name: "说明", rows: [["x"]] }] });
    expect(await s.host.listSheets()).toEqual(["说明", "分解表"]);
    await s.host.selectCell!("分解表", 7, 3);
    const sel = s.fake.model.selection!;
    expect(s.fake.model.sheetById(sel.sheetId)!.name).toBe("分解表");
    expect(sel.rect).toEqual({ row: 6, col: 2, rows: 1, cols: 1 });
    expect(s.fake.model.activeSheetId).toBe(s.fake.model.findSheet("分解表")!.id);
  });

  test("progress is reported from start to done", async () => {
    const s = await setup();
    const seen: [number, string][] = [];
    await s.host.run("runAll", SETTINGS, (f, l) => seen.push([f, l]));
    expect(seen[0][1]).toBe("read");
    expect(seen[seen.length - 1]).toEqual([1, "done"]);
    const fractions = seen.map((x) => x[0]);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });
});

describe("hidden columns (ExcelApi 1.9 getColumnProperties)", () => {
  test("of two 时限 columns the visible one is read and the user is told; the syncs stay fixed", async () => {
    const wb = await buildSeed004Workbook();
    const init = initFromExcelJs(wb, "分解表");
    const fake = fakeWorkbook(init);
    const sheet = fake.model.findSheet("分解表")!;
    // Column F (0-based 5): this year's deadlines under the same header; column E (0-based 4), last year's, hidden.
    const headerRow = [...sheet.cells.keys()].map((k) => k.split(",").map(Number)).find(([r, c]) => c === 4 && /时限/.test(String(sheet.cells.get(`${r},${c}`)?.value)))![0];
    sheet.cells.set(`${headerRow},5`, { value: "时限" });
    for (const [k, cell] of [...sheet.cells]) {
      const [r, c] = k.split(",").map(Number);
      if (c === 4 && r > headerRow && typeof cell.value === "string" && cell.value.trim()) sheet.cells.set(`${r},5`, { value: "11月底前" });
    }
    sheet.hiddenCols = new Set([4]);
    const host = createExcelHost({ excel: fake.excel, office: fake.office });
    const syncsBefore = fake.stats.syncs;
    const outcome = await host.run("validate", SETTINGS);
    const dated = outcome.result.rows.filter((r) => r.deadline.kind === "date");
    expect(dated.length).toBeGreaterThan(0);
    expect(new Set(dated.map((r) => r.deadline.text))).toEqual(new Set(["11月底前"]));
    expect(outcome.result.findings.find((f) => f.code === "duplicate-column")?.message).toMatch(/可见的F列.*隐藏的E列/);
    const plain = fakeWorkbook(initFromExcelJs(await buildSeed004Workbook(), "分解表"));
    const before = plain.stats.syncs;
    await createExcelHost({ excel: plain.excel, office: plain.office }).run("validate", SETTINGS);
    expect(fake.stats.syncs - syncsBefore).toBe(plain.stats.syncs - before);
  });
});
