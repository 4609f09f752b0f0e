import type { CheckResult, Deadline, TaskRow, UnitRef, UnitSummary, SheetCells } from "../../../src/core/types";
import {
  buildPlan,
  GENERATED_SHEET_MARK,
  isGeneratedSheet,
  isOwnRule,
  RULE_MARKER,
  withoutOutputColumns,
  MAX_UNIT_SHEETS,
  OVERDUE_FILL,
  LONG_OVERDUE_FILL,
  LONG_OVERDUE_FONT,
  OVERDUE_FONT,
  DUE_SOON_FILL,
  DUE_SOON_FONT,
  type ExistingWorkbook,
} from "../../../src/core/plan";
import { strings } from "../../../src/strings";

const dl = (kind: Deadline["kind"], due: string | null = null, text = "x"): Deadline => ({ text, kind, due, milestones: due ? [due] : [], ongoing: false });
const unit = (name: string, role: UnitRef["role"] = "responsible", generic = false): UnitRef => ({ name, role, generic });

function row(r: number, units: UnitRef[], deadline: Deadline, state: TaskRow["state"], extra: Partial<TaskRow> = {}): TaskRow {
  return { row: r, no: String(r - 2), section: null, task: `任务${r}`, requirement: `要求${r}`, unitText: units.map((u) => u.name).join("、"), units, deadline, status: null, state, ...extra };
}

function summary(unitName: string, generic: boolean, counts: Partial<UnitSummary>): UnitSummary {
  return { unit: unitName, generic, lead: 0, responsible: 0, cooperate: 0, total: 0, done: 0, overdue: 0, dueSoon: 0, ongoing: 0, unknown: 0, longOverdue: 0, stageOverdue: 0, ...counts };
}

/** A checked table: header in row 2 (A..F, status in F), rows 3..6. */
function result(rows: TaskRow[], sums: UnitSummary[]): CheckResult {
  return {
    sheet: "分解表",
    year: 2022,
    yearSource: "title",
    asOf: "2022-10-20",
    dueSoonDays: 15,
    layout: {
      sheet: "分解表",
      headerRow: 2,
      columns: [
        { role: "no", col: 1, header: "序号" },
        { role: "task", col: 2, header: "工作任务" },
        { role: "requirement", col: 3, header: "工作要求" },
        { role: "unit", col: 4, header: "责任单位", unitRole: "responsible" },
        { role: "deadline", col: 5, header: "时限" },
        { role: "status", col: 6, header: "完成情况" },
      ],
      firstDataRow: 3,
      lastDataRow: 6,
      lastCol: 6,
      title: "2022年分解表",
    },
    rows,
    findings: [],
    summary: sums,
  };
}

const ROWS = [
  row(3, [unit("市发改委", "lead"), unit("市财政局", "cooperate")], dl("date", "2022-10-31", "10月底前"), "due-soon"),
  row(4, [unit("市财政局")], dl("ongoing", null, "持续推进"), "ongoing"),
  row(5, [unit("各区人民政府", "responsible", true)], dl("recurring", null, "每季度"), "recurring"),
  row(6, [unit("市发改委"), { name: "市发展改革委", role: "responsible", generic: false, canonical: "市发改委" }], dl("unknown", null, "视情况"), "unknown"),
];
const SUMS = [
  summary("市财政局", false, { cooperate: 1, responsible: 1, total: 2, ongoing: 1 }),
  summary("市发改委", false, { lead: 1, responsible: 1, total: 2, dueSoon: 1, unknown: 1 }),
  summary("各区人民政府", true, { responsible: 1, total: 1 }),
];
const HEADER = ["序号", "工作任务", "工作要求", "责任单位", "时限", "完成情况"].map((text, i) => ({ col: i + 1, text }));
const FRESH: ExistingWorkbook = { sheets: [{ name: "分解表", generated: false }], headerRow: HEADER };
const ALL = { columns: true, highlights: true, sheets: true };

