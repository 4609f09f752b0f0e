/**
 * The 通报 sheet's record and the one rule for the previous report's date (src/core/report/notice-sheet.ts), and
 * which earlier sheets a plan replaces: a plan that writes no 通报 (collect's) keeps the last one.
 */
import { buildPlan, GENERATED_SHEET_MARK, previousReportAsOf, readNoticeRecord } from "../../src/core/plan";
import { checkSheet } from "../../src/core/check";
import { isoToSerial } from "../../src/core/dates";
import type { CellValue } from "../../src/core/types";

const MARK = GENERATED_SHEET_MARK;
const notice = (source: string, asOf: string, prev: string | null): CellValue[][] => [
  ["关于分解表任务推进情况的通报（初稿）"],
  [MARK, source],
  ["截至日期 / 上次通报日期", isoToSerial(asOf), prev ? isoToSerial(prev) : null],
];
const overview = (source: string, asOf: string): CellValue[][] => [
  ["任务分解表汇总（按责任单位）"],
  [MARK, source],
  ["来源工作表", source],
  ["计划年度", 2022],
  ["统计日期", isoToSerial(asOf), "固定日期：逾期、即将到期按此日期判断"],
];

test("readNoticeRecord: the 通报's as-of and previous dates (serials or ISO text), null for any other sheet", () => {
  expect(readNoticeRecord(notice("分解表", "2022-10-20", "2022-09-30"))).toEqual({ source: "分解表", asOf: "2022-10-20", previousAsOf: "2022-09-30" });
  expect(readNoticeRecord([["t"], [MARK, "表"], ["As of / previous report", "2022-11-10", null]])).toEqual({ source: "表", asOf: "2022-11-10", previousAsOf: null });
  expect(readNoticeRecord(overview("分解表", "2022-10-20"))).toBeNull();
  expect(readNoticeRecord([["我起草的通报"], ["第二段"], ["截至日期 / 上次通报日期", 44854]])).toBeNull();
});

test.each([
  ["a later 通报: its as-of date", [notice("分解表", "2022-10-20", "2022-09-30")], "2022-11-10", "2022-10-20"],
  ["the same date again: the report before it", [notice("分解表", "2022-10-20", "2022-09-30")], "2022-10-20", "2022-09-30"],
  ["an earlier date than the 通报's: the report before it when earlier still", [notice("分解表", "2022-10-20", "2022-09-30")], "2022-10-01", "2022-09-30"],
  ["before any report on record: none", [notice("分解表", "2022-10-20", "2022-09-30")], "2022-09-30", null],
  ["another table's 通报 does not count", [notice("总表", "2022-10-20", null)], "2022-11-10", null],
  ["no 通报 (an older workbook): the overview's date", [overview("分解表", "2022-10-20")], "2022-11-10", "2022-10-20"],
  ["a 通报 wins over the overview", [overview("分解表", "2022-11-01"), notice("分解表", "2022-10-20", null)], "2022-11-10", "2022-10-20"],
  ["nothing on record", [], "2022-11-10", null],
] as const)("previousReportAsOf: %s", (_name, heads, asOf, expected) => {
  expect(previousReportAsOf(heads.map((h) => h.map((r) => [...r])), "分解表", asOf)).toBe(expected);
});

test("a plan replaces the 通报 only when it writes one; the summaries alone (collect) keep it", () => {
  const values: CellValue[][] = [
    ["2022年任务分解表"],
    ["序号", "工作任务", "工作要求", "责任单位", "完成时限"],
    [1, "任务甲", "要求甲", "市司法局", "9月底前"],
    [2, "任务乙", "要求乙", "市审计局", "年底前"],
  ];
  const result = checkSheet({ sheet: "分解表", firstRow: 1, firstCol: 1, values }, { asOf: "2022-10-20" });
  const existing = {
    headerRow: [],
    sheets: [
      { name: "分解表", generated: false },
      { name: "汇总", generated: true, source: "分解表", head: overview("分解表", "2022-09-30") },
      { name: "通报", generated: true, source: "分解表", head: notice("分解表", "2022-09-30", null) },
      { name: "通报(2)", generated: true, source: "总表", head: notice("总表", "2022-09-30", null) },
    ],
  };
  const plan = (notice: boolean) => buildPlan(result, existing, { parts: { columns: false, highlights: false, sheets: true, notice }, builtAt: "x" });
  expect(plan(false).replaceSheets).toEqual(["汇总"]);
  expect(plan(false).sheets.map((s) => s.kind)).not.toContain("notice");
  const full = plan(true);
  expect(full.replaceSheets).toEqual(["汇总", "通报"]);
  const written = full.sheets.find((s) => s.kind === "notice")!;
  expect(written.name).toBe("通报");
  // The record: this as-of date, the previous 通报's; the overview of the same table is not the previous report here.
  expect(written.rows[2]!.map((c) => c.value)).toEqual(["截至日期 / 上次通报日期", "2022-10-20", "2022-09-30"]);
  expect(written.rows.slice(4).map((r) => r[0]!.value)).toContain("自上次通报（9月30日）以来新增逾期任务1项：");
  // The 通报 alone replaces only this table's 通报.
  const alone = buildPlan(result, existing, { parts: { columns: false, highlights: false, sheets: false, notice: true }, builtAt: "x" });
  expect(alone.replaceSheets).toEqual(["通报"]);
  expect(alone.sheets.map((s) => s.name)).toEqual(["通报"]);
});

test.each([
  ["2022年全市政务公开工作主要任务分解表", "关于2022年全市政务公开工作主要任务推进情况的通报（初稿）"],
  ["2022年政务公开工作要点任务分解表", "关于2022年政务公开工作要点任务推进情况的通报（初稿）"],
  ["重点工作任务清单", "关于重点工作任务推进情况的通报（初稿）"],
  [null, "关于任务推进情况的通报（初稿）"],
])("the 通报's title names the work of the table titled %j", (title, expected) => {
  const values: CellValue[][] = [...(title ? [[title]] : []), ["序号", "工作任务", "工作要求", "责任单位", "完成时限"], [1, "任务甲", "要求甲", "市司法局", "9月底前"]];
  const result = checkSheet({ sheet: "分解表", firstRow: 1, firstCol: 1, values }, { asOf: "2022-10-20" });
  const plan = buildPlan(result, { sheets: [], headerRow: [] }, { parts: { columns: false, highlights: false, sheets: false, notice: true }, builtAt: "x" });
  expect(plan.sheets[0]!.rows[0]![0]!.value).toBe(expected);
});
