/**
 * Excel holds at most 32,767 characters in a cell: an imported text longer than that (a whole chapter glued
 * into one requirement) is cut there, and the user is told which row and column lost its end.
 */
import type { Finding } from "../types";
import { strings, type Lang } from "../../strings";
import type { ImportResult } from "./types";

export const MAX_CELL_CHARS = 32767;

type TextField = "task" | "requirement" | "leadText" | "responsibleText" | "cooperateText" | "deadline" | "remark";
const FIELDS: { field: TextField; role: string }[] = [
  { field: "task", role: "task" },
  { field: "requirement", role: "requirement" },
  { field: "leadText", role: "lead" },
  { field: "responsibleText", role: "responsible" },
  { field: "cooperateText", role: "cooperate" },
  { field: "deadline", role: "deadline" },
  { field: "remark", role: "remark" },
];

/** Cut every text over Excel's cell limit, with one warning per cut cell. Changes `result` in place. */
export function limitCellLength(result: ImportResult, lang?: Lang): ImportResult {
  const s = strings(lang ?? "zh-CN").findings;
  const cut: Finding[] = [];
  for (const row of result.rows) {
    for (const { field, role } of FIELDS) {
      const text = row[field];
      if (text.length <= MAX_CELL_CHARS) continue;
      const col = result.columns.find((c) => c.role === role);
      row[field] = text.slice(0, MAX_CELL_CHARS);
      cut.push({ code: "cell-too-long", severity: "warning", row: row.row, column: col?.col ?? null, message: s.cellTooLong(row.row, col?.header ?? role, text.length, MAX_CELL_CHARS) });
    }
  }
  if (cut.length) {
    result.findings = [...result.findings, ...cut].sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  }
  return result;
}
