/**
 * The readable report of `breakdown check` (no --json): the summary first — sheet, counts by state, how many
 * findings, what the run did — then the lists, each at most MAX_LIST_ROWS lines with "……另有 N 项" under it,
 * so a 10,000-row table gives a short report; --json or -o give everything.
 */
import { strings, type Lang } from "../strings";
import type { CheckResult, Finding, RowState, Severity } from "../core/types";
import type { RunOutcome } from "../app/outcome";
import { sortForAttention, taskTotals } from "../core/summary";

/** At most this many lines per list (findings, overdue, due soon, units). */
export const MAX_LIST_ROWS = 20;

const STATE_ORDER: readonly RowState[] = ["overdue", "stage-overdue", "due-soon", "open", "ongoing", "recurring", "done", "unknown"];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The readable report. `outcome` (src/app/outcome.ts) adds what the run did when it was not a plain success. */
export function checkReport(result: CheckResult, lang: Lang, outcome?: RunOutcome): string {
  const t = strings(lang).cli.check;
  const w = strings(lang).words;
  const lines: string[] = [];
  const list = <T,>(title: string, items: readonly T[], line: (x: T) => string) => {
    if (items.length === 0) return;
    lines.push("", title);
    for (const x of items.slice(0, MAX_LIST_ROWS)) lines.push(line(x));
    if (items.length > MAX_LIST_ROWS) lines.push(t.more(items.length - MAX_LIST_ROWS));
  };

  // ── the summary
  lines.push(t.heading(result.sheet, result.year, t.yearSource[result.yearSource], result.asOf));
  if (result.rows.length === 0) lines.push(t.noRows);
  else {
    const counts = new Map<RowState, number>();
    for (const r of result.rows) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
    // 挂牌督办 beside the overdue count: the overview's numbers (taskTotals).
    const long = taskTotals(result.rows).longOverdue;
    const parts = STATE_ORDER.filter((s) => counts.get(s)).map((s) => `${w.state[s]} ${counts.get(s) ?? 0}${s === "overdue" && long ? t.longOverdueOf(long) : ""}`);
    lines.push(t.counts(result.rows.length, parts.join(t.listSep)));
  }
  const n = (sev: Severity) => result.findings.filter((f) => f.severity === sev).length;
  lines.push(result.findings.length === 0 ? t.noFindings : t.findingsTitle(n("error"), n("warning"), n("info")));
  if (outcome && outcome.level !== "success") lines.push(outcome.message);

  // ── the lists, errors first
  const findings = result.findings
    .slice()
    .sort((a: Finding, b: Finding) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (a.row ?? 0) - (b.row ?? 0));
  list(t.findingsList, findings, (f) => t.findingLine(t.severityName[f.severity], f.message));
  const taskLine = (r: CheckResult["rows"][number]) =>
    t.taskLine(r.row, r.no, r.task.replace(/\s+/g, " "), r.deadline.text.replace(/\s+/g, " "), r.deadline.due);
  list(t.overdueTitle, result.rows.filter((r) => r.state === "overdue"), taskLine);
  list(t.dueSoonTitle(result.dueSoonDays), result.rows.filter((r) => r.state === "due-soon"), taskLine);
  list(t.unitsTitle, sortForAttention(result.summary), (s) => t.unitLine(s.unit, s.generic, s.total, s.overdue, s.dueSoon, s.done));
  return lines.join("\n") + "\n";
}
