/**
 * 三色预警 (DOMAIN.md section 10): the grade of a task as of a date, from its state and the user's thresholds.
 *   green   on track (done, open, ongoing, recurring);
 *   yellow  due within N days (due soon), or a milestone missed (阶段逾期) while the final date is still ahead;
 *   red     overdue (the final date passed) by at most M days;
 *   crimson (深红 / 挂牌) overdue by more than M days.
 * Unknown deadlines are not graded (null): validation reports them.
 */
import type { Deadline, DeadlineStage, Grade, RowState } from "./types";

export type { Grade } from "./types";

/** Every grade, mildest first (the legend's order). */
export const GRADES: readonly Grade[] = ["green", "yellow", "red", "crimson"];

export interface GradeThresholds {
  /** N: days ahead that count as due soon (yellow). */
  dueSoonDays: number;
  /** M: days overdue past which a task is 挂牌 (crimson). */
  longOverdueDays: number;
}

export const DEFAULT_LONG_OVERDUE_DAYS = 30;

/** Whole days from ISO date `from` to ISO date `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  const t = (iso: string) => {
    const [y, m, d] = iso.split("-").map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1);
  };
  return Math.round((t(to) - t(from)) / 86400000);
}

/** Dated stages before the final due date whose date has passed as of `asOf` (the latest last). */
export function passedStages(deadline: Deadline, asOf: string): DeadlineStage[] {
  const due = deadline.due;
  return (deadline.stages ?? []).filter((s) => s.date < asOf && (!due || s.date < due));
}

/** The latest milestone missed as of `asOf` (a stage date passed before the final due date), or null. */
export function missedStage(deadline: Deadline, asOf: string): DeadlineStage | null {
  const passed = passedStages(deadline, asOf);
  return passed[passed.length - 1] ?? null;
}

/** The next milestone on or after `asOf` (the final due date included, when it is a stage), or null. */
export function nextStage(deadline: Deadline, asOf: string): DeadlineStage | null {
  return (deadline.stages ?? []).find((s) => s.date >= asOf) ?? null;
}

/** The grade of one task (null: not graded, the deadline is not understood). */
export function rowGrade(row: { state: RowState; deadline: Deadline }, asOf: string, th: GradeThresholds): Grade | null {
  switch (row.state) {
    case "unknown":
      return null;
    case "due-soon":
    case "stage-overdue":
      return "yellow";
    case "overdue": {
      const due = row.deadline.due;
      return due && daysBetween(due, asOf) > th.longOverdueDays ? "crimson" : "red";
    }
    default:
      return "green";
  }
}
