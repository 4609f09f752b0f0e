/**
 * 规范时限: the added columns right of the table — 规范时限 (the normalised date), 统计状态 (the task's state in
 * words, DOMAIN.md section 6: the cue that is not a colour) and 时限类型. They are found again on a re-run by
 * their header text in the table's header row (in any language), so they are never added twice; the original
 * cells are never written.
 *
 * The state column's header is not the bare word 状态: tables often have a 状态 column of their own (the status
 * the user types), which must never be taken for ours and overwritten.
 */
import type { PlannedColumn, PlannedCell, CheckResult, TaskRow } from "../types";
import { removeSpaces } from "../text";
import { strings, type Lang } from "../../strings";
import { outputHeaderKeys, type OutputColumn } from "../own";
import type { ExistingWorkbook } from "./types";

/** The number format of 规范时限. */
export const DUE_NUMBER_FORMAT = "yyyy-mm-dd";

function findCol(existing: ExistingWorkbook, which: OutputColumn): number | null {
  const keys = outputHeaderKeys(which);
  const hit = existing.headerRow.find((h) => keys.includes(removeSpaces(h.text)));
  return hit ? hit.col : null;
}

export interface ColumnPlacement {
  dueCol: number;
  stateCol: number;
  kindCol: number;
}

/** Where 规范时限, 统计状态 and 时限类型 go: where they already are, else the next free columns right of everything. */
export function placeColumns(result: CheckResult, existing: ExistingWorkbook): ColumnPlacement {
  const layout = result.layout!;
  const foundDue = findCol(existing, "deadline");
  const foundKind = findCol(existing, "kind");
  const foundState = findCol(existing, "state");
  let free =
    Math.max(
      layout.lastCol,
      existing.lastUsedCol ?? 0,
      ...existing.headerRow.filter((h) => h.text.trim() !== "").map((h) => h.col),
    ) + 1;
  const dueCol = foundDue ?? free++;
  const stateCol = foundState ?? free++;
  const kindCol = foundKind ?? free++;
  return { dueCol, stateCol, kindCol };
}

function dueCell(row: TaskRow): PlannedCell | null {
  const d = row.deadline;
  if (d.kind === "date" && d.due) return { value: d.due, date: true };
  return null;
}

export function planColumns(result: CheckResult, existing: ExistingWorkbook, lang: Lang): PlannedColumn[] {
  const layout = result.layout!;
  const t = strings(lang).outputs;
  const w = strings(lang).words;
  const { dueCol, stateCol, kindCol } = placeColumns(result, existing);
  const clear = { from: layout.firstDataRow, to: layout.lastDataRow };
  const dueCells: { row: number; cell: PlannedCell }[] = [];
  const kindCells: { row: number; cell: PlannedCell }[] = [];
  const stateCells: { row: number; cell: PlannedCell }[] = [];
  for (const r of result.rows) {
    // The grade in words where it is more than the state says: 深红 / 挂牌 (the colour is not the only cue).
    stateCells.push({ row: r.row, cell: { value: r.grade === "crimson" ? w.longOverdueState : w.state[r.state] } });
    const c = dueCell(r);
    if (c) dueCells.push({ row: r.row, cell: c });
    const k = r.deadline.kind;
    if (k !== "empty") kindCells.push({ row: r.row, cell: { value: t.kind[k] } });
  }
  // 规范时限 first: the highlight rules read it (plan.columns[0]).
  return [
    { header: t.deadlineHeader, col: dueCol, headerRow: layout.headerRow, cells: dueCells, numberFormat: DUE_NUMBER_FORMAT, width: 12, clear, styleFromCol: layout.lastCol },
    { header: t.stateHeader, col: stateCol, headerRow: layout.headerRow, cells: stateCells, width: 10, clear, styleFromCol: layout.lastCol },
    { header: t.kindHeader, col: kindCol, headerRow: layout.headerRow, cells: kindCells, width: 10, clear, styleFromCol: layout.lastCol },
  ];
}
