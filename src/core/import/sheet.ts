/**
 * Step 7 of the import: the written sheet 任务分解表, cell by cell, for any adapter to apply (exceljs in
 * src/workbook/import-sheet.ts, Office.js in the add-in). Row 1 is a title naming the plan year (so 校验 reads
 * the same year), row 2 the header, then a row per 一、 section and a row per task. Texts are always written
 * as text, never as formulas.
 */
import type { PlannedCell, PlannedSheet } from "../types";
import { strings, type Lang } from "../../strings";
import type { ImportColumnRole, ImportResult } from "./types";

/** A cell of the imported table: an ordinary planned cell (its looks are PlannedCell's own fields). */
export type ImportCell = PlannedCell;

/** The imported table: an ordinary planned sheet of kind "imported", header autofiltered and frozen. */
export type ImportSheetPlan = PlannedSheet & { kind: "imported"; columnWidths: number[]; autoFilterRow: number };

const WIDTHS: Record<ImportColumnRole, number> = {
  no: 6,
  task: 24,
  requirement: 60,
  lead: 22,
  responsible: 30,
  cooperate: 22,
  deadline: 16,
  remark: 24,
};

const INFERRED_COLOR = "#9C5700";
const INFERRED_FILL = "#FFF2CC";
const MISSING_FILL = "#FCE4E4";

/** The first free name: 任务分解表, 任务分解表(2), 任务分解表(3) … (ignoring case, as Excel does). */
export function importSheetName(existing: readonly string[], lang?: Lang): string {
  const base = strings(lang).importDoc.sheetName;
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base}(${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

export function planImportSheet(result: ImportResult, opts: { name?: string; lang?: Lang } = {}): ImportSheetPlan {
  const s = strings(opts.lang).importDoc;
  const cols = result.columns;
  const width = cols.length;
  const rows: ImportCell[][] = [];
  const blank = (): ImportCell[] => Array.from({ length: width }, () => ({ value: null }));
  const at = (role: ImportColumnRole) => cols.findIndex((c) => c.role === role);

  const title = blank();
  title[0] = { value: result.sheetTitle, bold: true, size: 14 };
  rows.push(title);
  rows.push(cols.map((c) => ({ value: c.header, bold: true, fill: "#D9E1F2", wrap: true })));

  const byRow = new Map<number, ImportCell[]>();
  for (const sec of result.sections) {
    const r = blank();
    r[at("task")] = { value: sec.text, bold: true };
    byRow.set(sec.row, r);
  }
  for (const row of result.rows) {
    const r = blank();
    const text = (v: string, missing = false): ImportCell => ({ value: v === "" ? null : v, wrap: true, ...(missing ? { fill: MISSING_FILL } : {}) });
    const noUnits = row.lead.length + row.responsible.length + row.cooperate.length === 0;
    r[at("no")] = { value: row.no };
    r[at("task")] = text(row.task, row.task === "");
    r[at("requirement")] = text(row.requirement, row.requirement === "");
    r[at("lead")] = text(row.leadText, noUnits);
    r[at("responsible")] = text(row.responsibleText, noUnits);
    if (at("cooperate") >= 0) r[at("cooperate")] = text(row.cooperateText);
    r[at("deadline")] = row.deadlineInferred
      ? { value: row.deadline, wrap: true, italic: true, color: INFERRED_COLOR, fill: INFERRED_FILL, note: s.noteInferred(row.deadline) }
      : text(row.deadline, row.deadline === "");
    if (at("remark") >= 0) r[at("remark")] = text(row.remark);
    byRow.set(row.row, r);
  }
  const last = Math.max(result.headerRow, ...byRow.keys());
  for (let n = result.headerRow + 1; n <= last; n++) rows.push(byRow.get(n) ?? blank());

  return {
    name: opts.name ?? s.sheetName,
    kind: "imported",
    rows,
    columnWidths: cols.map((c) => WIDTHS[c.role]),
    freezeRows: result.headerRow,
    autoFilterRow: result.headerRow,
  };
}
