/**
 * The edit plan (issue 5): everything the four buttons write, decided here once, applied by the adapters
 * (src/workbook/xlsx by patching the .xlsx, src/excel through Office.js). The plan never rewrites an original
 * cell: it writes the two added columns (规范时限, 时限类型), conditional-format rules recognisable by
 * `isOwnRule`, and generated sheets recognisable by `isGeneratedSheet` (both in src/core/own.ts), which the
 * next run replaces.
 */
import type { CheckResult, EditPlan, HighlightRule } from "../types";
import { strings } from "../../strings";
import { sheetNameKey } from "../sheetnames";
import { planColumns } from "./columns";
import { MAX_UNIT_SHEETS, planSheets } from "./sheets";
import { colLetters } from "../a1";
import type { ExistingWorkbook, PlanOptions } from "./types";
import { isReportedStateHeader } from "../cycle/headers";
import { DUE_SOON_FILL, DUE_SOON_FONT, OVERDUE_FILL, OVERDUE_FONT, dueSoonFormula, overdueFormula } from "./rules";

export type { PlanParts, ExistingWorkbook, PlanOptions } from "./types";
export {
  GENERATED_SHEET_MARK,
  MARK_ROWS,
  MARK_COLS,
  isGeneratedSheet,
  RULE_MARKER,
  isOwnRule,
  isOutputHeader,
  outputHeaderKeys,
  withoutOutputColumns,
} from "../own";
export { overdueFormula, dueSoonFormula, asOfTerm } from "./rules";
export { OVERDUE_FILL, OVERDUE_FONT, DUE_SOON_FILL, DUE_SOON_FONT } from "./rules";
export { DUE_NUMBER_FORMAT, placeColumns } from "./columns";
export { OVERVIEW_SHEET_NAME, MAX_UNIT_SHEETS, GENERIC_TAB_COLOR, OVERVIEW_TAB_COLOR, sheetRef } from "./sheets";
export { sortForAttention } from "../summary";
export { colLetters, colNumber, a1 } from "../a1";
export { DONE_WORDS } from "../status";

/** The 报送完成状态 column an earlier collect wrote (the highlight rules read it as the status column), if any. */
function reportedStateCol(existing: ExistingWorkbook): number | undefined {
  return existing.headerRow.find((h) => isReportedStateHeader(h.text))?.col;
}

/**
 * Build the plan for one checked sheet.
 * - No table found (result.layout null): an empty plan — nothing is written (the no-header finding tells the
 *   user what to fix; an empty overview would only replace good summaries of an earlier run).
 * - parts.highlights brings the columns along (the rules read 规范时限).
 * - parts.sheets replaces every sheet an earlier run generated (existing.sheets[].generated), except the table's
 *   own sheet; the new sheets never take a name a kept sheet has.
 */
export function buildPlan(result: CheckResult, existing: ExistingWorkbook, opts: PlanOptions): EditPlan {
  const lang = opts.lang ?? "zh-CN";
  const plan: EditPlan = { sheet: result.sheet, columns: [], highlights: [], sheets: [], replaceSheets: [], notes: [] };
  const layout = result.layout;
  const wantColumns = opts.parts.columns || opts.parts.highlights;

  if (layout && wantColumns) {
    plan.columns = planColumns(result, existing, lang);
  }
  if (layout && opts.extraColumns) plan.columns.push(...opts.extraColumns);

  if (layout && opts.parts.highlights) {
    plan.replaceOwnRules = true;
    const due = plan.columns[0];
    const status = layout.columns.find((c) => c.role === "status");
    const firstCol = Math.min(...layout.columns.map((c) => c.col));
    const lastCol = Math.max(layout.lastCol, ...plan.columns.map((c) => c.col));
    if (layout.lastDataRow >= layout.firstDataRow) {
      const range = `${colLetters(firstCol)}${layout.firstDataRow}:${colLetters(lastCol)}${layout.lastDataRow}`;
      const refs = {
        dueCol: colLetters(due.col),
        statusCol: colLetters(opts.statusCol ?? reportedStateCol(existing) ?? status?.col ?? 0) || null,
        firstRow: layout.firstDataRow,
        fixedAsOf: opts.fixedAsOf ? result.asOf : null,
        dueSoonDays: result.dueSoonDays,
      };
      const rules: HighlightRule[] = [
        { kind: "overdue", range, formula: overdueFormula(refs), fill: OVERDUE_FILL, fontColor: OVERDUE_FONT },
        { kind: "due-soon", range, formula: dueSoonFormula(refs), fill: DUE_SOON_FILL, fontColor: DUE_SOON_FONT },
      ];
      plan.highlights = rules;
    }
  }

  if (layout && opts.parts.sheets) {
    const tableKey = sheetNameKey(result.sheet);
    plan.replaceSheets = existing.sheets.filter((s) => s.generated && sheetNameKey(s.name) !== tableKey).map((s) => s.name);
    const replaced = new Set(plan.replaceSheets.map(sheetNameKey));
    const taken = new Set(existing.sheets.map((s) => sheetNameKey(s.name)).filter((k) => !replaced.has(k)));
    taken.add(tableKey);
    const out = planSheets({ result, taken, builtAt: opts.builtAt, fixedAsOf: !!opts.fixedAsOf, lang, ...(opts.reporting ? { reporting: opts.reporting } : {}) });
    plan.sheets = out.sheets;
    if (out.tooManyUnits) {
      plan.notes.push({
        code: "too-many-units",
        severity: "warning",
        row: null,
        column: null,
        message: strings(lang).outputs.tooManyUnits(result.summary.length, MAX_UNIT_SHEETS),
      });
    }
  }
  return plan;
}
