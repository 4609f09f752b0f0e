/**
 * What the pane says after a run beside its outcome (pure, tested in tests/taskpane): whether the 汇总 built from
 * this table is stale (src/core/plan record: the table's cells or the as-of date changed since), and the as-of
 * hint (src/core/table-lang: the plan year is over, offer its end as the as-of date).
 */
import { overviewStaleness, type Staleness } from "../core/plan";
import { asOfHint } from "../core/table-lang";
import type { ActionName, ActionOutcome } from "../app/host";

export interface StaleSummary extends Staleness {
  /** The as-of date the 汇总 counted on. */
  builtAsOf: string | null;
  /** The as-of date of this run. */
  asOf: string;
}

/**
 * The stale-summary notice, or null: none when the workbook has no 汇总 from this table, when the run just rebuilt
 * it (生成汇总 / 全部运行 that wrote), or when it still matches.
 */
export function staleSummary(outcome: ActionOutcome | null, lastAction: ActionName | null): StaleSummary | null {
  if (!outcome?.overview || !outcome.result.fingerprint) return null;
  const rebuilt = (lastAction === "summarise" || lastAction === "runAll") && outcome.plan !== null && outcome.plan.sheets.length > 0;
  if (rebuilt) return null;
  const s = overviewStaleness(outcome.overview, { fingerprint: outcome.result.fingerprint, asOf: outcome.result.asOf });
  return s.stale ? { ...s, builtAsOf: outcome.overview.asOf, asOf: outcome.result.asOf } : null;
}

/** The plan year's end when the run's as-of date is past it (a 2022 table opened in 2024), else null. */
export function yearEndHint(outcome: ActionOutcome | null): string | null {
  if (!outcome?.result.layout) return null;
  return asOfHint(outcome.result.year, outcome.result.asOf);
}
