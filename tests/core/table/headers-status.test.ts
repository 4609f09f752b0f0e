import * as fc from "fast-check";
import { headerRole } from "../../../src/core/table";
import { isDateFormat } from "../../../src/core/table";
import { addDays, DONE_WORDS, isDone, rowState } from "../../../src/core/status";
import type { Deadline } from "../../../src/core/types";

describe("header words (DOMAIN.md section 1)", () => {
  it.each([
    ["task", ["工作任务", "任务", "重点任务", "任务名称", "工作事项", "主要任务"]],
    ["requirement", ["工作要求", "具体要求", "任务要求", "主要内容", "具体措施", "工作措施", "任务内容"]],
    ["unit", ["责任单位", "责任部门", "牵头单位", "牵头部门", "配合单位", "协办单位", "责任科室", "承办单位"]],
    ["deadline", ["时限", "完成时限", "时间节点", "完成时间", "截止时间", "时限要求", "办结时限"]],
    ["no", ["序号", "编号"]],
    ["status", ["完成情况", "进展情况", "落实情况", "状态", "进度"]],
    ["remark", ["备注"]],
  ])("%s: %j", (role, words) => {
    for (const w of words) expect([w, headerRole(w)]).toEqual([w, role]);
  });

  it("matches after removing spaces (incl. full-width and line breaks) and with extra words", () => {
    expect(headerRole("完成时限（月底前）")).toBe("deadline");
    expect(headerRole("责 任 单 位")).toBe("unit");
    expect(headerRole("工作\n任务")).toBe("task");
    expect(headerRole("　时　限　")).toBe("deadline");
    expect(headerRole("工作内容")).toBe("content");
  });

  it("does not take long body text for a header", () => {
    expect(headerRole("各级各部门要严格落实工作任务，按时完成各项工作要求并报送责任单位")).toBeNull();
    expect(headerRole("市发改委")).toBeNull();
    expect(headerRole("10月底前")).toBeNull();
  });

  it("never throws on any text", () => {
    fc.assert(fc.property(fc.string(), (s) => { headerRole(s); }));
  });
});

describe("date number formats", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["yyyy\"年\"m\"月\"d\"日\"", true],
    ["m/d/yy", true],
    ["[$-804]yyyy年m月d日", true],
    ["General", false],
    ["0.00", false],
    ["0.00E+00", false],
    ["@", false],
    ["#,##0", false],
    [null, false],
  ])("%s → %s", (f, yes) => expect(isDateFormat(f)).toBe(yes));
});

describe("status (DOMAIN.md section 4)", () => {
  const date = (due: string): Deadline => ({ text: due, kind: "date", due, milestones: [due], ongoing: false });
  const of = (kind: Deadline["kind"]): Deadline => ({ text: "x", kind, due: null, milestones: [], ongoing: kind === "ongoing" });

  it("done words count as done only as the whole cell", () => {
    for (const w of DONE_WORDS) {
      expect(isDone(w)).toBe(true);
      expect(isDone(` ${w}\u3000`)).toBe(true);
    }
    for (const w of ["未完成", "部分完成", "推进中", "完成80%", "否", "", null]) expect(isDone(w)).toBe(false);
  });

  it("overdue, due soon (asOf ≤ due ≤ asOf + N), open", () => {
    const asOf = "2022-10-20";
    expect(rowState(date("2022-10-19"), null, asOf, 15)).toBe("overdue");
    expect(rowState(date("2022-10-20"), null, asOf, 15)).toBe("due-soon");
    expect(rowState(date("2022-11-04"), null, asOf, 15)).toBe("due-soon");
    expect(rowState(date("2022-11-05"), null, asOf, 15)).toBe("open");
    expect(rowState(date("2022-10-19"), "已完成", asOf, 15)).toBe("done");
    expect(rowState(of("ongoing"), null, asOf, 15)).toBe("ongoing");
    expect(rowState(of("recurring"), null, asOf, 15)).toBe("recurring");
    expect(rowState(of("unknown"), null, asOf, 15)).toBe("unknown");
    expect(rowState(of("empty"), null, asOf, 15)).toBe("unknown");
  });

  it("a done row is never overdue; ongoing and recurring rows are never overdue", () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays("2020-01-01", n));
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 60 }), fc.constantFrom(...DONE_WORDS), (due, asOf, n, word) => {
        expect(rowState(date(due), word, asOf, n)).toBe("done");
        const st = rowState(date(due), null, asOf, n);
        expect(st).toBe(due < asOf ? "overdue" : due <= addDays(asOf, n) ? "due-soon" : "open");
        expect(rowState(of("ongoing"), null, asOf, n)).not.toBe("overdue");
        expect(rowState(of("recurring"), null, asOf, n)).not.toBe("overdue");
      }),
    );
  });
});
