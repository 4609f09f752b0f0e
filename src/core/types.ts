/**
 * The core's contracts. Everything that crosses from an adapter (Excel, .xlsx, CLI, task pane)
 * into `src/core` or back is one of these plain, serialisable shapes.
 *
 * Coordinates are always 1-based sheet coordinates (row 1 = Excel row 1, column 1 = column A).
 */

// ───────────────────────────── cells ─────────────────────────────

/** One cell value as adapters hand it over. Excel errors arrive as their text ("#N/A", "#REF!"). */
export type CellValue = string | number | boolean | null;

/** An area of merged cells, inclusive, in sheet coordinates. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * A rectangle of a worksheet as read by an adapter: the used range (or the user's selection).
 * `values[i][j]` is the cell at sheet row `firstRow + i`, column `firstCol + j`.
 */
export interface SheetCells {
  /** The worksheet's name. */
  sheet: string;
  firstRow: number;
  firstCol: number;
  values: CellValue[][];
  /**
   * Number formats, parallel to `values` (null or missing where unknown). A number in a cell whose
   * format is a date format is an Excel date serial.
   */
  numberFormats?: (string | null)[][];
  /** Merged areas, when the host can tell (undefined: unknown, carry blank cells down instead). */
  merges?: MergedArea[];
  /** 1-based sheet columns that are hidden (width 0 or hidden), when the host can tell. */
  hiddenCols?: number[];
}

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

// ─────────────────────────── findings ────────────────────────────

export type Severity = "error" | "warning" | "info";

export type FindingCode =
  | "no-header"
  | "missing-column"
  | "missing-value"
  | "deadline-unknown"
  | "deadline-outside-year"
  | "unit-unknown-fragment"
  /** A unit name starts with a formula character or another symbol ("+市司法局"). */
  | "unit-symbol"
  /** One unit holds two roles on one row (both 牵头 and 配合). */
  | "unit-two-roles"
  | "unit-alias"
  | "number-duplicate"
  | "number-gap"
  | "cell-error"
  | "too-many-units"
  /** Reading, DOMAIN.md §8 (see src/core/validate SEVERITY and the findings strings for each). */
  | "footer-rows" | "duplicate-column" | "stray-cells" | "converted-input" | "cell-too-long"
  /** The result file (written through exceljs) cannot carry some parts of the input: charts, pivot tables … */
  | "output-drops-content";

export interface Finding {
  code: FindingCode;
  severity: Severity;
  /** 1-based sheet row, or null when the finding is about the whole sheet. */
  row: number | null;
  /** 1-based sheet column, or null. */
  column: number | null;
  /** Plain Chinese (or the UI language), telling the user what to change. */
  message: string;
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

/** A cell the plan writes. Strings are always written as text, never as formulas. */
export interface PlannedCell {
  value: CellValue;
  /** Written as an Excel date serial with this number format (value is then an ISO date string). */
  date?: boolean;
  bold?: boolean;
  /**
   * A hyperlink to a place in this workbook, e.g. "'总表'!A12" (sheet name always quoted, ' doubled); `value`
   * is the text or number shown. The .xlsx adapter writes it as HYPERLINK("#'总表'!A12", value) (exceljs 4.4
   * cannot write a working in-document hyperlink); the Excel adapter may set range.hyperlink instead.
   */
  link?: string;
  /** A formula (only the plan's own, e.g. totals); never derived from user text. */
  formula?: string;
  italic?: boolean;
  /** Font size in points (absent: the workbook's default). */
  size?: number;
  /** Font colour "#RRGGBB". */
  color?: string;
  /** Solid background "#RRGGBB". */
  fill?: string;
  /** Wrap the text, aligned to the top (as wrapColumns does for a whole column). */
  wrap?: boolean;
  /** A note (comment) on the cell. */
  note?: string;
}

/** An added column right of the table (规范时限, 时限类型). Found again on re-runs by its header. */
export interface PlannedColumn {
  header: string;
  /** 1-based column where it goes (existing column with that header, else the next free one). */
  col: number;
  headerRow: number;
  /** Sheet row → cell (task rows only). Rows in `clear` that are not listed are emptied. */
  cells: { row: number; cell: PlannedCell }[];
  numberFormat?: string;
  width?: number;
  /**
   * Rows (inclusive) this column owns below its header: every row in from..to that `cells` does not list is
   * cleared (a re-run over a table whose rows changed leaves no stale value). Absent: clear nothing.
   */
  clear?: { from: number; to: number };
  /**
   * The table's column whose cells lend their look (borders, fill, font, alignment; not the number format)
   * to this column's cells on the same rows, so the added columns look like part of the table. Absent: none.
   */
  styleFromCol?: number;
}

export interface HighlightRule {
  /** long-overdue (深红/挂牌) comes first: it wins over overdue where both match. */
  kind: "long-overdue" | "overdue" | "due-soon";
  /** A1 range the rule covers, e.g. "A5:F80". */
  range: string;
  /** Formula relative to the top-left cell of `range`, without a leading "=". */
  formula: string;
  fill: string; // "#RRGGBB"
  fontColor: string; // "#RRGGBB"
}

export interface PlannedSheet {
  /** Final, Excel-valid, unique sheet name. */
  name: string;
  /**
   * "records": the 报送记录 sheet collect writes (src/core/cycle), found again by its own mark.
   * "aliases": the user's 单位别名 sheet, created once with a header and an example; never replaced.
   * "imported": 从文稿导入's 任务分解表 (src/core/import/sheet.ts), added under a free name; never replaced.
   */
  kind: "overview" | "unit" | "records" | "aliases" | "imported";
  /** For unit sheets: the full unit name; generic groups are marked. */
  unit?: string;
  generic?: boolean;
  /**
   * Rows of cells from A1 down. Row 1 holds the title (for a unit sheet: the full unit name), row 2 the
   * generated-sheet mark (src/core/plan GENERATED_SHEET_MARK), by which a re-run finds and replaces the sheet.
   */
  rows: PlannedCell[][];
  columnWidths?: number[];
  /** 1-based rows to freeze above (the header). */
  freezeRows?: number;
  /** 1-based columns whose cells wrap their text (long texts: 工作任务, 工作要求). */
  wrapColumns?: number[];
  /** Tab colour "#RRGGBB" (generic groups' sheets are marked with one), when set. */
  tabColor?: string;
  /** 1-based header row that gets an autofilter over the sheet's columns, when set. */
  autoFilterRow?: number;
}

export interface EditPlan {
  sheet: string;
  columns: PlannedColumn[];
  highlights: HighlightRule[];
  sheets: PlannedSheet[];
  /** Generated sheets of an earlier run that this plan replaces (names as they are in the workbook). */
  replaceSheets: string[];
  /** Messages for the user about the plan itself (e.g. too many units for a sheet each). */
  notes: Finding[];
  /**
   * When true, the adapter first removes every conditional-format rule on `sheet` whose formula is the
   * plan's own (src/core/plan `isOwnRule(formula)`), then adds `highlights`. The user's own rules are never
   * touched. False/absent: the sheet's rules are left as they are (标记逾期 was not asked for).
   */
  replaceOwnRules?: boolean;
}
