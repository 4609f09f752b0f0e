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
import { planAliasSheet } from "./aliases";
import { MAX_UNIT_SHEETS, planSheets } from "./sheets";
import { colLetters } from "../a1";
import type { ExistingWorkbook, PlanOptions } from "./types";
import { isReportedStateHeader } from "../cycle/headers";
import {
  DUE_SOON_FILL,
  DUE_SOON_FONT,
  LONG_OVERDUE_FILL,
  LONG_OVERDUE_FONT,
  OVERDUE_FILL,
  OVERDUE_FONT,
  dueSoonFormula,
  longOverdueFormula,
  overdueFormula,
} from "./rules";
import { DEFAULT_LONG_OVERDUE_DAYS } from "../grade";

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
export { overdueFormula, dueSoonFormula, longOverdueFormula, asOfTerm } from "./rules";
export { taskSheetNames, generatedSource } from "../own";
export {
  readOverviewRecord,
  findOverviewRecord,
  overviewStaleness,
  OVERVIEW_ASOF_ROW,
  OVERVIEW_FINGERPRINT_ROW,
  OVERVIEW_NOTICE_ROW,
  type OverviewRecord,
  type Staleness,
} from "./record";
export { OVERDUE_FILL, OVERDUE_FONT, DUE_SOON_FILL, DUE_SOON_FONT, LONG_OVERDUE_FILL, LONG_OVERDUE_FONT } from "./rules";
export { DUE_NUMBER_FORMAT, placeColumns } from "./columns";
export { OVERVIEW_SHEET_NAME, MAX_UNIT_SHEETS, GENERIC_TAB_COLOR, OVERVIEW_TAB_COLOR, sheetRef } from "./sheets";
export { sortForAttention } from "../summary";
export { colLetters, colNumber, a1 } from "../a1";
export { DONE_WORDS } from "../status";

/** The 报送完成状态 column an earlier collect wrote (the highlight rules read it as the status column), if any. */
function reportedStateCol(existing: ExistingWorkbook): number | undefined {
  return existing.headerRow.find((h) => isReportedStateHeader(h.text))?.col;
}

/** Why a run writes nothing: no table found, required columns missing, or no task rows under the header. */
export type BlockedReason = { kind: "no-header" } | { kind: "missing-columns"; missing: NonNullable<CheckResult["missingColumns"]> } | { kind: "no-rows" };

/**
 * Null when the checked sheet is a table a plan can be written for; else why not. Nothing is written then:
 * empty 规范时限 columns or summaries of nothing would only look like a result (and replace an earlier good one).
 */
export function blockedReason(result: CheckResult): BlockedReason | null {
  if (!result.layout) return { kind: "no-header" };
  if (result.missingColumns?.length) return { kind: "missing-columns", missing: [...result.missingColumns] };
  if (result.rows.length === 0) return { kind: "no-rows" };
  return null;
}

/** True when the plan writes nothing at all (no columns, rules, sheets, nor removes any). */
export function isEmptyPlan(plan: EditPlan): boolean {
  return !plan.columns.length && !plan.highlights.length && !plan.sheets.length && !plan.replaceSheets.length && !plan.replaceOwnRules;
}

/**
 * Build the plan for one checked sheet.
 * - No table found, a required column missing or no task rows (blockedReason): an empty plan — nothing is
 *   written (the findings tell the user what to fix; an empty overview would only replace good summaries).
 * - parts.highlights brings the columns along (the rules read 规范时限).
 * - parts.sheets replaces the sheets an earlier run generated from the same table (existing.sheets[].source),
 *   never the table's own sheet; the new sheets never take a name a kept sheet has.
 */
export function buildPlan(result: CheckResult, existing: ExistingWorkbook, opts: PlanOptions): EditPlan {
  const lang = opts.lang ?? "zh-CN";
  const plan: EditPlan = { sheet: result.sheet, columns: [], highlights: [], sheets: [], replaceSheets: [], notes: [] };
  // No table, a required column missing, or no task rows: an empty plan (blockedReason says why).
  const layout = blockedReason(result) ? null : result.layout;
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
    // `due` is always there: parts.highlights brings the columns along.
    if (due && layout.lastDataRow >= layout.firstDataRow) {
      const range = `${colLetters(firstCol)}${layout.firstDataRow}:${colLetters(lastCol)}${layout.lastDataRow}`;
      const refs = {
        dueCol: colLetters(due.col),
        statusCol: colLetters(opts.statusCol ?? reportedStateCol(existing) ?? status?.col ?? 0) || null,
        firstRow: layout.firstDataRow,
        fixedAsOf: opts.fixedAsOf ? result.asOf : null,
        dueSoonDays: result.dueSoonDays,
        longOverdueDays: result.longOverdueDays ?? DEFAULT_LONG_OVERDUE_DAYS,
      };
      // 深红 first: it wins over 红 where both match (a rule earlier in the list has the higher priority).
      const rules: HighlightRule[] = [
        { kind: "long-overdue", range, formula: longOverdueFormula(refs), fill: LONG_OVERDUE_FILL, fontColor: LONG_OVERDUE_FONT },
        { kind: "overdue", range, formula: overdueFormula(refs), fill: OVERDUE_FILL, fontColor: OVERDUE_FONT },
      ];
      // Yellow: due soon, or 阶段逾期 as the 统计状态 column says.
      const stateCol = plan.columns[1];
      const stage = stateCol ? { stateCol: colLetters(stateCol.col), word: strings(lang).words.state["stage-overdue"] } : undefined;
      rules.push({ kind: "due-soon", range, formula: dueSoonFormula(refs, stage), fill: DUE_SOON_FILL, fontColor: DUE_SOON_FONT });
      plan.highlights = rules;
    }
  }

  // 单位别名: created once when asked and missing, whatever the table (the user fills it in before summarising).
  if (opts.parts.aliases) {
    const sheet = planAliasSheet(existing.sheets, lang);
    if (sheet) plan.sheets.push(sheet);
  }

  if (layout && opts.parts.sheets) {
    const tableKey = sheetNameKey(result.sheet);
    // Only the sheets generated from this table (or by an older version that recorded no source): the summaries
    // of another table in the same workbook are kept, and the new sheets take other names beside them.
    plan.replaceSheets = existing.sheets
      .filter((s) => s.generated && sheetNameKey(s.name) !== tableKey && (!s.source || sheetNameKey(s.source) === tableKey))
      .map((s) => s.name);
    const replaced = new Set(plan.replaceSheets.map(sheetNameKey));
    const taken = new Set(existing.sheets.map((s) => sheetNameKey(s.name)).filter((k) => !replaced.has(k)));
    taken.add(tableKey);
    const out = planSheets({ result, taken, builtAt: opts.builtAt, fixedAsOf: !!opts.fixedAsOf, lang, ...(opts.reporting ? { reporting: opts.reporting } : {}) });
    plan.sheets.push(...out.sheets);
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
