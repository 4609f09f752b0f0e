/**
 * 规范时限: the added columns right of the table — 规范时限 (the normalised date), 统计状态 (the task's state in
 * words, DOMAIN.md section 6: the cue that is not a colour) and 时限类型. They are found again on a re-run by
 * their header text in the table's header row (in any language), so they are never added twice; the original
 * cells are never written.
 *
 * The state column's header is not the bare word 状态: tables often have a 状态 column of their own (the status
 * the user types), which must never be taken for ours and overwritten.
 */
import type { PlannedColumn, PlannedCell, CheckResult, SheetCells, TaskRow } from "../types";
import { removeSpaces } from "../text";
import { strings, type Lang } from "../../strings";
import type { ExistingWorkbook } from "./index";

/** The number format of 规范时限. */
export const DUE_NUMBER_FORMAT = "yyyy-mm-dd";

const LANGS: Lang[] = ["zh-CN", "en-US"];

export type OutputColumn = "deadline" | "kind" | "state";

const HEADER_KEY: Record<OutputColumn, "deadlineHeader" | "kindHeader" | "stateHeader"> = {
  deadline: "deadlineHeader",
  kind: "kindHeader",
  state: "stateHeader",
};

/** Every header text (spaces removed) an added column (规范时限 / 时限类型 / 统计状态) has had in any language. */
export function outputHeaderKeys(which: OutputColumn): string[] {
  return LANGS.map((l) => removeSpaces(strings(l).outputs[HEADER_KEY[which]]));
}

/** True when a header text is one of the added columns' headers (readers of the table should skip it). */
export function isOutputHeader(text: string): boolean {
  const k = removeSpaces(text);
  return (["deadline", "kind", "state"] as const).some((w) => outputHeaderKeys(w).includes(k));
}

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
    stateCells.push({ row: r.row, cell: { value: w.state[r.state] } });
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

/** How far down a sheet `withoutOutputColumns` looks for the added columns' headers. */
const OUTPUT_HEADER_SCAN_ROWS = 40;

/**
 * The cells with the added columns (规范时限 / 统计状态 / 时限类型 of an earlier run, found by their header in the first
 * rows) blanked out, so reading the table again does not take them for the table's own deadline columns.
 * checkSheet applies it to what it reads; the workbook itself is not changed. Returns `cells` unchanged
 * when there are none.
 */
export function withoutOutputColumns(cells: SheetCells): SheetCells {
  const cols = new Set<number>();
  cells.values.slice(0, OUTPUT_HEADER_SCAN_ROWS).forEach((row) =>
    row.forEach((v, j) => {
      if (typeof v === "string" && isOutputHeader(v)) cols.add(j);
    }),
  );
  if (cols.size === 0) return cells;
  const blank = <T,>(row: T[], empty: T): T[] => row.map((v, j) => (cols.has(j) ? empty : v));
  return {
    ...cells,
    values: cells.values.map((r) => blank(r, null)),
    ...(cells.numberFormats ? { numberFormats: cells.numberFormats.map((r) => blank(r, null)) } : {}),
  };
}
