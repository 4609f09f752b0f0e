/**
 * Per-unit summary (DOMAIN.md section 6): one line per unit, aliases merged, counts by role and by state,
 * units that need attention first.
 */
import type { AliasTable, TaskRow, UnitRole, UnitSummary } from "./types";
import { canonicalUnit } from "./units";

const ROLE_RANK: Record<UnitRole, number> = { lead: 0, responsible: 1, cooperate: 2 };

/** f remembered per argument (a table names the same few units thousands of times). */
function memo(f: (s: string) => string): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    let v = seen.get(s);
    if (v === undefined) seen.set(s, (v = f(s)));
    return v;
  };
}

/** The name a unit is counted under: the built-in short forms plus the user's alias list. */
export function summaryName(name: string, aliases?: AliasTable): string {
  return canonicalUnit(name, aliases) || name;
}

/**
 * The name each unit written in the table is counted under. Names that are the same unit (the built-in short
 * forms and the user's alias list, via canonicalUnit) share one name: the user's full name from the alias list
 * when it names one, else the canonical name when the table writes it that way, else the way the table writes
 * it most often (ties: first seen) — so the summary speaks the table's own language.
 */
export function unitDisplayNames(rows: readonly TaskRow[], aliases?: AliasTable): Map<string, string> {
  const groups = new Map<string, Map<string, number>>();
  const keyOf = memo((name: string) => summaryName(name, aliases));
  for (const row of rows)
    for (const u of row.units) {
      const key = keyOf(u.name);
      const g = groups.get(key) ?? new Map<string, number>();
      g.set(u.name, (g.get(u.name) ?? 0) + 1);
      groups.set(key, g);
    }
  const out = new Map<string, string>();
  for (const [key, written] of groups) {
    let display: string | undefined;
    for (const name of written.keys()) if (aliases?.has(name)) display = aliases.get(name);
    if (!display && written.has(key)) display = key;
    if (!display) {
      let best = -1;
      for (const [name, n] of written) if (n > best) [display, best] = [name, n];
    }
    for (const name of written.keys()) out.set(name, display ?? key);
  }
  return out;
}

/** Attention first: overdue, due soon, unknown deadline, total (all descending), then the name. */
export function compareSummaries(a: UnitSummary, b: UnitSummary): number {
  return (
    b.overdue - a.overdue ||
    b.dueSoon - a.dueSoon ||
    b.unknown - a.unknown ||
    b.total - a.total ||
    (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0)
  );
}

/**
 * Count every task row once per unit it names (under `u.canonical` when set, see unitDisplayNames) (a unit named twice in a row counts once, in its strongest role:
 * lead, then responsible, then cooperate). `ongoing` counts rows whose state is ongoing; recurring rows count
 * only in the total.
 */
export function summarise(rows: readonly TaskRow[], aliases?: AliasTable): UnitSummary[] {
  const byUnit = new Map<string, UnitSummary>();
  const nameOf = memo((name: string) => summaryName(name, aliases));
  // Each row's units under their counted names, each once with its highest role (a row names a few units: kept
  // in three arrays reused from row to row, searched straight through, instead of a map per row).
  const names: string[] = [];
  const roles: UnitRole[] = [];
  const generics: boolean[] = [];
  for (const row of rows) {
    let n = 0;
    for (const u of row.units) {
      const name = u.canonical ?? nameOf(u.name);
      let k = 0;
      while (k < n && names[k] !== name) k++;
      if (k === n) {
        names[n] = name;
        roles[n] = u.role;
        generics[n++] = u.generic;
      } else if (ROLE_RANK[u.role] < ROLE_RANK[roles[k] ?? u.role]) {
        // A higher role for a name already seen: it takes the role, and "generic" if either mention was.
        roles[k] = u.role;
        generics[k] = u.generic || (generics[k] ?? false);
      }
    }
    for (let k = 0; k < n; k++) {
      const name = names[k] ?? "";
      const role = roles[k] ?? "cooperate";
      const generic = generics[k] ?? false;
      let s = byUnit.get(name);
      if (!s) {
        s = { unit: name, generic, ...emptyTotals() };
        byUnit.set(name, s);
      }
      s.generic = s.generic || generic;
      s[role]++;
      s.total++;
      switch (row.state) {
        case "done":
          s.done++;
          break;
        case "overdue":
          s.overdue++;
          if (row.grade === "crimson") s.longOverdue++;
          break;
        case "stage-overdue":
          s.stageOverdue++;
          break;
        case "due-soon":
          s.dueSoon++;
          break;
        case "ongoing":
          s.ongoing++;
          break;
        case "unknown":
          s.unknown++;
          break;
        default:
          break;
      }
    }
  }
  return [...byUnit.values()].sort(compareSummaries);
}

/** The overview's counts over distinct tasks (the 合计 row): what the pane shows. */
export type TaskTotals = Omit<UnitSummary, "unit" | "generic">;

/** Every count at zero. */
export function emptyTotals(): TaskTotals {
  return { lead: 0, responsible: 0, cooperate: 0, total: 0, done: 0, overdue: 0, dueSoon: 0, ongoing: 0, unknown: 0, longOverdue: 0, stageOverdue: 0 };
}

/**
 * Counts over distinct task rows (DOMAIN.md section 6): a task shared by three units is one task. `total` is the
 * number of task rows, the state counts are rows in that state (the pane's counts), and `lead` / `responsible`
 * / `cooperate` count the tasks that name at least one unit in that role.
 */
export function taskTotals(rows: readonly TaskRow[]): TaskTotals {
  const t = emptyTotals();
  for (const row of rows) {
    t.total++;
    let lead = false;
    let responsible = false;
    let cooperate = false;
    for (const u of row.units) {
      if (u.role === "lead") lead = true;
      else if (u.role === "responsible") responsible = true;
      else cooperate = true;
    }
    if (lead) t.lead++;
    if (responsible) t.responsible++;
    if (cooperate) t.cooperate++;
    if (row.state === "done") t.done++;
    else if (row.state === "overdue") {
      t.overdue++;
      if (row.grade === "crimson") t.longOverdue++;
    } else if (row.state === "stage-overdue") t.stageOverdue++;
    else if (row.state === "due-soon") t.dueSoon++;
    else if (row.state === "ongoing") t.ongoing++;
    else if (row.state === "unknown") t.unknown++;
  }
  return t;
}

/** The per-unit sums (unit-task assignments: a task shared by three units counts three times). */
export function assignmentTotals(summary: readonly UnitSummary[]): TaskTotals {
  const t = emptyTotals();
  for (const u of summary) for (const k of Object.keys(t) as (keyof TaskTotals)[]) t[k] += u[k];
  return t;
}

/**
 * The one order of units for the user (the overview sheet, the pane, the CLI): units needing attention first —
 * overdue, then due soon, then unknown deadlines, then open work; ties keep the summary's order. Stable.
 */
export function sortForAttention(summary: UnitSummary[]): UnitSummary[] {
  return summary
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        b.s.overdue - a.s.overdue ||
        b.s.dueSoon - a.s.dueSoon ||
        b.s.unknown - a.s.unknown ||
        b.s.total - b.s.done - (a.s.total - a.s.done) ||
        a.i - b.i,
    )
    .map((x) => x.s);
}
