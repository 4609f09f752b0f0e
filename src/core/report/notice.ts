/**
 * 通报 draft (issue 17): the plain text a 督办 office sends round — counts as of a date, the units with the most
 * overdue tasks, the tasks newly overdue since the last report, the tasks due in the next N days. Pure: it reads
 * a CheckResult (the same counts the overview's 合计 row shows: taskTotals) and the previous report's as-of date.
 */
import type { CheckResult, TaskRow } from "../types";
import { strings, type Lang } from "../../strings";
import { taskTotals, sortForAttention, type TaskTotals } from "../summary";
import { addDays } from "../status";
import { TABLE_TITLE_SUFFIX } from "../vocab/table-words";

/** At most this many units are named as having the most overdue tasks. */
export const TOP_UNITS = 5;
/** A requirement longer than this is cut (with an ellipsis) in the 通报's task lines. */
export const REQUIREMENT_CHARS = 40;

export interface NoticeOptions {
  lang?: Lang;
  /** The as-of date of the previous report (the overview's record), when there was one. */
  previousAsOf?: string | null;
}

export interface NoticeTask {
  row: number;
  task: string;
  /** The requirement, shortened to REQUIREMENT_CHARS characters (the task alone is often a section's words). */
  requirement: string;
  units: string[];
  due: string | null;
}

export interface Notice {
  asOf: string;
  totals: TaskTotals;
  /** Units with overdue tasks, the most first (at most TOP_UNITS). */
  topUnits: { unit: string; overdue: number }[];
  /** Overdue now, not yet overdue on the previous report's date (null: no previous report). */
  newlyOverdue: NoticeTask[] | null;
  /** Due from the as-of date to N days after it, not done. */
  dueSoon: NoticeTask[];
  /** The paragraphs of the 通报, in order. */
  paragraphs: string[];
}

/**
 * What the 通报 is about: the table's title (else its sheet's name) without the words naming the table itself
 * ("2022年全市政务公开工作主要任务分解表" → "2022年全市政务公开工作主要"); "" when nothing is left.
 */
export function noticeSubject(result: Pick<CheckResult, "sheet" | "layout">): string {
  const strip = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "").replace(TABLE_TITLE_SUFFIX, "");
  return strip(result.layout?.title) || strip(result.sheet);
}

function byIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The first `n` characters (code points) and "…", or the text itself when it has no more. */
function cutChars(s: string, n: number): string {
  const chars = [...s];
  return chars.length > n ? chars.slice(0, n).join("") + "\u2026" : s;
}

function noticeTask(r: TaskRow): NoticeTask {
  const req = r.requirement.replace(/\s+/g, "");
  // Cut at a character, not inside a surrogate pair; a text this short needs no cut (and no array of its characters).
  const requirement = req.length <= REQUIREMENT_CHARS ? req : cutChars(req, REQUIREMENT_CHARS);
  return { row: r.row, task: r.task, requirement, units: [...new Set(r.units.map((u) => u.canonical ?? u.name))], due: r.deadline.due };
}

export function buildNotice(result: CheckResult, opts: NoticeOptions = {}): Notice {
  const t = strings(opts.lang ?? "zh-CN").report;
  const totals = taskTotals(result.rows);
  const topUnits = sortForAttention(result.summary)
    .filter((u) => u.overdue > 0)
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, TOP_UNITS)
    .map((u) => ({ unit: u.unit, overdue: u.overdue }));
  const prev = opts.previousAsOf ?? null;
  // Overdue on `prev` means due < prev: a task now overdue whose date is on or after `prev` became overdue since.
  const newlyOverdue = prev
    ? result.rows.filter((r) => r.state === "overdue" && r.deadline.due !== null && r.deadline.due >= prev).map(noticeTask)
    : null;
  const until = addDays(result.asOf, result.dueSoonDays);
  const dueSoon = result.rows
    .filter((r) => r.state !== "done" && r.deadline.kind === "date" && r.deadline.due !== null && r.deadline.due >= result.asOf && r.deadline.due <= until)
    // ISO dates sort as plain strings (no locale: a collator is slow and could order digits otherwise).
    .sort((a, b) => byIso(a.deadline.due ?? "", b.deadline.due ?? "") || a.row - b.row)
    .map(noticeTask);

  const paragraphs: string[] = [t.title(noticeSubject(result)), t.counts(result.asOf, totals, result.dueSoonDays)];
  paragraphs.push(topUnits.length ? t.topUnits(topUnits.map((u) => t.unitCount(u.unit, u.overdue))) : t.noOverdue);
  if (newlyOverdue) {
    paragraphs.push(t.newlyOverdue(prev ?? "", newlyOverdue.length));
    newlyOverdue.forEach((x, i) => paragraphs.push(t.taskLine(i + 1, x.task, x.requirement, x.units, x.due)));
  }
  paragraphs.push(t.dueSoon(result.dueSoonDays, dueSoon.length));
  dueSoon.forEach((x, i) => paragraphs.push(t.taskLine(i + 1, x.task, x.requirement, x.units, x.due)));
  paragraphs.push(t.closing);
  return { asOf: result.asOf, totals, topUnits, newlyOverdue, dueSoon, paragraphs };
}

/** The 通报 as plain text (one paragraph a line). */
export function noticeText(notice: Notice): string {
  return notice.paragraphs.join("\n") + "\n";
}
