/**
 * 回收: the master's EditPlan from a CollectOutcome — the three added columns, the highlight rules reading
 * 报送完成状态, the overview with 已报送 / 未报送, and the 报送记录 sheet (replacing an earlier one). The same plan
 * for every adapter: the .xlsx path (src/workbook/collect.ts) and Excel (src/excel/cycle-collect.ts).
 */
import type { EditPlan } from "../types";
import { buildPlan, placeColumns, type ExistingWorkbook } from "../plan";
import { sheetNameKey, uniqueSheetName } from "../sheetnames";
import { strings, type Lang } from "../../strings";
import type { CollectOutcome } from "./collect";
import type { UnitDirectory } from "./directory";
import { planCycleColumns, planRecordsSheet, reportingByUnit } from "./master";

export interface CollectPlanInput {
  outcome: CollectOutcome;
  existing: ExistingWorkbook;
  /** Every sheet name of the master, in tab order. */
  sheetNames: readonly string[];
  /** The sheet holding an earlier collect's 报送记录 (replaced), if any. */
  recordsSheet: string | null;
  directory?: UnitDirectory;
  builtAt: string;
  lang: Lang;
}

/** The plan, and the master's sheet names once it is applied. Null when the master has no table header. */
export function planCollect(inp: CollectPlanInput): { plan: EditPlan; sheets: string[] } | null {
  const { outcome, existing, lang } = inp;
  const merged = outcome.result;
  if (!merged.layout) return null;
  const { dueCol, kindCol } = placeColumns(merged, existing);
  const cycle = planCycleColumns(outcome, existing, Math.max(dueCol, kindCol), lang);
  const reporting = reportingByUnit(outcome, merged.summary.map((s) => s.unit), inp.directory, lang);
  const plan = buildPlan(merged, existing, {
    parts: { columns: true, highlights: true, sheets: true },
    fixedAsOf: true,
    builtAt: inp.builtAt,
    lang,
    reporting,
    ...(cycle ? { extraColumns: cycle.columns, statusCol: cycle.statusCol } : {}),
  });
  // The 报送记录 sheet: replaces the earlier one, never takes a name a kept or new sheet has.
  if (inp.recordsSheet && !plan.replaceSheets.includes(inp.recordsSheet)) plan.replaceSheets.push(inp.recordsSheet);
  const replaced = new Set(plan.replaceSheets.map(sheetNameKey));
  const taken = new Set([...inp.sheetNames.map((n) => sheetNameKey(n)).filter((k) => !replaced.has(k)), ...plan.sheets.map((s) => sheetNameKey(s.name))]);
  plan.sheets.push(planRecordsSheet(outcome, uniqueSheetName(strings(lang).cycle.recordsSheet, taken), lang));
  const sheets = [...inp.sheetNames.filter((n) => !replaced.has(sheetNameKey(n))), ...plan.sheets.map((s) => s.name)];
  return { plan, sheets };
}
