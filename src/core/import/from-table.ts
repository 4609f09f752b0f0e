/**
 * Import of a document whose 任务分解表 is a table (a Word table, or tab-separated text copied out of one):
 * the table is read with the same header, carry-down and unit rules as a sheet (core/table + checkSheet), and
 * its task rows become the rows of the written table (DOMAIN.md §8, "Tables in Word").
 */
import { checkSheet } from "../check";
import { detectYear } from "../deadline";
import type { CellValue, Finding, SheetCells, TaskRow, UnitRef } from "../types";
import { IMPORT_HEADERS, sheetTitleOf } from "./titles";
import type { ImportColumn, ImportColumnRole, ImportedRow, ImportedSection, ImportOptions, ImportResult } from "./types";

export interface TableImportOptions extends ImportOptions {
  /** The document's title (the paragraph above the table, or the document's first line), if known. */
  title?: string | null;
  /** The document's whole text, for the plan year. */
  text?: string;
}

function columnsFor(rows: TaskRow[]): ImportColumn[] {
  const roles: ImportColumnRole[] = ["no", "task", "requirement", "lead", "responsible"];
  if (rows.some((r) => r.units.some((u) => u.role === "cooperate"))) roles.push("cooperate");
  roles.push("deadline", "remark");
  return roles.map((role, i) => ({ role, col: i + 1, header: IMPORT_HEADERS[role] }));
}

const names = (us: UnitRef[]): string => us.map((u) => u.name).join("、");

/** A table's cells → an import result, or null when the cells hold no 任务分解表 (no header, no task rows). */
export function importTableCells(cells: SheetCells, opts: TableImportOptions = {}): ImportResult | null {
  const fallback = opts.fallbackYear ?? new Date().getFullYear();
  const docYear = (opts.title ? detectYear(opts.title) : null) ?? (opts.text ? detectYear(opts.text) : null);
  const year = opts.year ?? docYear ?? fallback;
  const yearSource = opts.year ? "user" : docYear ? "document" : "as-of";
  const checked = checkSheet(cells, { asOf: `${year}-01-01`, year, ...(opts.lang ? { lang: opts.lang } : {}) });
  if (!checked.layout || checked.rows.length === 0) return null;
  const title = opts.title ?? checked.layout.title;
  const columns = columnsFor(checked.rows);
  const colOf = (role: ImportColumnRole): number | null => columns.find((c) => c.role === role)?.col ?? null;
  const headerRow = 2;
  let row = headerRow;
  let section: string | null = null;
  const sections: ImportedSection[] = [];
  const rows: ImportedRow[] = [];
  const written = new Map<number, number>();
  checked.rows.forEach((r, i) => {
    if (r.section && r.section !== section && r.section !== r.task) {
      section = r.section;
      sections.push({ row: ++row, text: r.section });
    }
    const byRole = (role: UnitRef["role"]): UnitRef[] => r.units.filter((u) => u.role === role);
    const lead = byRole("lead");
    const responsible = byRole("responsible");
    const cooperate = byRole("cooperate");
    const hasDeadline = r.deadline.kind !== "empty";
    rows.push({
      no: i + 1,
      row: ++row,
      item: r.no,
      section: r.section,
      task: r.task,
      requirement: r.requirement,
      leadText: names(lead),
      responsibleText: names(responsible),
      cooperateText: names(cooperate),
      lead,
      responsible,
      cooperate,
      deadline: hasDeadline ? r.deadline.text : "",
      deadlineInferred: false,
      deadlineValue: hasDeadline ? r.deadline : null,
      annotation: null,
      line: r.row,
      remark: "",
    });
    written.set(r.row, row);
  });
  // The table's findings, pointing at the written rows (the role's column of the written table).
  const findings: Finding[] = checked.findings
    .filter((f) => f.code !== "footer-rows" && f.code !== "unit-alias")
    .map((f) => {
      const at = f.row !== null ? (written.get(f.row) ?? null) : null;
      const info = checked.layout?.columns.find((c) => c.col === f.column);
      const role = info?.role === "unit" ? "responsible" : info?.role;
      const column = role && role !== "status" ? colOf(role) : null;
      return { ...f, row: at, column };
    });
  return {
    year,
    yearSource,
    title,
    sheetTitle: sheetTitleOf(title, year, opts),
    headerRow,
    columns,
    rows,
    sections,
    findings,
    omitted: [],
  };
}

/** Tab-separated text that is a table: most non-empty lines split into the same number (≥ 3) of cells. */
export function tabTableCells(text: string): SheetCells | null {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim() !== "");
  if (lines.length < 2) return null;
  const counts = lines.map((l) => l.split("\t").length);
  const withTabs = counts.filter((c) => c >= 3);
  if (withTabs.length / lines.length < 0.6) return null;
  const freq = new Map<number, number>();
  for (const c of withTabs) freq.set(c, (freq.get(c) ?? 0) + 1);
  if (Math.max(...freq.values()) / withTabs.length < 0.6) return null;
  const values: CellValue[][] = lines.map((l) => l.split("\t").map((c) => (c.trim() === "" ? null : c.trim())));
  const width = Math.max(...values.map((r) => r.length));
  for (const r of values) while (r.length < width) r.push(null);
  return { sheet: "", firstRow: 1, firstCol: 1, values };
}

/** Text that is a tab-separated table → its import, or null (then the text is prose). */
export function importTabTable(text: string, opts: ImportOptions = {}): ImportResult | null {
  const cells = tabTableCells(text);
  return cells ? importTableCells(cells, { ...opts, text }) : null;
}