describe("the generated-sheet mark and the own-rule marker", () => {
  test("a sheet is ours only when the exact mark stands in its first rows", () => {
    expect(isGeneratedSheet([["汇总"], [GENERATED_SHEET_MARK]])).toBe(true);
    expect(isGeneratedSheet([[null], [null, ` ${GENERATED_SHEET_MARK} `]])).toBe(true);
    expect(isGeneratedSheet([["汇总"], ["此表由分解表助手生成"]])).toBe(false);
    expect(isGeneratedSheet([["汇总"], [`备注：${GENERATED_SHEET_MARK}`]])).toBe(false);
    expect(isGeneratedSheet([[], [], [], [GENERATED_SHEET_MARK]])).toBe(false);
    expect(isGeneratedSheet([])).toBe(false);
  });

  test("own rules carry the marker term; the user's do not", () => {
    const plan = buildPlan(result(ROWS, SUMS), FRESH, { parts: ALL, builtAt: "2022-10-20T09:00:00" });
    for (const h of plan.highlights) expect(isOwnRule(h.formula)).toBe(true);
    expect(isOwnRule(`=AND($G3<TODAY(),${RULE_MARKER})`)).toBe(true);
    expect(isOwnRule('AND($G3<TODAY(), N("分解表助手") = 0)')).toBe(true);
    expect(isOwnRule('$F3="推进中"')).toBe(false);
    expect(isOwnRule("")).toBe(false);
    expect(isOwnRule(null)).toBe(false);
  });
});

