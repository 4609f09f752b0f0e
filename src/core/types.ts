/**
 * The core's contracts. Everything that crosses from an adapter (Excel, .xlsx, CLI, task pane)
 * into `src/core` or back is one of these plain, serialisable shapes.
 *
 * Coordinates are always 1-based sheet coordinates (row 1 = Excel row 1, column 1 = column A).
 */

export type { CellValue, MergedArea, SheetCells, Severity, FindingCode, Finding } from "./base-types";
import type { Finding } from "./base-types";

// ─────────────────────────── deadlines ───────────────────────────

export type DeadlineKind = "date" | "ongoing" | "recurring" | "unknown" | "empty";

/** DOMAIN.md section 2. */
export interface Deadline {
  /** The phrase exactly as written (for an Excel date cell: the date in ISO form). */
  text: string;
  kind: DeadlineKind;
  /** ISO date (yyyy-mm-dd) of the last hard date named; null unless kind is "date". */
  due: string | null;
  /** Every hard date named, ISO, ascending, no duplicates. */
  milestones: string[];
  /** True when the phrase also says the work continues (长期坚持, 持续推进 …). */
  ongoing: boolean;
  /**
   * Present when a date carries the work to be done by then ("3月底前完成方案制定，6月底前开工"): one stage per
   * milestone, ascending, with its action (null for a date written without one).
   */
  stages?: DeadlineStage[];
}

export interface DeadlineStage {
  date: string;
  action: string | null;
}

export interface DeadlineOptions {
  /** The table's plan year. */
  year: number;
}

// ───────────────────────────── units ─────────────────────────────

export type UnitRole = "lead" | "responsible" | "cooperate";

/** DOMAIN.md section 3. */
export interface UnitRef {
  /** As written, spaces removed. */
  name: string;
  role: UnitRole;
  /** Addresses a class of units (各区人民政府, 市直各有关部门 …) rather than one unit. */
  generic: boolean;
  /** The alias-merged name, when it differs from `name` or was looked up. */
  canonical?: string;
}

/** A user's alias list (sheet 单位别名): alias → full name. */
export type AliasTable = ReadonlyMap<string, string>;

// ───────────────────────────── table ─────────────────────────────

export type ColumnRole = "no" | "task" | "requirement" | "unit" | "deadline" | "status" | "remark";

export interface ColumnInfo {
  role: ColumnRole;
  /** 1-based sheet column. */
  col: number;
  /** The header text as written. */
  header: string;
  /** For unit columns: the role an unlabelled unit in this column takes. */
  unitRole?: UnitRole;
}

export interface TableLayout {
  sheet: string;
  /** 1-based sheet row of the header (the last header row when the header spans two rows). */
  headerRow: number;
  columns: ColumnInfo[];
  /** 1-based first and last sheet rows of the table body. */
  firstDataRow: number;
  lastDataRow: number;
  /** 1-based last column the table uses (the added columns go right of it). */
  lastCol: number;
  /** A title found above the header ("2022年全市政务公开工作主要任务分解表"), if any. */
  title: string | null;
}

/** 三色预警 grade (DOMAIN.md section 10, src/core/grade): green, yellow, red, crimson (深红 / 挂牌). */
export type Grade = "green" | "yellow" | "red" | "crimson";

/** "stage-overdue" (阶段逾期, DOMAIN.md section 10): a dated stage before the final due date passed, not done. */
export type RowState = "done" | "overdue" | "stage-overdue" | "due-soon" | "open" | "ongoing" | "recurring" | "unknown";

export interface TaskRow {
  /** 1-based sheet row. */
  row: number;
  /** The 序号 cell as text, if the table has that column. */
  no: string | null;
  /** The section heading the row stands under ("一、持续推进行政决策公开"), if any. */
  section: string | null;
  /** After carrying down merged / blank cells. */
  task: string;
  requirement: string;
  /** The raw unit cell texts, one per unit column, joined with a line break. */
  unitText: string;
  units: UnitRef[];
  deadline: Deadline;
  /** The status cell as written, if the table has one. */
  status: string | null;
  state: RowState;
  /** 三色预警 grade as of the check's date (src/core/grade; null: not graded). Absent in hand-made rows. */
  grade?: Grade | null;
}

// ─────────────────────────── summaries ───────────────────────────

/** One line of the overview (DOMAIN.md section 6; ARCHITECTURE.md `check --json` summary). */
export interface UnitSummary {
  unit: string;
  generic: boolean;
  lead: number;
  responsible: number;
  cooperate: number;
  total: number;
  done: number;
  overdue: number;
  dueSoon: number;
  ongoing: number;
  unknown: number;
  /** Tasks overdue by more than the 挂牌 threshold (a part of `overdue`). */
  longOverdue: number;
  /** Tasks whose milestone passed undone (阶段逾期). */
  stageOverdue: number;
}

// ─────────────────────────── settings ────────────────────────────

export interface CheckSettings {
  /** Plan year; when absent it is detected (title, workbook name) or the as-of year. */
  year?: number;
  /** ISO date; "today" when absent. */
  asOf: string;
  /** Days ahead that count as "due soon" (default 15). */
  dueSoonDays: number;
  /** Days overdue past which a task is 挂牌 (深红, default 30). */
  longOverdueDays?: number;
  /** Fixed as-of date for the highlight formulas; when false they use TODAY(). */
  fixedAsOf?: boolean;
}

/** How the plan year was found, for the user to see. */
export type YearSource = "user" | "title" | "workbook" | "document" | "as-of";

/** The whole read-only result of checking one sheet: `check --json` prints this (minus layout). */
export interface CheckResult {
  sheet: string;
  year: number;
  yearSource: YearSource;
  asOf: string;
  dueSoonDays: number;
  /** The 挂牌 threshold the grades used (absent in hand-made results: the default). */
  longOverdueDays?: number;
  layout: TableLayout | null;
  rows: TaskRow[];
  findings: Finding[];
  summary: UnitSummary[];
  /**
   * Required columns (task / requirement / unit / deadline) the header lacks; absent or [] when none. With any
   * missing, or no table at all, buildPlan plans nothing (see src/core/plan `blockedReason`).
   */
  missingColumns?: ("task" | "requirement" | "unit" | "deadline")[];
  /** src/core/fingerprint tableFingerprint of the cells checked: the overview records it (stale-summary check). */
  fingerprint?: string;
}

// ─────────────────────────── edit plan ───────────────────────────

export type { PlannedCell, PlannedColumn, HighlightRule, PlannedSheet, PlannedChart, EditPlan } from "./plan-types";
