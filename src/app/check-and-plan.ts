/**
 * checkAndPlan: the step every host takes between reading cells and writing — the Excel host, the .xlsx path
 * (processWorkbook: the file host, its worker and the CLI) all call it, so the adapters only read cells and apply
 * plans. Check the table sheet with the core, then (when something is to be written) build the edit plan from
 * what the adapter read of the rest of the workbook.
 */
import { checkSheet } from "../core/check";
import { buildPlan, type ExistingWorkbook, type PlanParts } from "../core/plan";
import type { AliasTable, CheckResult, EditPlan, SheetCells } from "../core/types";
import type { Lang } from "../strings";
import { localTimestamp } from "../core/dates";
import { outputLanguage } from "../core/table-lang";

/** The settings of one run, as the check and the plan need them. */
export interface RunSettings {
  /** Plan year; detected when null or absent. */
  year?: number | null;
  /** ISO as-of date (the caller puts today's date when the user chose none). */
  asOf: string;
  /** True when the user chose the as-of date: the highlight rules then compare with it instead of TODAY(). */
  fixedAsOf?: boolean;
  dueSoonDays?: number;
  /** 三色预警: days overdue past which a task is 深红 / 挂牌 (default 30). */
  longOverdueDays?: number;
}

export interface CheckAndPlanInput {
  cells: SheetCells;
  settings: RunSettings;
  /** What to write; null (or no part asked for): check only, no plan. */
  parts: PlanParts | null | undefined;
  /** What the adapter knows of the rest of the workbook; asked only when a plan is built (default: nothing). */
  existing?: (result: CheckResult) => ExistingWorkbook;
  /** Build time shown on the overview (local "yyyy-mm-ddTHH:MM:SS"; default: now). */
  builtAt?: () => string;
  /** The workbook's file name (plan-year detection). */
  workbookName?: string;
  /** The user's alias list (sheet 单位别名), when there is one. */
  aliases?: AliasTable;
  /** The language of messages (findings). */
  lang?: Lang;
  /**
   * The language of what is written (added columns, sheets): "table" — the table's own language
   * (src/core/table-lang), so a Chinese table gets Chinese outputs in an English Office; absent — `lang`.
   */
  outputLang?: Lang | "table";
  /**
   * Called with the check's result before a plan is built: a host that cannot write this result (no header,
   * a protected sheet) throws here. Not called when nothing is to be written.
   */
  beforePlan?: (result: CheckResult) => void;
}

export interface CheckAndPlan {
  result: CheckResult;
  /** Null when nothing was asked to be written. */
  plan: EditPlan | null;
}

/** True when `parts` asks for anything to be written. */
export function writesAnything(parts: PlanParts | null | undefined): parts is PlanParts {
  return !!parts && (parts.columns || parts.highlights || parts.sheets || !!parts.aliases || !!parts.notice);
}

export function checkAndPlan(input: CheckAndPlanInput): CheckAndPlan {
  const { settings } = input;
  const result = checkSheet(input.cells, {
    asOf: settings.asOf,
    ...(settings.year !== null && settings.year !== undefined ? { year: settings.year } : {}),
    ...(settings.dueSoonDays !== undefined ? { dueSoonDays: settings.dueSoonDays } : {}),
    ...(settings.longOverdueDays !== undefined ? { longOverdueDays: settings.longOverdueDays } : {}),
    ...(input.workbookName ? { workbookName: input.workbookName } : {}),
    ...(input.aliases && input.aliases.size ? { aliases: input.aliases } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
  });
  if (!writesAnything(input.parts)) return { result, plan: null };
  input.beforePlan?.(result);
  const existing = input.existing?.(result) ?? { sheets: [], headerRow: [] };
  const plan = buildPlan(result, existing, {
    parts: input.parts,
    fixedAsOf: !!settings.fixedAsOf,
    builtAt: input.builtAt?.() ?? localTimestamp(),
    lang: input.outputLang ? outputLanguage(input.outputLang, result, input.lang ?? "zh-CN") : (input.lang ?? "zh-CN"),
  });
  return { result, plan };
}
