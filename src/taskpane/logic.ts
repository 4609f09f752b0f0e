/**
 * The pane's pure logic: no React, no DOM, no host. Everything here is unit-tested in tests/taskpane.
 */
import type { CheckResult, EditPlan, Finding, Severity, TaskRow, UnitSummary } from "../core/types";
import { planNoticeParagraphs } from "../core/report/notice-sheet";
import { colLetters } from "../core/a1";
import { sortForAttention, taskTotals } from "../core/summary";
import { DEFAULT_LONG_OVERDUE_DAYS } from "../core/grade";
import { strings, type Strings } from "../strings";
import { HostError, type HostSettings, type OutputLang } from "../app/host";
import { readAsOf, readDueSoonDays, readLongOverdueDays, readYear } from "../app/settings";
import { isIsoDate, todayIso } from "../core/dates";

/** The pane's date helpers live in the core (the CLI uses them too); kept importable from here. */
export { isIsoDate, todayIso };

type Ui = Strings["ui"];

export interface Counts {
  rows: number;
  errors: number;
  warnings: number;
  overdue: number;
  /** Of the overdue: overdue past the long-overdue days (挂牌督办). */
  longOverdue: number;
  /** 阶段逾期: a dated stage passed without the task being done. */
  stageOverdue: number;
  dueSoon: number;
}

/** The counts the pane shows: the task counts are the overview's 合计 row (taskTotals), so they are the same numbers. */
export function countsOf(result: CheckResult): Counts {
  let errors = 0;
  let warnings = 0;
  for (const f of result.findings) {
    if (f.severity === "error") errors++;
    else if (f.severity === "warning") warnings++;
  }
  const t = taskTotals(result.rows);
  return { rows: result.rows.length, errors, warnings, overdue: t.overdue, longOverdue: t.longOverdue, stageOverdue: t.stageOverdue, dueSoon: t.dueSoon };
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

/** Findings grouped error → warning → info; within a group by row (sheet-wide first), then column. Empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byRow = (a: Finding, b: Finding) =>
    (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code);
  return SEVERITIES.map((severity) => ({
    severity,
    findings: findings.filter((f) => f.severity === severity).slice().sort(byRow),
  })).filter((g) => g.findings.length > 0);
}

/** 1 → A, 26 → Z, 27 → AA. Null for anything that is not a positive whole number. */
export function columnLetter(col: number | null | undefined): string | null {
  if (col === null || col === undefined || !Number.isInteger(col) || col < 1) return null;
  return colLetters(col);
}

/** Rows in a given state, in sheet order. */
export function rowsIn(result: CheckResult, state: TaskRow["state"]): TaskRow[] {
  return result.rows.filter((r) => r.state === state).sort((a, b) => a.row - b.row);
}

/** The overview as the page shows it: the core's one order of units (attention first), as the overview sheet and the CLI. */
export function overviewRows(summary: readonly UnitSummary[]): UnitSummary[] {
  return sortForAttention(summary.slice());
}

/** The unit names of a row for display: names as written, joined with 、. */
export function unitNames(row: TaskRow, sep: string = strings().ui.unitSep): string {
  const seen = new Set<string>();
  for (const u of row.units) seen.add(u.name);
  return seen.size ? [...seen].join(sep) : row.unitText.replace(/\s+/g, " ").trim();
}

/** A short single-line form of a long cell text. */
export function shorten(text: string, max = 40): string {
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

/** The settings form as typed (strings), before it becomes HostSettings. */
export interface SettingsForm {
  year: string;
  asOf: string;
  dueSoonDays: string;
  /** 挂牌督办天数 (DOMAIN.md section 10); absent: the default. */
  longOverdueDays?: string;
  sheet: string | null;
  /** What is written: in the table's language (default) or a chosen one. */
  outputLang?: OutputLang;
}

export function formFromSettings(s: HostSettings): SettingsForm {
  return {
    year: s.year === null ? "" : String(s.year),
    asOf: s.asOf ?? "",
    dueSoonDays: String(s.dueSoonDays),
    longOverdueDays: String(s.longOverdueDays ?? DEFAULT_LONG_OVERDUE_DAYS),
    sheet: s.sheet,
    ...(s.outputLang ? { outputLang: s.outputLang } : {}),
  };
}

export type FormErrors = Partial<Record<"year" | "asOf" | "dueSoonDays" | "longOverdueDays", string>>;

/**
 * The form → HostSettings, or the messages saying what to change (bounds and full-width digits: src/app/settings).
 * An empty year means "detect"; an empty as-of date means "today".
 */
export function settingsFromForm(form: SettingsForm, ui: Ui): { settings: HostSettings | null; errors: FormErrors } {
  const errors: FormErrors = {};
  let year: number | null = null;
  if (form.year.trim() !== "") {
    year = readYear(form.year, { allowNian: true });
    if (year === null) errors.year = ui.errors.yearInvalid;
  }
  let asOf: string | null = null;
  if (form.asOf.trim() !== "") {
    asOf = readAsOf(form.asOf);
    if (asOf === null) errors.asOf = ui.errors.asOfInvalid;
  }
  const dueSoonDays = readDueSoonDays(form.dueSoonDays);
  if (dueSoonDays === null) errors.dueSoonDays = ui.errors.dueSoonInvalid;
  // An older caller's form without the field: the default.
  const longOverdueDays = readLongOverdueDays(form.longOverdueDays ?? String(DEFAULT_LONG_OVERDUE_DAYS));
  if (longOverdueDays === null) errors.longOverdueDays = ui.errors.longOverdueInvalid;
  if (Object.keys(errors).length || dueSoonDays === null || longOverdueDays === null) return { settings: null, errors };
  return {
    settings: { year, asOf, dueSoonDays, longOverdueDays, sheet: form.sheet, ...(form.outputLang ? { outputLang: form.outputLang } : {}) },
    errors,
  };
}

/** The message to show for a failure: a HostError's own text (already in the UI language), else the generic one. */
export function errorMessage(err: unknown, ui: Ui): string {
  if (err instanceof HostError || (err instanceof Error && err.name === "HostError")) {
    const msg = err.message.trim();
    if (msg) return msg;
  }
  return ui.errors.generic;
}

/** The 通报 a run wrote (its paragraphs, title first, and its sheet), or null when the run wrote none. */
export function noticeOf(outcome: { result: CheckResult; plan: EditPlan | null } | null): { paragraphs: string[]; sheet: string; asOf: string } | null {
  const paragraphs = planNoticeParagraphs(outcome?.plan);
  const sheet = outcome?.plan?.sheets.find((s) => s.kind === "notice")?.name;
  return outcome && paragraphs && sheet ? { paragraphs, sheet, asOf: outcome.result.asOf } : null;
}

/** A progress label key from a host → the text to show (unknown keys: "working"). */
export function progressText(label: string, ui: Ui): string {
  const table = ui.progress as Record<string, unknown>;
  const v = Object.prototype.hasOwnProperty.call(table, label) ? table[label] : undefined;
  return typeof v === "string" && label !== "label" ? v : ui.progress.working;
}
