import fc from "fast-check";
import type { CheckResult, Finding, TaskRow, UnitSummary } from "../../src/core/types";
import { strings } from "../../src/strings";
import { HostError } from "../../src/app/host";
import { partsFor } from "../../src/app/actions";
import { resultFileName } from "../../src/standalone/files";
import {
  columnLetter,
  countsOf,
  errorMessage,
  groupFindings,
  isIsoDate,
  overviewRows,
  progressText,
  settingsFromForm,
  todayIso,
} from "../../src/taskpane/logic";

const zh = strings("zh-CN").ui;
const en = strings("en-US").ui;

function row(n: number, state: TaskRow["state"]): TaskRow {
  return {
    row: n,
    no: String(n),
    section: null,
    task: "t",
    requirement: "r",
    unitText: "市发改委",
    units: [{ name: "市发改委", role: "responsible", generic: false }],
    deadline: { text: "10月底前", kind: "date", due: "2022-10-31", milestones: ["2022-10-31"], ongoing: false },
    status: null,
    state,
  };
}

function finding(severity: Finding["severity"], r: number | null, c: number | null = null): Finding {
  return { code: "missing-value", severity, row: r, column: c, message: `m${r}` };
}

function result(rows: TaskRow[], findings: Finding[]): CheckResult {
  return { sheet: "Sheet1", year: 2022, yearSource: "title", asOf: "2022-11-01", dueSoonDays: 15, layout: null, rows, findings, summary: [] };
}

describe("partsFor: what each button writes", () => {
  test.each([
    ["validate", null],
    ["normalise", { columns: true, highlights: false, sheets: false }],
    ["highlight", { columns: true, highlights: true, sheets: false }],
    ["summarise", { columns: false, highlights: false, sheets: true, notice: true }],
    ["runAll", { columns: true, highlights: true, sheets: true, notice: true }],
  ] as const)("%s", (action, parts) => {
    expect(partsFor(action)).toEqual(parts);
  });
});

test("countsOf counts rows, errors, warnings, overdue (of them 挂牌), 阶段逾期 and due soon", () => {
  const r = result(
    [row(5, "overdue"), { ...row(6, "overdue"), grade: "crimson" }, row(7, "due-soon"), row(8, "done"), row(9, "ongoing"), row(10, "stage-overdue")],
    [finding("error", 5), finding("warning", 6), finding("warning", 7), finding("info", 8)],
  );
  expect(countsOf(r)).toEqual({ rows: 6, errors: 1, warnings: 2, overdue: 2, longOverdue: 1, stageOverdue: 1, dueSoon: 1 });
});

test("groupFindings: error, warning, info in that order, sheet-wide first, then by row; empty groups left out", () => {
  const g = groupFindings([finding("warning", 9), finding("error", 12), finding("warning", null), finding("warning", 3, 2), finding("error", 4)]);
  expect(g.map((x) => x.severity)).toEqual(["error", "warning"]);
  expect(g[0].findings.map((f) => f.row)).toEqual([4, 12]);
  expect(g[1].findings.map((f) => f.row)).toEqual([null, 3, 9]);
});

describe("columnLetter", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
    [0, null],
    [null, null],
    [1.5, null],
  ])("%s → %s", (n, s) => expect(columnLetter(n)).toBe(s));

  test("is one-to-one and uses only A–Z", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20000 }), fc.integer({ min: 1, max: 20000 }), (a, b) => {
        const la = columnLetter(a)!;
        expect(la).toMatch(/^[A-Z]+$/);
        expect(la === columnLetter(b)).toBe(a === b);
      }),
    );
  });
});

test("overviewRows puts units needing attention first", () => {
  const u = (unit: string, overdue: number, dueSoon: number, total: number): UnitSummary => ({
    unit, generic: false, lead: 0, responsible: total, cooperate: 0, total, done: 0, overdue, dueSoon, ongoing: 0, unknown: 0, longOverdue: 0, stageOverdue: 0,
  });
  const sorted = overviewRows([u("甲", 0, 0, 9), u("乙", 2, 0, 3), u("丙", 0, 1, 1), u("丁", 2, 1, 2)]);
  expect(sorted.map((x) => x.unit)).toEqual(["丁", "乙", "丙", "甲"]);
});

