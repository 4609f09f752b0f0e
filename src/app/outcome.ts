/**
 * What a run did, in one line the user can trust (issue 13): success only when the run did what was asked;
 * a warning "完成，但有 N 个错误" when it ran but the table has errors; "blocked" — nothing written — when no table
 * was found, required columns are missing (named) or there are no task rows. The CLI's report and the pane's
 * status message both use it.
 */
import type { CheckResult, EditPlan } from "../core/types";
import { blockedReason, isEmptyPlan } from "../core/plan";
import { strings, type Lang } from "../strings";

export type OutcomeLevel = "success" | "warning" | "blocked";

export interface RunOutcome {
  level: OutcomeLevel;
  /** One line for the user (success: a plain "完成。"; the pane may say which button's work was done instead). */
  message: string;
  errors: number;
  warnings: number;
  /** True when something was (or, for a plan not yet applied, will be) written to the workbook. */
  wrote: boolean;
}

/**
 * Classify a run. `plan` is the plan applied (null: a check that writes nothing, e.g. 校验 or `check` without
 * -o). A blocked run never counts as a success, whatever was asked.
 */
export function classifyRun(result: CheckResult, plan: EditPlan | null, lang: Lang = "zh-CN"): RunOutcome {
  const t = strings(lang).outcome;
  const errors = result.findings.filter((f) => f.severity === "error").length;
  const warnings = result.findings.filter((f) => f.severity === "warning").length;
  const wrote = plan !== null && !isEmptyPlan(plan);
  const base = { errors, warnings, wrote };
  const blocked = blockedReason(result);
  if (blocked) {
    const message =
      blocked.kind === "no-header"
        ? t.noHeader(result.sheet)
        : blocked.kind === "missing-columns"
          ? t.missingColumns(blocked.missing.map((m) => t.column[m]))
          : t.noRows;
    return { ...base, level: "blocked", message };
  }
  if (errors > 0) return { ...base, level: "warning", message: plan === null ? t.checkedWithErrors(errors) : t.withErrors(errors) };
  return { ...base, level: "success", message: t.done };
}
