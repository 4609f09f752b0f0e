/** The headers collect adds to the master, in every UI language (the table's readers skip these columns). */
import type { SheetCells } from "../types";
import { strings, LANGS } from "../../strings";
import { cellText, removeSpaces } from "../text";
import { isDone } from "../status";


/** True for a header collect writes (报送完成状态, 各单位报送情况, 最近报送日期 in any UI language). */
export function isCycleHeader(text: string): boolean {
  const k = removeSpaces(text);
  return LANGS.some((l) => Object.values(strings(l).cycle.masterHeaders).some((h) => removeSpaces(h) === k));
}

/** True for the header of 报送完成状态 (any UI language): the column collect writes a done word into. */
export function isReportedStateHeader(text: string): boolean {
  const k = removeSpaces(text);
  return LANGS.some((l) => removeSpaces(strings(l).cycle.masterHeaders.state) === k);
}

/** How far down the sheet the header of 报送完成状态 is looked for. */
const HEADER_SCAN_ROWS = 40;

/**
 * The sheet rows whose 报送完成状态 (written by an earlier collect) says done: checking a collected master again
 * keeps those rows done, as the reports said.
 */
export function reportedDoneRows(cells: SheetCells): Set<number> {
  const out = new Set<number>();
  let col = -1;
  let headerAt = -1;
  cells.values.slice(0, HEADER_SCAN_ROWS).forEach((row, i) => {
    if (col >= 0) return;
    const j = row.findIndex((v) => typeof v === "string" && isReportedStateHeader(v));
    if (j >= 0) [col, headerAt] = [j, i];
  });
  if (col < 0) return out;
  cells.values.forEach((row, i) => {
    if (i > headerAt && isDone(cellText(row[col] ?? null))) out.add(cells.firstRow + i);
  });
  return out;
}
