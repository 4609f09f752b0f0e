/**
 * Row states (DOMAIN.md section 4): done / overdue / due-soon / open / ongoing / recurring / unknown.
 */
import type { Deadline, RowState } from "./types";
import { removeSpaces, toHalfWidth } from "./text";

/** Status words that mean done, as the whole cell (after trimming): 未完成 / 部分完成 are not done. */
export const DONE_WORDS: readonly string[] = ["已完成", "完成", "已办结", "办结", "已落实", "√", "✓", "是"];

const DONE = new Set(DONE_WORDS);

export function isDone(status: string | null | undefined): boolean {
  if (!status) return false;
  return DONE.has(removeSpaces(toHalfWidth(status)));
}

/** ISO date + n days (UTC calendar arithmetic). */
export function addDays(iso: string, n: number): string {
  const [y = NaN, m = NaN, d = NaN] = iso.split("-").map(Number);
  const t = Date.UTC(y, m - 1, d) + n * 86400000;
  if (!Number.isFinite(t)) return iso;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The state of one row as of `asOf` (ISO). Done wins; a hard date before the as-of date is overdue; one within
 * the next `dueSoonDays` days (asOf ≤ due ≤ asOf + N) is due soon; a later one is open. A phrase with dated stages
 * whose earlier stage passed undone is "stage-overdue" (阶段逾期) even when the final date is far away. Ongoing and recurring
 * rows are never overdue; unknown and empty deadlines are "unknown" (not judged; validation reports them).
 */
export function rowState(deadline: Deadline, status: string | null | undefined, asOf: string, dueSoonDays: number): RowState {
  if (isDone(status)) return "done";
  switch (deadline.kind) {
    case "date": {
      const due = deadline.due;
      if (!due) return "unknown";
      if (due < asOf) return "overdue";
      // A dated stage before the final date passed undone (DOMAIN.md section 10): 阶段逾期.
      if ((deadline.stages ?? []).some((s) => s.date < asOf && s.date < due)) return "stage-overdue";
      if (due <= addDays(asOf, dueSoonDays)) return "due-soon";
      return "open";
    }
    case "ongoing":
      return "ongoing";
    case "recurring":
      return "recurring";
    default:
      return "unknown";
  }
}
