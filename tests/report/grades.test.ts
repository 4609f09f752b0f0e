/** 三色预警 (issue 17, DOMAIN.md §10): each grade boundary — the day before, on and after it — with the default and the user's thresholds. */
import { rowState, addDays } from "../../src/core/status";
import { rowGrade, type GradeThresholds } from "../../src/core/grade";
import { parseDeadline } from "../../src/core/deadline";
import { checkAndPlan } from "../../src/app/check-and-plan";
import { readLongOverdueDays, storedSettings } from "../../src/app/settings";
import { strings } from "../../src/strings";
import type { Deadline, SheetCells } from "../../src/core/types";

const AS_OF = "2022-10-20";

function dated(due: string): Deadline {
  return { text: due, kind: "date", due, milestones: [due], ongoing: false };
}

function grade(due: string, th: GradeThresholds, status: string | null = null) {
  const deadline = dated(due);
  const state = rowState(deadline, status, AS_OF, th.dueSoonDays);
  return rowGrade({ state, deadline }, AS_OF, th);
}

describe.each([
  { name: "defaults (N 15, M 30)", th: { dueSoonDays: 15, longOverdueDays: 30 } },
  { name: "the user's (N 7, M 10)", th: { dueSoonDays: 7, longOverdueDays: 10 } },
  { name: "the user's (N 0, M 1)", th: { dueSoonDays: 0, longOverdueDays: 1 } },
])("$name", ({ th }) => {
  const N = th.dueSoonDays;
  const M = th.longOverdueDays;
  test("yellow starts N days ahead: green the day after, yellow on it and the day before", () => {
    expect(grade(addDays(AS_OF, N + 1), th)).toBe("green");
    expect(grade(addDays(AS_OF, N), th)).toBe("yellow");
    if (N > 0) expect(grade(addDays(AS_OF, N - 1), th)).toBe("yellow");
  });
  test("red starts the day after the due date: yellow on the day, red the day after and the next", () => {
    expect(grade(addDays(AS_OF, 1), th)).toBe(N >= 1 ? "yellow" : "green");
    expect(grade(AS_OF, th)).toBe("yellow");
    expect(grade(addDays(AS_OF, -1), th)).toBe(M >= 1 ? "red" : "crimson");
  });
  test("深红 / 挂牌 past M days overdue: red M-1 and M days overdue, crimson at M+1", () => {
    if (M > 1) expect(grade(addDays(AS_OF, -(M - 1)), th)).toBe("red");
    expect(grade(addDays(AS_OF, -M), th)).toBe("red");
    expect(grade(addDays(AS_OF, -(M + 1)), th)).toBe("crimson");
  });
  test("done is green however late; an unclear deadline is not graded", () => {
    expect(grade(addDays(AS_OF, -(M + 100)), th, "已完成")).toBe("green");
    const unknown = parseDeadline("视情况而定", { year: 2022 });
    expect(rowGrade({ state: rowState(unknown, null, AS_OF, N), deadline: unknown }, AS_OF, th)).toBeNull();
  });
});

test("the 挂牌 threshold goes through the one settings validator and the stored settings", () => {
  expect(readLongOverdueDays("30")).toBe(30);
  expect(readLongOverdueDays("６０")).toBe(60);
  expect(readLongOverdueDays("0")).toBeNull();
  expect(readLongOverdueDays("367")).toBeNull();
  expect(readLongOverdueDays("3.5")).toBeNull();
  expect(storedSettings({ longOverdueDays: 45 }).longOverdueDays).toBe(45);
  expect(storedSettings({ longOverdueDays: "x" }).longOverdueDays).toBe(30);
  expect(storedSettings({}).longOverdueDays).toBe(30);
});

/** A small table: one task per boundary date. */
function table(dues: string[]): SheetCells {
  return {
    sheet: "分解表",
    firstRow: 1,
    firstCol: 1,
    values: [
      ["2022年工作任务分解表", null, null, null, null],
      ["序号", "工作任务", "工作要求", "责任单位", "完成时限"],
      ...dues.map((d, i) => [String(i + 1), `任务${i + 1}`, `要求${i + 1}`, "市发改委", `${Number(d.slice(5, 7))}月${Number(d.slice(8))}日前`]),
    ],
  };
}

test("the user's thresholds reach the 统计状态 column, the overview's 挂牌 count, its legend and the live rules", () => {
  // Overdue 11 days (red with M 30, crimson with M 10), overdue 40 days (crimson either way), due in 10 days.
  const dues = [addDays(AS_OF, -11), addDays(AS_OF, -40), addDays(AS_OF, 10)];
  const run = (longOverdueDays?: number, dueSoonDays?: number) =>
    checkAndPlan({ cells: table(dues), settings: { asOf: AS_OF, year: 2022, fixedAsOf: true, longOverdueDays, dueSoonDays }, parts: { columns: true, highlights: true, sheets: true }, builtAt: () => "x" });
  const w = strings("zh-CN").words;
  const def = run();
  expect(def.result.rows.map((r) => r.grade)).toEqual(["red", "crimson", "yellow"]);
  const user = run(10, 7);
  expect(user.result.rows.map((r) => r.grade)).toEqual(["crimson", "crimson", "green"]);
  const state = user.plan!.columns.find((c) => c.header === strings("zh-CN").outputs.stateHeader)!;
  expect(state.cells.map((c) => c.cell.value)).toEqual([w.longOverdueState, w.longOverdueState, w.state.open]);
  const ov = user.plan!.sheets.find((s) => s.kind === "overview")!;
  const headers = ov.rows.find((r) => r[0]?.value === strings("zh-CN").outputs.overviewHeaders[0])!.map((c) => c.value);
  const totals = ov.rows.find((r) => r[0]?.value === strings("zh-CN").outputs.totals)!;
  expect(totals[headers.indexOf("挂牌督办")]?.value).toBe(2);
  expect(totals[headers.indexOf(w.state.overdue)]?.value).toBe(2);
  const legend = ov.rows.flat().map((c) => String(c.value ?? "")).join("|");
  expect(legend).toContain("逾期超过10天");
  expect(legend).toContain("7天内到期");
  expect(user.plan!.highlights[0]!.formula).toContain("<DATE(2022,10,20)-10");
  expect(def.plan!.highlights[0]!.formula).toContain("<DATE(2022,10,20)-30");
});
