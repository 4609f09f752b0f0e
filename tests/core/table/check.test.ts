import * as fc from "fast-check";
import { checkSheet, planYear, readAliasSheet } from "../../../src/core/check";
import type { CellValue, CheckResult, Finding, RowState } from "../../../src/core/types";
import { seed004Rows, seed004Text } from "../../fixtures/seed004";
import { seed004SheetCells, tableCells } from "./cells";
import * as fs from "node:fs";
import * as path from "node:path";
import { GOLD_DIR } from "../../fixtures/paths";

const GOLD = GOLD_DIR;
function gold<T>(name: string): T[] {
  return fs
    .readFileSync(path.join(GOLD, name), "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

const AS_OF = "2022-10-20";
const seed = seed004Rows(seed004Text());

/** What a careful reader expects of each seed row as of 2022-10-20 in plan year 2022 (DOMAIN.md section 4). */
const EXPECTED_STATE: Record<string, RowState> = {
  "9月底前": "overdue",
  "10月底前": "due-soon",
  "年底前": "open",
  "持续推进": "ongoing",
};

function expectedSeedRows(rows: number[]) {
  const out: { row: number; task: string; no: string; requirement: string; deadline: string }[] = [];
  let heading = "";
  seed.rows.forEach((r, i) => {
    if (r.heading) heading = r.heading;
    if (r.no === null) return;
    out.push({ row: rows[i], task: heading, no: r.no, requirement: r.requirement.trim(), deadline: r.deadline.trim() });
  });
  return out;
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => f.code);
}

describe("checkSheet on seed 004 (faithful reconstruction, merged cells)", () => {
  const { cells, rows } = seed004SheetCells();
  const result = checkSheet(cells, { asOf: AS_OF });
  const expected = expectedSeedRows(rows);

  it("finds the header, the title and the plan year from the title", () => {
    expect(result.layout?.headerRow).toBe(2);
    expect(result.layout?.title).toBe("2022年全市政务公开工作主要任务分解表");
    expect(result.year).toBe(2022);
    expect(result.yearSource).toBe("title");
    const roles = Object.fromEntries(result.layout!.columns.map((c) => [c.role, c.col]));
    expect(roles).toEqual({ task: 1, no: 2, requirement: 3, unit: 4, deadline: 5 });
  });

  it("reads every task row, with its sheet row, 序号 and the section heading carried down as its task", () => {
    expect(result.rows.map((r) => r.row)).toEqual(expected.map((e) => e.row));
    expect(result.rows.map((r) => r.no)).toEqual(expected.map((e) => e.no));
    expect(result.rows.map((r) => r.task)).toEqual(expected.map((e) => e.task));
    expect(result.rows.map((r) => r.requirement)).toEqual(expected.map((e) => e.requirement));
    expect(result.rows.map((r) => r.deadline.text)).toEqual(expected.map((e) => e.deadline));
    expect(result.rows.every((r) => r.units.length > 0)).toBe(true);
  });

  it("skips the heading-only row (七、…) but carries its heading to rows 22 and 23", () => {
    const heading = seed.rows.find((r) => r.no === null)!.heading!;
    expect(result.rows.filter((r) => r.no === "22" || r.no === "23").map((r) => r.task)).toEqual([heading, heading]);
  });

  it("gives each row its state as of 2022-10-20", () => {
    expect(result.rows.map((r) => r.state)).toEqual(expected.map((e) => EXPECTED_STATE[e.deadline]));
    expect(result.rows.filter((r) => r.state === "overdue").map((r) => r.no)).toEqual(["16"]);
    expect(result.rows.filter((r) => r.state === "due-soon").map((r) => r.no)).toEqual(["3", "4", "6", "7"]);
  });

  it("hands the unit and deadline cells over intact: the gold values of seed 004 come out", () => {
    const squash = (t: string) => t.replace(/\s+/g, "");
    const units = gold<{ text: string; header: string; units: { name: string; role: string; generic: boolean }[] }>("seed-units.jsonl");
    const deadlines = gold<{ text: string; year: number; kind: string; due: string | null; milestones: string[]; ongoing: boolean }>("seed-deadlines.jsonl");
    const matched = new Set<string>();
    let deadlineChecks = 0;
    for (const row of result.rows) {
      const g = units.find((u) => u.header === "责任单位" && squash(u.text) === squash(row.unitText));
      if (g) {
        expect([row.row, row.units.map(({ name, role, generic }) => ({ name, role, generic }))]).toEqual([row.row, g.units]);
        matched.add(g.text);
      }
      const d = deadlines.find((x) => x.text === row.deadline.text && x.year === 2022);
      expect(d).toBeDefined();
      const { text, kind, due, milestones, ongoing } = d!;
      expect(row.deadline).toEqual({ text, kind, due, milestones, ongoing });
      deadlineChecks++;
    }
    // The eight seed-004 cells the gold file lists (the others come from the prose seeds).
    expect(matched.size).toBe(8);
    expect(deadlineChecks).toBe(25);
  });

  it("has no findings: the seed is a clean table", () => {
    expect(result.findings).toEqual([]);
  });

  it("summarises per unit, units needing attention first, each unit counted once per task", () => {
    const s = result.summary;
    for (let i = 1; i < s.length; i++) {
      const a = s[i - 1];
      const b = s[i];
      const key = (x: typeof a) => [x.overdue, x.dueSoon, x.unknown, x.total];
      expect(key(a) >= key(b) || JSON.stringify(key(a)) === JSON.stringify(key(b))).toBe(true);
    }
    const all = s.find((x) => x.unit === "各区人民政府")!;
    const namingIt = result.rows.filter((r) => r.units.some((u) => u.name === "各区人民政府")).length;
    expect(all.total).toBe(namingIt);
    expect(all.generic).toBe(true);
    expect(all.responsible).toBe(namingIt);
    for (const x of s) {
      expect(x.lead + x.responsible + x.cooperate).toBe(x.total);
      expect(x.done + x.overdue + x.dueSoon + x.ongoing + x.unknown).toBeLessThanOrEqual(x.total);
    }
    // Every unit of every row is counted under the name its `canonical` carries.
    const names = new Set(s.map((x) => x.unit));
    for (const r of result.rows) for (const u of r.units) expect(names.has(u.canonical!)).toBe(true);
  });
});

describe("checkSheet: the same table read without merge information", () => {
  it("carries the task cell down while the row has other content, giving the same rows", () => {
    const merged = checkSheet(seed004SheetCells().cells, { asOf: AS_OF });
    const plain = checkSheet(seed004SheetCells({ merges: false }).cells, { asOf: AS_OF });
    const view = (r: CheckResult) => r.rows.map((x) => [x.row, x.no, x.task, x.requirement, x.state]);
    expect(view(plain)).toEqual(view(merged));
    expect(plain.findings).toEqual([]);
  });
});

describe("header detection", () => {
  const body: CellValue[][] = [
    [1, "任务一", "要求一", "市发改委", "10月底前"],
    [2, "任务二", "要求二", "市教育局", "持续推进"],
  ];

  it("finds a header lower down, below a title, notes and blank rows", () => {
    const cells = tableCells([["附件1"], [], ["2023年政务公开工作任务分解表"], ["（2023年3月）"], [], ["序号", "重点任务", "具体措施", "责任单位", "完成时间"], ...body]);
    const r = checkSheet(cells, { asOf: "2023-05-01" });
    expect(r.layout?.headerRow).toBe(6);
    expect(r.layout?.title).toBe("2023年政务公开工作任务分解表");
    expect(r.year).toBe(2023);
    expect(r.rows.map((x) => [x.row, x.task])).toEqual([
      [7, "任务一"],
      [8, "任务二"],
    ]);
  });

  it.each([
    [["序号", "工作任务", "工作要求", "责任单位", "时限"]],
    [["序 号", "重 点 任 务", "具体措施", "牵头单位", "完成时限（月底前）"]],
    [["编号", "任务名称", "任务要求", "责任部门", "时间节点"]],
    [["序号", "主要任务", "工作措施", "承办单位", "截止时间"]],
    [["序号", "工作事项", "任务内容", "责任科室", "办结时限"]],
    [["序号", "工作内容", "具体要求", "责任单位", "时限要求"]],
    [["序号", "工作任务", "工作内容", "责任单位", "完成时间"]],
  ])("maps header words %j (spaces and extra words allowed)", (header) => {
    const r = checkSheet(tableCells([header, ...body]), { asOf: "2022-10-20" });
    expect(r.findings).toEqual([]);
    expect(r.rows.map((x) => [x.no, x.task, x.requirement, x.deadline.text])).toEqual([
      ["1", "任务一", "要求一", "10月底前"],
      ["2", "任务二", "要求二", "持续推进"],
    ]);
  });

  it("takes 工作内容 as the requirement when there is no separate 要求 column", () => {
    const r = checkSheet(tableCells([["工作内容", "责任单位", "时限"], ["公开预决算", "市财政局", "年底前"]]), { asOf: AS_OF, year: 2022 });
    expect(r.rows[0].requirement).toBe("公开预决算");
    expect(codes(r.findings)).toEqual(["missing-column"]);
    expect(r.findings[0].message).toContain("工作任务");
  });

  it("keeps each unit column's role (牵头单位 / 配合单位) and a status column", () => {
    const r = checkSheet(
      tableCells([
        ["序号", "重点任务", "具体措施", "牵头单位", "配合单位", "完成时间", "进展情况"],
        [1, "任务一", "要求一", "市发改委", "市财政局、市统计局", "9月底前", "已完成"],
        [2, "任务二", "要求二", "市教育局", "", "9月底前", "推进中"],
      ]),
      { asOf: AS_OF, year: 2022 },
    );
    expect(r.rows[0].units.map((u) => [u.name, u.role])).toEqual([
      ["市发改委", "lead"],
      ["市财政局", "cooperate"],
      ["市统计局", "cooperate"],
    ]);
    expect(r.rows.map((x) => [x.status, x.state])).toEqual([
      ["已完成", "done"],
      ["推进中", "overdue"],
    ]);
    const fin = r.summary.find((s) => s.unit === "市财政局")!;
    expect([fin.lead, fin.cooperate, fin.total, fin.done]).toEqual([0, 1, 1, 1]);
  });

  it("reads a header spanning two rows: merged 工作任务 / 责任单位 with sub-headers", () => {
    const cells = tableCells(
      [
        ["2022年任务分解表"],
        ["工作任务", null, "工作要求", "责任单位", null, "时限"],
        ["任务名称", "序号", null, "牵头单位", "配合单位", null],
        ["一、任务甲", 1, "要求一", "市发改委", "各区人民政府", "10月底前"],
        [null, 2, "要求二", "市教育局", null, "年底前"],
      ],
      {
        merges: [
          { top: 2, left: 1, bottom: 2, right: 2 },
          { top: 2, left: 3, bottom: 3, right: 3 },
          { top: 2, left: 4, bottom: 2, right: 5 },
          { top: 2, left: 6, bottom: 3, right: 6 },
          { top: 4, left: 1, bottom: 5, right: 1 },
        ],
      },
    );
    // Read with merge information, and without it (blank header cells, as a host without merges gives them).
    for (const c of [cells, { ...cells, merges: undefined }]) {
      const r = checkSheet(c, { asOf: AS_OF });
      expect(r.layout?.headerRow).toBe(3);
      expect(r.findings).toEqual([]);
      expect(r.rows.map((x) => [x.row, x.no, x.task, x.requirement, x.units.map((u) => `${u.name}:${u.role}`)])).toEqual([
        [4, "1", "一、任务甲", "要求一", ["市发改委:lead", "各区人民政府:cooperate"]],
        [5, "2", "一、任务甲", "要求二", ["市教育局:lead"]],
      ]);
    }
  });

  it("reads two task-like columns: sections and tasks when a requirement column exists, else task and requirement", () => {
    const withReq = checkSheet(
      tableCells([
        ["工作任务", null, "工作要求", "责任单位", "时限"],
        ["一级任务", "具体任务", null, null, null],
        ["一、决策公开", "目录公开", "要求一", "市发改委", "10月底前"],
        [null, "解读回应", "要求二", "市司法局", "年底前"],
        ["二、平台建设", "网站集约", "要求三", "市信息中心", "年底前"],
      ]),
      { asOf: AS_OF, year: 2022 },
    );
    expect(withReq.findings).toEqual([]);
    expect(withReq.rows.map((x) => [x.row, x.section, x.task, x.requirement])).toEqual([
      [3, "一、决策公开", "目录公开", "要求一"],
      [4, "一、决策公开", "解读回应", "要求二"],
      [5, "二、平台建设", "网站集约", "要求三"],
    ]);
    const noReq = checkSheet(
      tableCells([
        ["重点任务", "具体任务", "责任单位", "时限"],
        ["决策公开", "公开决策事项目录", "市发改委", "10月底前"],
      ]),
      { asOf: AS_OF, year: 2022 },
    );
    expect(noReq.findings).toEqual([]);
    expect([noReq.rows[0].task, noReq.rows[0].requirement]).toEqual(["决策公开", "公开决策事项目录"]);
  });

  it("treats a heading merged across the row, or alone in the task column, as a section, not a task", () => {
    const cells = tableCells(
      [
        ["序号", "工作任务", "工作要求", "责任单位", "时限"],
        ["一、持续推进行政决策公开"],
        [1, "任务一", "要求一", "市发改委", "10月底前"],
        [null, "二、深化规章公开", null, null, null],
        [2, "任务二", "要求二", "市司法局", "年底前"],
        [3, null, "要求三", "市司法局", "年底前"],
      ],
      { merges: [{ top: 2, left: 1, bottom: 2, right: 5 }] },
    );
    const r = checkSheet(cells, { asOf: AS_OF, year: 2022 });
    expect(r.findings).toEqual([]);
    expect(r.rows.map((x) => [x.row, x.section, x.task])).toEqual([
      [3, "一、持续推进行政决策公开", "任务一"],
      [5, "二、深化规章公开", "任务二"],
      [6, "二、深化规章公开", "任务二"],
    ]);
  });

  it("keeps line breaks inside cells and reads full-width digits and spaces", () => {
    const r = checkSheet(
      tableCells([
        ["工作任务", "工作要求", "责任单位", "时限"],
        ["　任务一\n（续）", "要求\n第二行", "市司法局等市直\n各有关部门", "１１月底前"],
      ]),
      { asOf: AS_OF, year: 2022 },
    );
    expect(r.rows[0].task).toBe("任务一\n（续）");
    expect(r.rows[0].requirement).toBe("要求\n第二行");
    expect(r.rows[0].units.map((u) => u.name)).toEqual(["市司法局", "市直各有关部门"]);
    expect(r.rows[0].deadline.due).toBe("2022-11-30");
  });

  it("skips notes under the table and a header repeated inside it", () => {
    const r = checkSheet(
      tableCells([
        ["序号", "工作任务", "工作要求", "责任单位", "时限"],
        [1, "任务一", "要求一", "市发改委", "10月底前"],
        ["序号", "工作任务", "工作要求", "责任单位", "时限"],
        [2, "任务二", "要求二", "市教育局", "年底前"],
        ["注：各单位请于每月25日前报送进展情况。"],
        ["填表人：张三"],
      ]),
      { asOf: AS_OF, year: 2022 },
    );
    expect(r.rows.map((x) => x.row)).toEqual([2, 4]);
    // 填表人 is a footer line: not a task, and the user is told (info), the note above it says nothing.
    expect(r.findings.map((f) => [f.code, f.row, f.severity])).toEqual([["footer-rows", 6, "info"]]);
  });

  it("reads a date serial whose format was lost (General) as a date, a plain number otherwise", () => {
    const values: CellValue[][] = [["工作任务", "工作要求", "责任单位", "时限"], ["任务", "要求", "市发改委", 44865], ["任务", "要求", "市发改委", 44865]];
    const r = checkSheet(tableCells(values, { numberFormats: [[], [null, null, null, "General"], [null, null, null, "0.00"]] }), { asOf: AS_OF, year: 2022 });
    expect(r.rows.map((x) => [x.deadline.kind, x.deadline.due])).toEqual([
      ["date", "2022-10-31"],
      ["unknown", null],
    ]);
  });

  it("reports no-header for a sheet without a header, and for an empty sheet", () => {
    for (const values of [[["会议记录"], ["时间：3月1日"]], [] as CellValue[][]]) {
      const r = checkSheet(tableCells(values), { asOf: AS_OF });
      expect(r.layout).toBeNull();
      expect(r.rows).toEqual([]);
      expect(r.findings.map((f) => [f.code, f.severity, f.row])).toEqual([["no-header", "error", null]]);
      expect(r.findings[0].message).toMatch(/表头/);
    }
  });

  it("reports each missing required column", () => {
    const r = checkSheet(tableCells([["序号", "工作任务", "责任单位"], [1, "任务一", "市发改委"]]), { asOf: AS_OF });
    expect(r.findings.map((f) => [f.code, f.row])).toEqual([
      ["missing-column", 1],
      ["missing-column", 1],
    ]);
    expect(r.findings.map((f) => f.message).join()).toMatch(/工作要求[\s\S]*时限/);
  });
});

describe("an earlier run's added columns", () => {
  test("规范时限 / 时限类型 beside the table are not read as a second deadline column", () => {
    const header: CellValue[] = ["序号", "工作任务", "工作要求", "责任单位", "时限"];
    const plain = tableCells([header, [1, "任务甲", "要求甲", "市发改委", "10月底前"], [2, "任务乙", "要求乙", "市财政局", "持续推进"]]);
    const withOutputs = tableCells(
      [
        [...header, "规范时限", "时限类型"],
        [1, "任务甲", "要求甲", "市发改委", "10月底前", 44865, "日期"],
        [2, "任务乙", "要求乙", "市财政局", "持续推进", null, "长期"],
      ],
      { numberFormats: [[], [null, null, null, null, null, "yyyy-mm-dd", null], []] },
    );
    const opts = { asOf: "2022-10-20", year: 2022 };
    const a = checkSheet(plain, opts);
    const b = checkSheet(withOutputs, opts);
    expect(b.findings).toEqual(a.findings);
    expect(b.rows).toEqual(a.rows);
    expect(b.layout!.columns.map((c) => c.role)).toEqual(a.layout!.columns.map((c) => c.role));
    expect(b.layout!.lastCol).toBe(5);
  });
});

describe("findings on a table with problems", () => {
  const cells = tableCells(
    [
      ["2022年重点工作任务分解表"],
      ["序号", "重点任务", "工作措施", "责任单位", "完成时限", "完成情况"],
      [1, "任务甲", "措施一", "市卫健委", "10月底前", "已完成"],
      [2, "任务乙", "措施二", "市卫生健康委员会", "9月底前", null],
      [3, null, "措施三", "市发改委", "#N/A", null],
      [3, "任务丙", "", "市发改委", "尽快", null],
      [5, "任务丁", "措施五", "", "2021年6月底前", "未完成"],
      [6, "任务戊", "措施六", "市司法局、等", 44868, null],
      [null, null, null, null, null, null],
      [7, "任务己", "措施七", "市人社局", null, null],
      [8, "任务庚", "措施八", "市人社局", "2023年3月", " 完成 "],
    ],
    { numberFormats: [[], [], [], [], [], [], [], [null, null, null, null, "yyyy-mm-dd", null]] },
  );
  const r = checkSheet(cells, { asOf: AS_OF });
  const at = (code: string) => r.findings.filter((f) => f.code === code).map((f) => [f.row, f.column]);

  it("names row, column, severity and code for each problem", () => {
    expect(at("cell-error")).toEqual([[5, 5]]);
    expect(at("number-duplicate")).toEqual([[6, 1]]);
    expect(at("number-gap")).toEqual([[7, 1]]);
    expect(at("missing-value")).toEqual([
      [6, 3],
      [7, 4],
      [10, 5],
    ]);
    expect(at("deadline-unknown")).toEqual([[6, 5]]);
    expect(at("deadline-outside-year")).toEqual([[7, 5]]);
    expect(at("unit-unknown-fragment")).toEqual([[8, 4]]);
    expect(at("unit-alias")).toEqual([[4, 4]]);
    for (const f of r.findings) expect(f.severity).toBe(f.code === "unit-alias" ? "info" : /missing|error/.test(f.code) ? "error" : "warning");
  });

  it("says in Chinese what to change", () => {
    const msg = (code: string) => r.findings.find((f) => f.code === code)!.message;
    expect(msg("cell-error")).toBe("第5行“完成时限”是错误值#N/A：请检查这个单元格的公式或改为直接填写内容。");
    expect(r.findings.find((f) => f.code === "missing-value" && f.row === 10)!.message).toBe(
      "第10行“完成时限”为空：请填写完成时限，如“10月底前”或“持续推进”。",
    );
    expect(msg("deadline-unknown")).toContain("“尽快”");
    expect(msg("deadline-outside-year")).toContain("2021-06-30");
    expect(msg("unit-alias")).toContain("“市卫健委”");
    expect(msg("unit-alias")).toContain("“市卫生健康委员会”");
    expect(msg("number-gap")).toContain("从3跳到了5");
  });

  it("carries the task down to the row whose task cell is blank, and reads a real Excel date", () => {
    expect(r.rows.find((x) => x.row === 5)!.task).toBe("任务乙");
    const dated = r.rows.find((x) => x.row === 8)!;
    expect(dated.deadline).toMatchObject({ kind: "date", due: "2022-11-03" });
    expect(dated.state).toBe("due-soon");
  });

  it("gives the states, counting 2023年3月 as normal and ' 完成 ' as done", () => {
    expect(r.rows.map((x) => [x.row, x.state])).toEqual([
      [3, "done"],
      [4, "overdue"],
      [5, "unknown"],
      [6, "unknown"],
      [7, "overdue"],
      [8, "due-soon"],
      [10, "unknown"],
      [11, "done"],
    ]);
  });

  it("merges the two spellings of one unit in the summary", () => {
    const health = r.summary.filter((s) => /卫/.test(s.unit));
    expect(health).toHaveLength(1);
    expect([health[0].total, health[0].done, health[0].overdue]).toEqual([2, 1, 1]);
  });

  it("writes the messages in English when asked", () => {
    const en = checkSheet(cells, { asOf: AS_OF, lang: "en-US" });
    expect(en.findings.map((f) => f.code)).toEqual(r.findings.map((f) => f.code));
    expect(en.findings.find((f) => f.code === "cell-error")!.message).toMatch(/^Row 5, "完成时限" holds the error value #N\/A/);
  });
});

describe("plan year and aliases", () => {
  it("prefers the user's year, then the title, then the workbook's name, then the as-of year", () => {
    expect(planYear({ year: 2021, title: "2022年表", workbookName: "2023年.xlsx", asOf: AS_OF })).toEqual({ year: 2021, yearSource: "user" });
    expect(planYear({ title: "2022年表", workbookName: "2023年.xlsx", asOf: AS_OF })).toEqual({ year: 2022, yearSource: "title" });
    expect(planYear({ title: "任务表", workbookName: "2023年分解表.xlsx", asOf: AS_OF })).toEqual({ year: 2023, yearSource: "workbook" });
    expect(planYear({ title: null, asOf: AS_OF })).toEqual({ year: 2022, yearSource: "as-of" });
  });

  it("uses the plan year for phrases without one", () => {
    const cells = tableCells([["工作任务", "工作要求", "责任单位", "时限"], ["任务", "要求", "市发改委", "10月底前"]]);
    const r = checkSheet(cells, { asOf: "2024-01-05", workbookName: "2023年任务分解表.xlsx" });
    expect([r.year, r.yearSource, r.rows[0].deadline.due, r.rows[0].state]).toEqual([2023, "workbook", "2023-10-31", "overdue"]);
  });

  it("counts names the user's alias sheet joins as one unit, under the full name", () => {
    const aliases = readAliasSheet(tableCells([["别名", "全称"], ["信息中心", "市大数据中心"], ["市信息中心", "市大数据中心"]]));
    expect([...aliases]).toEqual([
      ["信息中心", "市大数据中心"],
      ["市信息中心", "市大数据中心"],
    ]);
    const cells = tableCells([
      ["工作任务", "工作要求", "责任单位", "时限"],
      ["任务一", "要求", "市信息中心", "年底前"],
      ["任务二", "要求", "信息中心", "年底前"],
    ]);
    const r = checkSheet(cells, { asOf: AS_OF, year: 2022, aliases });
    expect(r.summary.map((s) => [s.unit, s.total])).toEqual([["市大数据中心", 2]]);
    expect(r.findings.map((f) => f.code)).toEqual(["unit-alias"]);
  });
});

describe("properties", () => {
  const cellArb = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.integer({ min: -5, max: 50000 }), fc.constantFrom("#N/A", "#REF!", "工作任务", "时限", "责任单位", "工作要求", "一、标题"));
  it("never throws, and every row and finding points into the sheet", () => {
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { maxLength: 6 }), { maxLength: 12 }), (values) => {
        const r = checkSheet(tableCells(values), { asOf: AS_OF });
        for (const row of r.rows) expect(row.row).toBeGreaterThanOrEqual(1);
        for (const row of r.rows) expect(row.row).toBeLessThanOrEqual(values.length);
        for (const f of r.findings) if (f.row !== null) expect(f.row).toBeLessThanOrEqual(values.length);
        for (const f of r.findings) expect(f.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("empty rows anywhere in the body change nothing but the row numbers", () => {
    const { cells } = seed004SheetCells({ merges: false });
    const base = checkSheet(cells, { asOf: AS_OF });
    const view = (r: CheckResult) => r.rows.map((x) => [x.no, x.task, x.requirement, x.state]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 3, max: cells.values.length }), { maxLength: 6 }), (at) => {
        const values = cells.values.map((r) => [...r]);
        for (const i of [...at].sort((a, b) => b - a)) values.splice(i, 0, [null, "", "  ", null, "\u3000"]);
        const r = checkSheet({ ...cells, values }, { asOf: AS_OF });
        expect(view(r)).toEqual(view(base));
        expect(r.findings).toEqual([]);
      }),
      { numRuns: 25 },
    );
  });

  it("moving the table down or right keeps the same rows (shifted)", () => {
    const { cells } = seed004SheetCells({ merges: false });
    const base = checkSheet(cells, { asOf: AS_OF });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 3 }), (down, right) => {
        const values = [...Array.from({ length: down }, () => [] as CellValue[]), ...cells.values.map((r) => [...Array<CellValue>(right).fill(null), ...r])];
        const moved = checkSheet({ ...cells, values }, { asOf: AS_OF });
        expect(moved.rows.map((x) => [x.row - down, x.task, x.state])).toEqual(base.rows.map((x) => [x.row, x.task, x.state]));
      }),
      { numRuns: 20 },
    );
  });
});
