/**
 * From a document to a table (DOMAIN.md section 7): a 工作要点 / 实施方案 in prose → the rows of a 任务分解表.
 *
 *   clean lines → paragraphs (./clean) → blocks and outline (./structure) → items → rows (./rows)
 *   → layout of the written table → findings (./numbering and the missing values)
 *
 * Pure: the CLI reads .txt / .docx files and hands the text over; src/workbook/import-sheet.ts writes the sheet.
 */
import { detectYear } from "../deadline";
import { noteDeclaresFirstLeads } from "../units";
import type { Finding, YearSource } from "../types";
import { strings } from "../../strings";
import { toParagraphs } from "./clean";
import { itemLevel, items, outline, titleOf, toBlocks } from "./structure";
import { itemRows, type DraftRow } from "./rows";
import { checkNumbering, numberLabel } from "./numbering";
import type { ImportColumn, ImportColumnRole, ImportedRow, ImportedSection, ImportOptions, ImportResult, ImportSummary } from "./types";
import { IMPORT_HEADERS, sheetTitleOf } from "./titles";
import { importTabTable } from "./from-table";
import { limitCellLength } from "./limits";

export type * from "./types";
export { toParagraphs, removeStraySpaces } from "./clean";
export { splitAnnotated, parseAnnotation } from "./annotation";
export { deadlineCandidates, inferDeadline } from "./infer-deadline";
export { headingOf } from "./headings";
export { IMPORT_HEADERS } from "./titles";
export { importTableCells, importTabTable, tabTableCells } from "./from-table";
export { limitCellLength, MAX_CELL_CHARS } from "./limits";
export { planImportSheet, importSheetName, type ImportCell, type ImportSheetPlan } from "./sheet";

function planYear(text: string, front: string, title: string | null, opts: ImportOptions): { year: number; source: YearSource } {
  if (opts.year) return { year: opts.year, source: "user" };
  const found = (title ? detectYear(title) : null) ?? detectYear(front) ?? detectYear(text);
  if (found) return { year: found, source: "document" };
  return { year: opts.fallbackYear ?? new Date().getFullYear(), source: "as-of" };
}

function columnsFor(rows: DraftRow[]): ImportColumn[] {
  const roles: ImportColumnRole[] = ["no", "task", "requirement", "lead", "responsible"];
  if (rows.some((r) => r.cooperateText !== "")) roles.push("cooperate");
  roles.push("deadline", "remark");
  return roles.map((role, i) => ({ role, col: i + 1, header: IMPORT_HEADERS[role] }));
}

