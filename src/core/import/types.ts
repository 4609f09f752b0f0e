/**
 * Types of the document import (DOMAIN.md section 7): a 工作要点 / 实施方案 in prose → the rows of a
 * 任务分解表. Everything here is plain data; the written sheet is planned by ./sheet.ts.
 */
import type { Deadline, Finding, UnitRef, YearSource } from "../types";
import type { Lang } from "../../strings";

export interface ImportOptions {
  /** Plan year chosen by the user; read from the document when absent. */
  year?: number;
  /** Year used when neither the user nor the document names one (the caller passes the current year). */
  fallbackYear?: number;
  lang?: Lang;
}

/** One row of the written table. */
export interface ImportedRow {
  /** The 序号 written in the table: 1, 2, 3 … in document order. */
  no: number;
  /** 1-based sheet row the row has in the written table (findings point here). */
  row: number;
  /** The numbering of the item in the document as written ("（八）", "9.") or null. */
  item: string | null;
  /** The 一、 heading the row stands under, marker included ("一、以公开助力经济平稳健康发展"), or null. */
  section: string | null;
  /** 工作任务: the heading that gives the task (without its number and final 。). */
  task: string;
  /** 工作要求: the paragraph's text, hard wraps joined, stray spaces removed, annotation taken out. */
  requirement: string;
  /** Cell texts of the unit columns as written in the annotation (label removed). */
  leadText: string;
  responsibleText: string;
  cooperateText: string;
  /** Units of each cell, by role (from the units parser; a cell may name several roles: "A牵头，B配合"). */
  lead: UnitRef[];
  responsible: UnitRef[];
  cooperate: UnitRef[];
  /** 完成时限 text as written ("" when none was written or found). */
  deadline: string;
  /** True when no 完成时限 was written and the deadline was read from the paragraph itself. */
  deadlineInferred: boolean;
  /** The parsed deadline (plan year applied), or null when there is none. */
  deadlineValue: Deadline | null;
  /** The annotation as written, brackets included, or null when the paragraph carries none. */
  annotation: string | null;
  /** 1-based line of the document where the row's text starts. */
  line: number;
  /** What the 备注 column says about the row (inferred deadline, nothing annotated …), "" when nothing. */
  remark: string;
}

/** A piece of the document that is not a task (notice header, signature, 印发 / 抄送 line, preamble). */
export interface OmittedText {
  line: number;
  text: string;
  reason: "front-matter" | "notice";
}

/** A section heading row (一、…) in the written table. */
export interface ImportedSection {
  row: number;
  text: string;
}

export type ImportColumnRole = "no" | "task" | "requirement" | "lead" | "responsible" | "cooperate" | "deadline" | "remark";

export interface ImportColumn {
  role: ImportColumnRole;
  /** 1-based column of the written table. */
  col: number;
  header: string;
}

export interface ImportResult {
  year: number;
  yearSource: YearSource;
  /** The document's title ("2022年咸宁市政务公开工作要点"), if found. */
  title: string | null;
  /** The title row written above the header (always names the plan year, so 校验 finds it). */
  sheetTitle: string;
  /** 1-based row of the header in the written table. */
  headerRow: number;
  columns: ImportColumn[];
  rows: ImportedRow[];
  sections: ImportedSection[];
  findings: Finding[];
  omitted: OmittedText[];
}

/** What the 从文稿导入 view shows after an import. */
export interface ImportSummary {
  /** Name of the sheet that was written. */
  sheet: string;
  year: number;
  rowsFound: number;
  rowsWithoutUnits: number;
  rowsWithoutDeadline: number;
  rowsWithInferredDeadline: number;
  findings: Finding[];
}