describe("buildPlan", () => {
  test("columns go right of the table; rows get ISO dates or type words; section rows are cleared", () => {
    const plan = buildPlan(result(ROWS, SUMS), FRESH, { parts: { columns: true, highlights: false, sheets: false }, builtAt: "x" });
    expect(plan.columns.map((c) => [c.header, c.col, c.headerRow])).toEqual([
      ["规范时限", 7, 2],
      ["统计状态", 8, 2],
      ["时限类型", 9, 2],
    ]);
    expect(plan.columns[0].cells).toEqual([{ row: 3, cell: { value: "2022-10-31", date: true } }]);
    expect(plan.columns[0].numberFormat).toBe("yyyy-mm-dd");
    expect(plan.columns[2].cells.map((c) => c.cell.value)).toEqual(["日期", "长期推进", "定期", "时限不明"]);
    // The state in words, one per task row, from the one vocabulary.
    expect(plan.columns[1].cells.map((c) => c.row)).toEqual(ROWS.map((r) => r.row));
    expect(plan.columns[1].cells.map((c) => c.cell.value)).toEqual(ROWS.map((r) => strings("zh-CN").words.state[r.state]));
    expect(plan.columns[0].clear).toEqual({ from: 3, to: 6 });
    expect(plan.highlights).toEqual([]);
    expect(plan.sheets).toEqual([]);
    expect(plan.replaceOwnRules).toBeFalsy();
  });

  test("a re-run finds the columns by header (any language) and never adds them twice", () => {
    const existing = { ...FRESH, headerRow: [...HEADER, { col: 9, text: "规范 时限" }, { col: 10, text: "Deadline type" }, { col: 11, text: "Task state" }] };
    const plan = buildPlan(result(ROWS, SUMS), existing, { parts: { columns: true, highlights: false, sheets: false }, builtAt: "x" });
    expect(plan.columns.map((c) => c.col)).toEqual([9, 11, 10]);
    // A workbook of an earlier version (no state column yet): the state column goes to the next free column.
    const older = { ...FRESH, headerRow: [...HEADER, { col: 9, text: "规范时限" }, { col: 10, text: "时限类型" }] };
    expect(buildPlan(result(ROWS, SUMS), older, { parts: { columns: true, highlights: false, sheets: false }, builtAt: "x" }).columns.map((c) => c.col)).toEqual([9, 11, 10]);
  });

  test("user cells right of the table push the new columns further right", () => {
    const plan = buildPlan(result(ROWS, SUMS), { ...FRESH, headerRow: [...HEADER, { col: 8, text: "备注二" }], lastUsedCol: 9 }, { parts: { columns: true, highlights: false, sheets: false }, builtAt: "x" });
    expect(plan.columns.map((c) => c.col)).toEqual([10, 11, 12]);
  });

  test("highlights bring the columns and cover the task rows; TODAY() or the fixed date", () => {
    const today = buildPlan(result(ROWS, SUMS), FRESH, { parts: { columns: false, highlights: true, sheets: false }, builtAt: "x" });
    expect(today.columns).toHaveLength(3);
    expect(today.replaceOwnRules).toBe(true);
    // 深红 / 挂牌 first (it wins where both match), then 红, then yellow (due soon, or 阶段逾期 by the state column).
    expect(today.highlights.map((h) => [h.kind, h.range, h.fill, h.fontColor])).toEqual([
      ["long-overdue", "A3:I6", LONG_OVERDUE_FILL, LONG_OVERDUE_FONT],
      ["overdue", "A3:I6", OVERDUE_FILL, OVERDUE_FONT],
      ["due-soon", "A3:I6", DUE_SOON_FILL, DUE_SOON_FONT],
    ]);
    expect(today.highlights[0].formula).toMatch(/^AND\(ISNUMBER\(\$G3\),\$G3<TODAY\(\)-30,.*\$F3.*N\("分解表助手"\)=0\)$/);
    expect(today.highlights[1].formula).toMatch(/^AND\(ISNUMBER\(\$G3\),\$G3<TODAY\(\),.*\$F3.*N\("分解表助手"\)=0\)$/);
    expect(today.highlights[2].formula).toContain("$G3<=TODAY()+15");
    expect(today.highlights[2].formula).toContain('$H3="阶段逾期"');
    const fixed = buildPlan(result(ROWS, SUMS), FRESH, { parts: { columns: false, highlights: true, sheets: false }, fixedAsOf: true, builtAt: "x" });
    expect(fixed.highlights[1].formula).toContain("$G3<DATE(2022,10,20)");
    expect(fixed.highlights[0].formula).toContain("$G3<DATE(2022,10,20)-30");
    expect(fixed.highlights[1].formula).not.toContain("TODAY");
  });

  test("without a status column the rules judge by date alone", () => {
    const r = result(ROWS, SUMS);
    r.layout!.columns = r.layout!.columns.filter((c) => c.role !== "status");
    const plan = buildPlan(r, FRESH, { parts: { columns: false, highlights: true, sheets: false }, builtAt: "x" });
    expect(plan.highlights[0].formula).not.toContain("$F");
  });

  test("no table found: nothing is written, earlier summaries are kept", () => {
    const r = { ...result([], []), layout: null };
    const existing: ExistingWorkbook = { headerRow: [], sheets: [{ name: "分解表", generated: false }, { name: "汇总", generated: true }] };
    const plan = buildPlan(r, existing, { parts: ALL, builtAt: "x" });
    expect(plan).toEqual({ sheet: "分解表", columns: [], highlights: [], sheets: [], replaceSheets: [], notes: [] });
  });

  test("sheets: overview first, units needing attention first, generic groups marked, rows linked back", () => {
    const plan = buildPlan(result(ROWS, SUMS), FRESH, { parts: ALL, builtAt: "2022-10-20T09:30:00" });
    expect(plan.sheets.map((s) => s.name)).toEqual(["汇总", "市发改委", "市财政局", "各区人民政府（泛指）"]);
    const [ov, dev, , gen] = plan.sheets;
    expect(ov.rows[1][0].value).toBe(GENERATED_SHEET_MARK);
    expect(gen.generic).toBe(true);
    expect(gen.tabColor).toBeDefined();
    expect(dev.rows[1][0].value).toBe(GENERATED_SHEET_MARK);
    // 市发改委: rows 3 (lead) and 6 (named twice, once by an alias), linked back to the source rows.
    const body = dev.rows.slice(4);
    expect(body.map((r) => r[0].link)).toEqual(["'分解表'!A3", "'分解表'!A6"]);
    expect(body.map((r) => r[4].value)).toEqual(["牵头", "责任"]);
    expect(body[0][6]).toEqual({ value: "2022-10-31", date: true });
    // 合计 counts distinct tasks; the last row, labelled 单位任务数, the per-unit sums.
    const totals = ov.rows[ov.rows.length - 2];
    expect(totals[0].value).toBe(strings("zh-CN").outputs.totals);
    expect(totals[5].value).toBe(ROWS.length);
    const assigned = ov.rows[ov.rows.length - 1];
    expect(assigned[0].value).toBe(strings("zh-CN").outputs.assignments);
    expect(assigned[5].value).toBe(SUMS.reduce((n, u) => n + u.total, 0));
    expect(ov.rows.flat().find((c) => c.link === "'市发改委'!A1")).toBeDefined();
  });

  test("earlier generated sheets are replaced; a user's sheet with a colliding name is kept and avoided", () => {
    const existing: ExistingWorkbook = {
      headerRow: HEADER,
      sheets: [
        { name: "分解表", generated: false },
        { name: "汇总", generated: false },
        { name: "汇总(2)", generated: true },
        { name: "市发改委", generated: true },
        { name: "市财政局", generated: false },
      ],
    };
    const plan = buildPlan(result(ROWS, SUMS), existing, { parts: ALL, builtAt: "x" });
    expect(plan.replaceSheets).toEqual(["汇总(2)", "市发改委"]);
    expect(plan.sheets.map((s) => s.name)).toEqual(["汇总(2)", "市发改委", "市财政局(2)", "各区人民政府（泛指）"]);
  });

  test("sheets not asked for: nothing replaced", () => {
    const existing: ExistingWorkbook = { headerRow: HEADER, sheets: [{ name: "分解表", generated: false }, { name: "汇总", generated: true }] };
    const plan = buildPlan(result(ROWS, SUMS), existing, { parts: { columns: true, highlights: true, sheets: false }, builtAt: "x" });
    expect(plan.replaceSheets).toEqual([]);
    expect(plan.sheets).toEqual([]);
  });

  test(`over ${MAX_UNIT_SHEETS} units: the overview only, and a too-many-units note`, () => {
    const many = Array.from({ length: MAX_UNIT_SHEETS + 1 }, (_, i) => summary(`单位${i}`, false, { responsible: 1, total: 1 }));
    const plan = buildPlan(result(ROWS, many), FRESH, { parts: ALL, builtAt: "x" });
    expect(plan.sheets.map((s) => s.kind)).toEqual(["overview"]);
    expect(plan.notes.map((n) => [n.code, n.severity])).toEqual([["too-many-units", "warning"]]);
    expect(plan.notes[0].message).toContain(String(MAX_UNIT_SHEETS + 1));
    const exactly = buildPlan(result(ROWS, many.slice(1)), FRESH, { parts: ALL, builtAt: "x" });
    expect(exactly.sheets).toHaveLength(1 + MAX_UNIT_SHEETS);
    expect(exactly.notes).toEqual([]);
  });

  test("en-US labels, but the mark and the marker never change", () => {
    const plan = buildPlan(result(ROWS, SUMS), FRESH, { parts: ALL, builtAt: "x", lang: "en-US" });
    expect(plan.columns.map((c) => c.header)).toEqual(["Normalised due date", "Task state", "Deadline type"]);
    expect(plan.sheets[0].name).toContain("汇总");
    expect(plan.sheets[0].rows[1][0].value).toBe(GENERATED_SHEET_MARK);
    for (const h of plan.highlights) expect(h.formula).toContain(RULE_MARKER);
  });
});

describe("withoutOutputColumns", () => {
  test("blanks an earlier run's added columns so the table is read as the user wrote it", () => {
    const cells: SheetCells = {
      sheet: "分解表",
      firstRow: 1,
      firstCol: 1,
      values: [
        ["序号", "时限", "规范时限", "时限类型"],
        [1, "10月底前", 44865, "日期"],
      ],
      numberFormats: [
        [null, null, null, null],
        [null, null, "yyyy-mm-dd", null],
      ],
    };
    const out = withoutOutputColumns(cells);
    expect(out.values).toEqual([
      ["序号", "时限", null, null],
      [1, "10月底前", null, null],
    ]);
    expect(out.numberFormats![1][2]).toBeNull();
    expect(cells.values[1][2]).toBe(44865);
    const plain: SheetCells = { sheet: "s", firstRow: 1, firstCol: 1, values: [["时限"]] };
    expect(withoutOutputColumns(plain)).toBe(plain);
  });
});