describe("settingsFromForm", () => {
  const base = { year: "", asOf: "", dueSoonDays: "15", sheet: null };
  test("empty year and date mean detect and today", () => {
    expect(settingsFromForm(base, zh)).toEqual({ settings: { year: null, asOf: null, dueSoonDays: 15, longOverdueDays: 30, sheet: null }, errors: {} });
  });
  test("full-width digits and a trailing 年 are accepted", () => {
    const r = settingsFromForm({ year: "２０２２年", asOf: "2022-11-01", dueSoonDays: "３０", longOverdueDays: "６０", sheet: "总表" }, zh);
    expect(r.settings).toEqual({ year: 2022, asOf: "2022-11-01", dueSoonDays: 30, longOverdueDays: 60, sheet: "总表" });
  });
  test.each([
    [{ year: "22" }, "year", zh.errors.yearInvalid],
    [{ year: "abcd" }, "year", zh.errors.yearInvalid],
    [{ asOf: "2022-02-30" }, "asOf", zh.errors.asOfInvalid],
    [{ asOf: "2022/10/01" }, "asOf", zh.errors.asOfInvalid],
    [{ dueSoonDays: "-1" }, "dueSoonDays", zh.errors.dueSoonInvalid],
    [{ dueSoonDays: "" }, "dueSoonDays", zh.errors.dueSoonInvalid],
    [{ dueSoonDays: "400" }, "dueSoonDays", zh.errors.dueSoonInvalid],
    [{ longOverdueDays: "0" }, "longOverdueDays", zh.errors.longOverdueInvalid],
    [{ longOverdueDays: "" }, "longOverdueDays", zh.errors.longOverdueInvalid],
  ] as const)("%j is refused with a message that says what to change", (patch, field, message) => {
    const r = settingsFromForm({ ...base, ...patch }, zh);
    expect(r.settings).toBeNull();
    expect(r.errors[field]).toBe(message);
  });
});

test("isIsoDate accepts real calendar dates only", () => {
  expect(isIsoDate("2024-02-29")).toBe(true);
  expect(isIsoDate("2022-02-29")).toBe(false);
  expect(isIsoDate("2022-13-01")).toBe(false);
  fc.assert(
    fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }), (d) => {
      expect(isIsoDate(d.toISOString().slice(0, 10))).toBe(true);
    }),
  );
});

test("todayIso uses the local calendar date", () => {
  expect(todayIso(new Date(2022, 0, 5, 23, 59))).toBe("2022-01-05");
});

describe("errorMessage: a HostError's own words, anything else the generic message (never a stack)", () => {
  test("HostError", () => {
    expect(errorMessage(new HostError("工作表受保护，请先撤销保护。"), zh)).toBe("工作表受保护，请先撤销保护。");
  });
  test("an unexpected error", () => {
    const err = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(errorMessage(err, zh)).toBe(zh.errors.generic);
    expect(errorMessage("boom", en)).toBe(en.errors.generic);
    expect(zh.errors.generic).not.toMatch(/undefined|TypeError|at /);
  });
});

test("progressText maps known keys and falls back for unknown ones", () => {
  expect(progressText("read", zh)).toBe(zh.progress.read);
  expect(progressText("whatever", zh)).toBe(zh.progress.working);
  expect(progressText("label", zh)).toBe(zh.progress.working);
  expect(progressText("toString", zh)).toBe(zh.progress.working);
});

test("resultFileName", () => {
  expect(resultFileName("总表.xlsx", zh)).toBe("总表-处理结果.xlsx");
  expect(resultFileName("总表.xls", zh)).toBe("总表-处理结果.xlsx");
  expect(resultFileName("总表.csv", zh)).toBe("总表-处理结果.xlsx");
  expect(resultFileName("总表-处理结果.xlsx", zh)).toBe("总表-处理结果.xlsx");
  expect(resultFileName("plan.XLSX", en)).toBe("plan-result.xlsx");
});

test("the en-US ui table has every zh-CN key, none empty", () => {
  const walk = (a: unknown, b: unknown, path: string) => {
    if (typeof a === "object" && a !== null) {
      expect(Object.keys(b as object).sort()).toEqual(Object.keys(a).sort());
      for (const k of Object.keys(a)) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    } else if (typeof a === "string") {
      expect(typeof b).toBe("string");
      expect((b as string).length).toBeGreaterThan(0);
    } else {
      expect(typeof b).toBe(typeof a);
    }
  };
  walk(zh, en, "ui");
});