/** A document's text → the rows of its 任务分解表, the findings and what was left out. Never throws. */
export function importDocument(text: string, opts: ImportOptions = {}): ImportResult {
  // Tab-separated text copied out of a table is read as that table (DOMAIN.md §8).
  const table = importTabTable(text ?? "", opts);
  if (table) return limitCellLength(table, opts.lang);
  const s = strings(opts.lang).importDoc;
  const blocks = toBlocks(toParagraphs(text ?? ""));
  const { front, body, omitted, title } = outline(blocks, text ?? "");
  const { year, source } = planYear(text ?? "", front.map((b) => b.text).join("\n"), title, opts);
  const level = itemLevel(body);
  const firstLeads = noteDeclaresFirstLeads(text ?? "");
  const drafts = items(body, level).flatMap((it) => itemRows(it, year, firstLeads));

  // Layout: title, header, then a section row before each new 一、 section, then the task rows.
  const columns = columnsFor(drafts);
  const col = (role: ImportColumnRole) => columns.find((c) => c.role === role)?.col ?? null;
  const headerRow = 2;
  let row = headerRow;
  let section: string | null = null;
  const sections: ImportedSection[] = [];
  const rows: ImportedRow[] = [];
  const sectionLine = new Map<string, number>();
  for (const b of body) if (b.heading?.level === 1) sectionLine.set(titleOf(b.text), b.line);
  drafts.forEach((d, i) => {
    if (d.section && d.section !== section) {
      section = d.section;
      sections.push({ row: ++row, text: d.section });
    }
    const { rejected: _rejected, unlabelled, ...rest } = d;
    const hasUnits = d.lead.length + d.responsible.length + d.cooperate.length > 0;
    const remarks: string[] = [];
    if (!d.annotation) remarks.push(d.deadline ? s.remark.noUnits : s.remark.noAnnotation);
    else {
      if (!hasUnits) remarks.push(s.remark.noUnits);
      else if (unlabelled) remarks.push(s.remark.unlabelled);
      if (!d.deadline) remarks.push(s.remark.noDeadline);
    }
    if (d.deadlineInferred) remarks.push(s.remark.inferred);
    rows.push({ ...rest, no: i + 1, row: ++row, remark: remarks.join("；") });
  });

  // Findings.
  const findings: Finding[] = [];
  drafts.forEach((d, i) => {
    const r = rows[i].row;
    if (!d.task) findings.push({ code: "missing-value", severity: "error", row: r, column: col("task"), message: s.missingValue.task(r) });
    if (!d.requirement) findings.push({ code: "missing-value", severity: "error", row: r, column: col("requirement"), message: s.missingValue.requirement(r) });
    if (d.lead.length + d.responsible.length + d.cooperate.length === 0) {
      findings.push({ code: "missing-value", severity: "error", row: r, column: col("lead"), message: s.missingValue.unit(r) });
    }
    if (!d.deadline) findings.push({ code: "missing-value", severity: "error", row: r, column: col("deadline"), message: s.missingValue.deadline(r) });
    for (const x of d.rejected) {
      const c = columns.find((cc) => cc.role === x.column)!;
      findings.push({ code: "unit-unknown-fragment", severity: "warning", row: r, column: c.col, message: s.unitUnknownFragment(r, c.header, x.fragment) });
    }
  });
  // The row a heading's problem shows on: the first written row at or after the heading's line.
  const placed = [...sections.map((x) => ({ row: x.row, line: sectionLine.get(x.text) ?? 0 })), ...rows.map((x) => ({ row: x.row, line: x.line }))];
  const rowAt = (line: number): number | null => {
    const after = placed.filter((p) => p.line >= line).sort((a, b) => a.row - b.row);
    return after.length > 0 ? after[0].row : null;
  };
  for (const issue of checkNumbering(body)) {
    const r = rowAt(issue.block.line);
    const to = numberLabel(issue.level, issue.to);
    if (issue.kind === "gap") {
      const from = issue.from > 0 ? numberLabel(issue.level, issue.from) : "—";
      const missing = Array.from({ length: issue.to - issue.from - 1 }, (_, k) => numberLabel(issue.level, issue.from + 1 + k)).join("、");
      findings.push({ code: "number-gap", severity: "warning", row: r, column: col("task"), message: s.numberGap(r ?? 0, from, to, missing) });
    } else {
      findings.push({ code: "number-duplicate", severity: "warning", row: r, column: col("task"), message: s.numberDuplicate(r ?? 0, to, numberLabel(issue.level, issue.from)) });
    }
  }
  findings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0) || (a.column ?? 0) - (b.column ?? 0));

  return limitCellLength(
    {
      year,
      yearSource: source,
      title,
      sheetTitle: sheetTitleOf(title, year, opts),
      headerRow,
      columns,
      rows,
      sections,
      findings,
      omitted: omitted.sort((a, b) => a.line - b.line),
    },
    opts.lang,
  );
}

/** What the 从文稿导入 view shows. */
export function summariseImport(result: ImportResult, sheet: string): ImportSummary {
  return {
    sheet,
    year: result.year,
    rowsFound: result.rows.length,
    rowsWithoutUnits: result.rows.filter((r) => r.lead.length + r.responsible.length + r.cooperate.length === 0).length,
    rowsWithoutDeadline: result.rows.filter((r) => r.deadline === "").length,
    rowsWithInferredDeadline: result.rows.filter((r) => r.deadlineInferred).length,
    findings: result.findings,
  };
}

/** `import --json`: {"year", "rows": [{"no","section","task","requirement","lead","responsible","cooperate","deadline","deadlineInferred"}], "findings"}. */
export function importJson(result: ImportResult) {
  return {
    year: result.year,
    rows: result.rows.map((r) => ({
      no: r.no,
      section: r.section,
      task: r.task,
      requirement: r.requirement,
      lead: r.lead.map((u) => u.name),
      responsible: r.responsible.map((u) => u.name),
      cooperate: r.cooperate.map((u) => u.name),
      deadline: r.deadline,
      deadlineInferred: r.deadlineInferred,
    })),
    findings: result.findings.map((f) => ({ code: f.code, severity: f.severity, row: f.row, column: f.column, message: f.message })),
  };
}
