import fc from "fast-check";
import type { CheckResult, Deadline, TaskRow, UnitSummary } from "../../../src/core/types";
import { buildPlan, isOwnRule, isGeneratedSheet, OVERVIEW_NOTICE_ROW, type ExistingWorkbook } from "../../../src/core/plan";
import { isValidSheetName, sheetNameKey } from "../../../src/core/sheetnames";

const kinds: Deadline["kind"][] = ["date", "ongoing", "recurring", "unknown", "empty"];

const table = fc.record({
  headerRow: fc.integer({ min: 1, max: 6 }),
  lastCol: fc.integer({ min: 4, max: 30 }),
  extraUsed: fc.integer({ min: 0, max: 3 }),
  statusCol: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  rows: fc.array(
    fc.record({ kind: fc.constantFrom(...kinds), day: fc.integer({ min: 1, max: 28 }), units: fc.array(fc.string({ minLength: 1, maxLength: 40 }), { minLength: 1, maxLength: 3 }) }),
    { minLength: 1, maxLength: 12 },
  ),
  userSheets: fc.array(fc.string({ minLength: 1, maxLength: 31 }), { maxLength: 5 }),
  fixed: fc.boolean(),
});

describe("buildPlan properties", () => {
  test("writes only right of everything the user has, within the table's rows; own rules; valid, fresh sheet names", () => {
    fc.assert(
      fc.property(table, (t) => {
        const first = t.headerRow + 1;
        const rows: TaskRow[] = t.rows.map((r, i) => {
          const due = r.kind === "date" ? `2022-03-${String(r.day).padStart(2, "0")}` : null;
          return {
            row: first + i,
            no: null,
            section: null,
            task: "t",
            requirement: "=r",
            unitText: r.units.join("、"),
            units: r.units.map((name) => ({ name, role: "responsible", generic: false })),
            deadline: { text: "x", kind: r.kind, due, milestones: due ? [due] : [], ongoing: false },
            status: null,
            state: "open",
          };
        });
        const names = [...new Set(rows.flatMap((r) => r.units.map((u) => u.name)))];
        const summary: UnitSummary[] = names.map((unit) => ({ unit, generic: false, lead: 0, responsible: 1, cooperate: 0, total: 1, done: 0, overdue: 0, dueSoon: 0, ongoing: 0, unknown: 0, longOverdue: 0, stageOverdue: 0 }));
        const result: CheckResult = {
          sheet: "表",
          year: 2022,
          yearSource: "user",
          asOf: "2022-10-20",
          dueSoonDays: 15,
          layout: {
            sheet: "表",
            headerRow: t.headerRow,
            columns: [
              { role: "task", col: 1, header: "工作任务" },
              { role: "deadline", col: 2, header: "时限" },
              ...(t.statusCol ? [{ role: "status" as const, col: t.statusCol, header: "完成情况" }] : []),
            ],
            firstDataRow: first,
            lastDataRow: first + rows.length - 1,
            lastCol: t.lastCol,
            title: null,
          },
          rows,
          findings: [],
          summary,
        };
        const existing: ExistingWorkbook = {
          sheets: [{ name: "表", generated: false }, ...t.userSheets.map((name) => ({ name, generated: false }))],
          headerRow: [{ col: 1, text: "工作任务" }],
          lastUsedCol: t.lastCol + t.extraUsed,
        };
        const plan = buildPlan(result, existing, { parts: { columns: true, highlights: true, sheets: true }, fixedAsOf: t.fixed, builtAt: "x" });
        for (const c of plan.columns) {
          expect(c.col).toBeGreaterThan(t.lastCol + t.extraUsed);
          for (const cell of c.cells) {
            expect(cell.row).toBeGreaterThanOrEqual(first);
            expect(cell.row).toBeLessThanOrEqual(first + rows.length - 1);
            expect(cell.cell.formula).toBeUndefined();
          }
        }
        expect(new Set(plan.columns.map((c) => c.col)).size).toBe(3);
        for (const h of plan.highlights) expect(isOwnRule(h.formula)).toBe(true);
        const kept = new Set(existing.sheets.map((s) => sheetNameKey(s.name)));
        const made = plan.sheets.map((s) => s.name);
        for (const n of made) {
          expect(isValidSheetName(n)).toBe(true);
          expect(kept.has(sheetNameKey(n))).toBe(false);
        }
        expect(new Set(made.map(sheetNameKey)).size).toBe(made.length);
        for (const s of plan.sheets) {
          expect(isGeneratedSheet(s.rows.map((r) => r.map((c) => c.value)))).toBe(true);
          // The only formula: the overview's "not today" notice, for live tables (no user text in it).
          s.rows.forEach((r, i) =>
            r.forEach((c, j) => {
              if (!c.formula) return;
              if (s.kind !== "overview" || i + 1 !== OVERVIEW_NOTICE_ROW || j !== 0 || t.fixed) throw new Error("a generated sheet carries a formula");
              expect(c.formula).toMatch(/^IF\(B5<>TODAY\(\),"[^"]*",""\)$/);
            }),
          );
        }
      }),
      { numRuns: 150 },
    );
  });
});
