/**
 * The scenario suite, shared by the .xlsx path (workbook.scenario.test.ts, exceljs) and the Excel adapter
 * (its Office.js double): the same fixtures, settings and expectations, on the neutral WorkbookSnapshot.
 * Expectations are what a user would check: the added columns and their values, which rows the rules colour
 * (evaluated as Excel would, formula.ts), the summary sheets and their links, and that nothing of the user's
 * changed.
 */
import type { CellValue } from "../../src/core/types";
import { DUE_SOON_FILL, DUE_SOON_FONT, GENERATED_SHEET_MARK, OVERDUE_FILL, OVERDUE_FONT, isGeneratedSheet, isOwnRule, readNoticeRecord } from "../../src/core/plan";
import { strings } from "../../src/strings";
import { ruleApplies } from "./formula";
import type { FixtureSheet, RuleSnapshot, Scenario, ScenarioSettings, SheetFixture, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
import { findText, isoToSerial, sheetNamed, valueAt } from "./snapshot";

export const TABLE = "分解表";
const AS_OF = "2022-10-20";
const BUILT_AT = "2022-10-20T09:30:00";
const ALL = { columns: true, highlights: true, sheets: true, notice: true };
/** 生成汇总: the overview, a sheet per unit and the 通报. */
const SUMMARY = { sheets: true, notice: true };

/** The small table every scenario starts from (A1:F11), and what each task row is, as of 2022-10-20. */
export const TASK_ROWS: { row: number; state: string; due: string | null; kind: string | null; word: string }[] = [
  { row: 4, state: "due-soon", due: "2022-10-31", kind: "日期", word: "即将到期" },
  { row: 5, state: "due-soon", due: "2022-10-25", kind: "日期", word: "即将到期" },
  { row: 7, state: "ongoing", due: null, kind: "长期推进", word: "长期推进" },
  { row: 8, state: "done", due: "2022-09-30", kind: "日期", word: "已完成" },
  { row: 9, state: "recurring", due: null, kind: "定期", word: "定期" },
  { row: 10, state: "overdue", due: "2022-09-30", kind: "日期", word: "已逾期" },
  { row: 11, state: "unknown", due: null, kind: "时限不明", word: "时限不明" },
];

const OUT = strings("zh-CN").outputs;

export function baseTable(overrides: { requirement4?: string; unit8?: string; extraRows?: CellValue[][] } = {}): FixtureSheet {
  const D = "yyyy-mm-dd";
  const values: CellValue[][] = [
    ["2022年某区政务公开工作任务分解表", null, null, null, null, null],
    ["序号", "工作任务", "工作要求", "责任单位", "时限", "完成情况"],
    ["一、推进决策公开", null, null, null, null, null],
    [1, "推进决策公开", overrides.requirement4 ?? "制定重大行政决策事项目录并公开。", "区发改委", "10月底前", null],
    [2, null, "公开决策草案，广泛征求意见。", "区司法局、各街道办事处", isoToSerial("2022-10-25"), "推进中"],
    ["二、加强政策解读", null, null, null, null, null],
    [3, "加强政策解读", "重要政策同步解读。", "区发改委牵头，区财政局配合", "持续推进", null],
    [4, "建设政策问答平台", "建设政策问答库并不断更新。", overrides.unit8 ?? "区财政局", "9月底前", "已完成"],
    [5, "公开财政信息", "按季度公开预算执行情况。", "区财政局", "每季度", null],
    [6, "规范依申请公开", "规范答复文书。", "区司法局", "9月底前", "推进中"],
    [7, "其他", "视情况开展。", "区数据局", "视情况而定", "  "],
    ...(overrides.extraRows ?? []),
  ];
  const numberFormats = values.map((r, i) => r.map((_, j) => (i === 4 && j === 4 ? D : null)));
  return { name: TABLE, values, numberFormats, merges: ["A1:F1", "A3:F3", "B4:B5", "A6:F6"] };
}

function fixture(table: FixtureSheet, others: { before?: FixtureSheet[]; after?: FixtureSheet[] } = {}): SheetFixture {
  return { table: TABLE, sheets: [...(others.before ?? []), table, ...(others.after ?? [])], workbookName: "2022年任务分解表.xlsx" };
}

function settings(parts: Partial<ScenarioSettings["parts"]>, more: Partial<ScenarioSettings> = {}): ScenarioSettings {
  return { parts: { columns: false, highlights: false, sheets: false, ...parts }, asOf: AS_OF, builtAt: BUILT_AT, sheet: TABLE, ...more };
}

// ───────────────────────────── shared checks ─────────────────────────────

/** Every original cell of the table sheet (A1:F…) holds what it held before; merges and formats kept. */
export function expectOriginalKept(after: SheetSnapshot, before: SheetSnapshot): void {
  const width = before.values[0]?.length ?? 0;
  const cut = (v: CellValue[][]) => v.map((r) => r.slice(0, width));
  expect(cut(after.values).slice(0, before.values.length)).toEqual(cut(before.values));
  expect(after.merges).toEqual(before.merges);
  for (const [addr, f] of Object.entries(before.numberFormats)) expect(after.numberFormats[addr]).toBe(f);
  for (const r of before.rules) expect(after.rules).toContainEqual(r);
}

/** The column (1-based) whose header row cell is `header`; asserts there is exactly one. */
export function columnOf(s: SheetSnapshot, header: string, headerRow = 2): number {
  const hits = findText(s, header).filter((h) => h.row === headerRow);
  expect(hits).toHaveLength(1);
  return hits[0].col;
}

function generatedSheets(wb: WorkbookSnapshot): SheetSnapshot[] {
  return wb.sheets.filter((s) => isGeneratedSheet(s.values.slice(0, 3)));
}

/** The 通报 sheets (found by their record, as a re-run finds them). */
function noticeSheets(wb: WorkbookSnapshot): SheetSnapshot[] {
  return wb.sheets.filter((s) => readNoticeRecord(s.values.slice(0, 3)) !== null);
}

/** The generated sheets but the 通报. */
function summarySheets(wb: WorkbookSnapshot): SheetSnapshot[] {
  return generatedSheets(wb).filter((s) => !noticeSheets(wb).includes(s));
}

function expectColumns(table: SheetSnapshot): { dueCol: number; kindCol: number } {
  const dueCol = columnOf(table, "规范时限");
  const stateCol = columnOf(table, OUT.stateHeader);
  const kindCol = columnOf(table, "时限类型");
  expect(dueCol).toBe(7);
  // The state in words stands beside 规范时限 (the cue that is not a colour).
  expect(stateCol).toBe(8);
  expect(kindCol).toBe(9);
  for (const t of TASK_ROWS) {
    expect(valueAt(table, t.row, dueCol)).toBe(t.due ? isoToSerial(t.due) : null);
    if (t.due) expect(table.numberFormats[`G${t.row}`]).toBe("yyyy-mm-dd");
    expect(valueAt(table, t.row, kindCol)).toBe(t.kind);
    expect(valueAt(table, t.row, stateCol)).toBe(t.word);
  }
  for (const section of [3, 6]) {
    expect(valueAt(table, section, dueCol)).toBeNull();
    expect(valueAt(table, section, stateCol)).toBeNull();
    expect(valueAt(table, section, kindCol)).toBeNull();
  }
  return { dueCol, kindCol };
}

/** Which task rows each own rule colours (checked in column C), against the states as of `asOf`. */
function expectColouring(table: SheetSnapshot, today: string, expected: Record<string, string[]>): void {
  const own = table.rules.filter((r) => isOwnRule(r.formula));
  expect(own).toHaveLength(3);
  const red = own.find((r) => r.fill === OVERDUE_FILL)!;
  const amber = own.find((r) => r.fill === DUE_SOON_FILL)!;
  expect(red.fontColor).toBe(OVERDUE_FONT);
  expect(amber.fontColor).toBe(DUE_SOON_FONT);
  const coloured = (rule: RuleSnapshot) => TASK_ROWS.filter((t) => ruleApplies(table, rule, t.row, 3, today)).map((t) => t.state);
  expect({ overdue: coloured(red), dueSoon: coloured(amber) }).toEqual(expected);
  // Section rows and the header are never coloured.
  for (const row of [2, 3, 6]) {
    expect(ruleApplies(table, red, row, 1, today)).toBe(false);
    expect(ruleApplies(table, amber, row, 1, today)).toBe(false);
  }
}

function overview(wb: WorkbookSnapshot): SheetSnapshot {
  const list = generatedSheets(wb).filter((s) => s.name.includes("汇总"));
  expect(list).toHaveLength(1);
  return list[0];
}

/** The overview's line for a unit as { header → value }. */
function overviewLine(ov: SheetSnapshot, unit: string): Record<string, CellValue> {
  const head = findText(ov, "责任单位").find((h) => h.col === 1)!;
  const headers = ov.values[head.row - 1];
  const hit = findText(ov, unit).find((h) => h.col === 1 && h.row > head.row);
  expect(hit).toBeDefined();
  const line = ov.values[hit!.row - 1];
  return Object.fromEntries(headers.map((h, j) => [String(h), line[j]]));
}

// ───────────────────────────── the scenarios ─────────────────────────────

export const scenarios: Scenario[] = [
  {
    name: "规范时限: two columns right of the table, real dates and types; nothing else changes",
    build: () => fixture(baseTable()),
    settings: settings({ columns: true }),
    expect: (wb, before) => {
      const table = sheetNamed(wb, TABLE);
      expectOriginalKept(table, sheetNamed(before, TABLE));
      expectColumns(table);
      expect(table.rules).toEqual([]);
      expect(wb.sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
    },
  },
  {
    name: "标记逾期 with TODAY(): brings the columns, colours overdue red and due-soon amber as of the day the file is opened",
    build: () => fixture(baseTable()),
    settings: settings({ highlights: true }),
    expect: (wb, before) => {
      const table = sheetNamed(wb, TABLE);
      expectOriginalKept(table, sheetNamed(before, TABLE));
      expectColumns(table);
      for (const r of table.rules) expect(r.formula).toContain("TODAY()");
      expectColouring(table, AS_OF, { overdue: ["overdue"], dueSoon: ["due-soon", "due-soon"] });
      // Days pass: on 2022-11-10 the two due-soon rows are overdue too, with no re-run.
      expectColouring(table, "2022-11-10", { overdue: ["due-soon", "due-soon", "overdue"], dueSoon: [] });
    },
  },
  {
    name: "标记逾期 with a fixed as-of date: the colours do not move with the calendar",
    build: () => fixture(baseTable()),
    settings: settings({ highlights: true }, { fixedAsOf: true }),
    expect: (wb) => {
      const table = sheetNamed(wb, TABLE);
      for (const r of table.rules.filter((x) => isOwnRule(x.formula))) {
        expect(r.formula).toContain("DATE(2022,10,20)");
        expect(r.formula).not.toContain("TODAY()");
      }
      expectColouring(table, "2023-06-01", { overdue: ["overdue"], dueSoon: ["due-soon", "due-soon"] });
    },
  },
  {
    name: "re-run: the user's own rule survives, our rules and columns are replaced, not added again",
    build: () => {
      const t = baseTable();
      t.rules = [{ range: "F4:F11", formula: 'F4="推进中"', fill: "#C6EFCE", fontColor: "#006100" }];
      return fixture(t);
    },
    settings: settings({ highlights: true }),
    runs: 2,
    expect: (wb, before) => {
      const table = sheetNamed(wb, TABLE);
      expectOriginalKept(table, sheetNamed(before, TABLE));
      expectColumns(table);
      expect(table.rules).toHaveLength(4);
      expect(table.rules[0]).toEqual({ range: "F4:F11", formula: 'F4="推进中"', fill: "#C6EFCE", fontColor: "#006100" });
      expect(table.rules.filter((r) => isOwnRule(r.formula))).toHaveLength(3);
      expect(table.values[1].filter((v) => v === "规范时限")).toHaveLength(1);
    },
  },
  {
    name: "生成汇总: overview with counts, totals and its sources; a sheet per unit linked back to the rows",
    build: () => fixture(baseTable()),
    settings: settings(SUMMARY),
    expect: (wb, before) => {
      expectOriginalKept(sheetNamed(wb, TABLE), sheetNamed(before, TABLE));
      const ov = overview(wb);
      expect(ov.name).toBe("汇总");
      expect(wb.sheets[0].name).toBe(TABLE);
      expect(valueAt(ov, 2, 1)).toBe(GENERATED_SHEET_MARK);
      // The mark records the source table; the overview records its as-of date (a real date), live, fingerprint.
      expect(valueAt(ov, 2, 2)).toBe(TABLE);
      expect(valueAt(ov, 5, 2)).toBe(isoToSerial(AS_OF));
      expect(valueAt(ov, 5, 3)).toBe(OUT.asOfLive);
      expect(String(valueAt(ov, 8, 2))).toMatch(/^fp1:[0-9a-f]{14}$/);
      // Live table: the notice formula shows itself on any other day than the as-of date.
      expect(ov.formulas.A9).toBe(`IF(B5<>TODAY(),"${OUT.staleNotice(AS_OF)}","")`);
      const flat = ov.values.flat();
      expect(flat).toContain(TABLE); // source sheet
      expect(flat).toContain(2022); // plan year
      expect(flat.some((v) => typeof v === "string" && v.includes(AS_OF))).toBe(true);
      expect(flat.some((v) => typeof v === "string" && v.startsWith("2022-10-20 09:30"))).toBe(true);
      // Counts per unit.
      const fin = overviewLine(ov, "区财政局");
      expect(fin["任务数"]).toBe(3);
      expect(fin["已完成"]).toBe(1);
      expect(fin["配合"]).toBe(1);
      const just = overviewLine(ov, "区司法局");
      expect(just["已逾期"]).toBe(1);
      expect(just["即将到期"]).toBe(1);
      const dev = overviewLine(ov, "区发改委");
      expect(dev["牵头"]).toBe(1);
      expect(dev["任务数"]).toBe(2);
      expect(overviewLine(ov, "各街道办事处")["类别"]).toMatch(/泛指/);
      // Units needing attention first: the one with an overdue task heads the list.
      const head = findText(ov, "责任单位").find((h) => h.col === 1)!;
      expect(valueAt(ov, head.row + 1, 1)).toBe("区司法局");
      // The 合计 row counts distinct tasks (7 task rows; one overdue, two due soon), the 单位任务数 row the column sums.
      const totals = findText(ov, OUT.totals).find((h) => h.col === 1)!;
      const units = ov.values.slice(head.row, totals.row - 1);
      const col = (h: string) => ov.values[head.row - 1].indexOf(h);
      expect(valueAt(ov, totals.row, col("任务数") + 1)).toBe(TASK_ROWS.length);
      expect(valueAt(ov, totals.row, col("已逾期") + 1)).toBe(1);
      expect(valueAt(ov, totals.row, col("即将到期") + 1)).toBe(2);
      expect(valueAt(ov, totals.row + 1, 1)).toBe(OUT.assignments);
      expect(valueAt(ov, totals.row + 1, col("任务数") + 1)).toBe(units.reduce((a, r) => a + Number(r[col("任务数")]), 0));
      // One sheet per unit, each linked from the overview and back to the source rows.
      const unitSheets = summarySheets(wb).filter((s) => s !== ov);
      expect(unitSheets.map((s) => s.name).sort()).toEqual(["区发改委", "区司法局", "区数据局", "区财政局", "各街道办事处（泛指）"].sort());
      for (const s of unitSheets) expect(ov.links.map((l) => l.target)).toContain(`'${s.name}'!A1`);
      const sj = sheetNamed(wb, "区司法局");
      expect(sj.links.filter((l) => l.target.startsWith(`'${TABLE}'!`)).map((l) => l.target)).toEqual([`'${TABLE}'!A5`, `'${TABLE}'!A10`]);
      expect(sj.values.flat()).toContain("规范答复文书。");
      expect(sj.values.flat()).toContain("已逾期");
      const street = sheetNamed(wb, "各街道办事处（泛指）");
      expect(String(valueAt(street, 1, 1))).toContain("各街道办事处");
      expect(street.values.flat().some((v) => typeof v === "string" && v.includes("泛指"))).toBe(true);
      expect(wb.notes ?? []).not.toContain("too-many-units");
      // The 通报 right after the overview: its record (as-of date, no earlier report) and the overview's numbers.
      expect(wb.sheets[2].name).toBe("通报");
      const notice = sheetNamed(wb, "通报");
      expect(valueAt(notice, 2, 1)).toBe(GENERATED_SHEET_MARK);
      expect(valueAt(notice, 3, 2)).toBe(isoToSerial(AS_OF));
      expect(valueAt(notice, 3, 3)).toBeNull();
      const counts = String(valueAt(notice, 5, 1));
      expect(counts).toContain(`共${TASK_ROWS.length}项任务`);
      expect(counts).toContain("已逾期1项");
      expect(counts).toContain("15天内到期2项");
      expect(String(valueAt(notice, 6, 1))).toBe("逾期任务较多的单位：区司法局（1项）。");
    },
  },
  {
    name: "re-run of everything: the same sheets, columns and rules as one run, none added twice",
    build: () => fixture(baseTable()),
    settings: settings(ALL),
    runs: 3,
    expect: (wb) => {
      expect(wb.sheets.map((s) => s.name)).toEqual([TABLE, "汇总", ...wb.sheets.slice(2).map((s) => s.name)]);
      expect(wb.sheets).toHaveLength(2 + 5 + 1);
      // One 通报, right after the overview, not one per run.
      expect(noticeSheets(wb).map((s) => s.name)).toEqual(["通报"]);
      expect(wb.sheets[2].name).toBe("通报");
      expect(wb.sheets.some((s) => /\(\d+\)$/.test(s.name))).toBe(false);
      const table = sheetNamed(wb, TABLE);
      expectColumns(table);
      expect(table.rules).toHaveLength(3);
    },
  },
  {
    name: "a user's sheet named 汇总 (and one named like a unit) is never touched; ours take other names",
    build: () =>
      fixture(baseTable(), {
        before: [{ name: "说明", values: [["本表说明"], ["请按时填报"]] }],
        after: [
          { name: "汇总", values: [["我的汇总"], [null, "手工统计", 12]] },
          { name: "区数据局", values: [["我自己的笔记"]] },
          { name: "通报", values: [["我起草的通报"], ["第二段"]] },
        ],
      }),
    settings: settings(ALL),
    runs: 2,
    expect: (wb, before) => {
      for (const name of ["说明", "汇总", "区数据局", "通报"]) expect(sheetNamed(wb, name)).toEqual(sheetNamed(before, name));
      expect(noticeSheets(wb).map((s) => s.name)).toEqual(["通报(2)"]);
      const ov = overview(wb);
      expect(ov.name).not.toBe("汇总");
      expect(ov.name).toContain("汇总");
      const mine = generatedSheets(wb).find((s) => String(valueAt(s, 1, 1)).startsWith("区数据局"))!;
      expect(mine.name).not.toBe("区数据局");
      expect(mine.name.toLowerCase()).toContain("区数据局");
      const names = wb.sheets.map((s) => s.name.toUpperCase());
      expect(new Set(names).size).toBe(names.length);
      expect(generatedSheets(wb)).toHaveLength(1 + 5 + 1);
    },
  },
  {
    name: "a user's notes right of the table (no header) are never overwritten; no status column: dates alone decide",
    build: () => {
      const t = baseTable();
      // Drop the status column (F) and put a note in G5 with no header above it.
      t.values = t.values.map((r, i) => [...r.slice(0, 5), null, i === 4 ? "备忘：待区长审定" : null]);
      t.numberFormats = t.numberFormats!.map((r) => r.slice(0, 5));
      t.merges = ["A1:E1", "A3:E3", "B4:B5", "A6:E6"];
      return fixture(t);
    },
    settings: settings({ highlights: true }),
    runs: 2,
    expect: (wb, before) => {
      const table = sheetNamed(wb, TABLE);
      expectOriginalKept(table, sheetNamed(before, TABLE));
      expect(valueAt(table, 5, 7)).toBe("备忘：待区长审定");
      const dueCol = columnOf(table, "规范时限");
      expect(dueCol).toBeGreaterThan(7);
      expect(columnOf(table, "时限类型")).toBe(dueCol + 2);
      expect(valueAt(table, 4, dueCol)).toBe(isoToSerial("2022-10-31"));
      const own = table.rules.filter((r) => isOwnRule(r.formula));
      expect(own).toHaveLength(3);
      // Without a status column the done row (8, 9月底前) is overdue too: only the date decides.
      const red = own.find((r) => r.fill === OVERDUE_FILL)!;
      expect(TASK_ROWS.filter((t) => ruleApplies(table, red, t.row, 3, AS_OF)).map((t) => t.row)).toEqual([8, 10]);
    },
  },
  {
    name: "texts beginning with = + - @ stay text everywhere; the only formulas are our links",
    build: () =>
      fixture(
        baseTable({
          requirement4: '=HYPERLINK("http://example.invalid","点此")',
          unit8: "@区财政局",
          extraRows: [[8, "+SUM(A1:A3)", "-1+2", "区数据局", "10月底前", null]],
        }),
      ),
    settings: settings(ALL),
    expect: (wb, before) => {
      const table = sheetNamed(wb, TABLE);
      expectOriginalKept(table, sheetNamed(before, TABLE));
      for (const s of wb.sheets) {
        // Our links, and the overview's own "not today" notice (a formula of the plan, never of user text).
        for (const [addr, f] of Object.entries(s.formulas)) expect(f).toMatch(addr === "A9" ? /^IF\(B5<>TODAY\(\),"/ : /^HYPERLINK\("#'/);
      }
      const all = wb.sheets.filter((s) => s.name !== TABLE).flatMap((s) => s.values.flat());
      expect(all).toContain('=HYPERLINK("http://example.invalid","点此")');
      expect(all).toContain("+SUM(A1:A3)");
      expect(all).toContain("-1+2");
      expect(valueAt(table, 12, 9)).toBe("日期");
    },
  },
  {
    name: "long and awkward unit names: valid sheet names, the full name in the first row",
    build: () =>
      fixture(
        baseTable({
          extraRows: [
            [8, "专项", "专项工作。", "区人力资源和社会保障局就业促进和职业能力建设科工作专班综合协调办公室", "10月底前", null],
            [9, "专项", "专项工作。", "区政务服务[数据]管理局*审批?科/窗口\\组", "10月底前", null],
          ],
        }),
      ),
    settings: settings(SUMMARY),
    expect: (wb) => {
      for (const s of wb.sheets) {
        expect(s.name.length).toBeLessThanOrEqual(31);
        expect(s.name).not.toMatch(/[[\]:*?/\\]/);
        expect(s.name.startsWith("'") || s.name.endsWith("'")).toBe(false);
      }
      const long = generatedSheets(wb).find((s) => String(valueAt(s, 1, 1)).includes("区人力资源和社会保障局就业促进和职业能力建设科工作专班综合协调办公室"));
      expect(long).toBeDefined();
      expect("区人力资源和社会保障局就业促进和职业能力建设科工作专班综合协调办公室".length).toBeGreaterThan(31);
      expect(long!.name.length).toBe(31);
      expect(generatedSheets(wb).some((s) => String(valueAt(s, 1, 1)).startsWith("区政务服务"))).toBe(true);
    },
  },
  {
    name: "over 200 units: the overview only, and a note saying why",
    build: () =>
      fixture(
        baseTable({
          extraRows: Array.from({ length: 201 }, (_, i) => [8 + i, "专项", `专项工作${i + 1}。`, `区第${String(i + 1).padStart(3, "0")}办公室`, "年底前", null]),
        }),
      ),
    settings: settings(SUMMARY),
    expect: (wb) => {
      const gen = summarySheets(wb);
      expect(gen).toHaveLength(1);
      expect(noticeSheets(wb)).toHaveLength(1);
      const ov = overview(wb);
      expect(findText(ov, "区第201办公室")).toHaveLength(1);
      expect(ov.links).toEqual([]);
      expect(wb.notes).toContain("too-many-units");
    },
  },
];
