/**
 * The edit plan's types: what the core decides to write (added columns, highlight rules, generated sheets), which
 * every adapter applies the same way. Re-exported from src/core/types.
 */
import type { CellValue, Finding } from "./base-types";

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
  /** Bar charts over this sheet's own cells (the overview's per-unit 完成率 and 逾期数; src/core/plan/charts.ts). */
  charts?: PlannedChart[];
}

/**
 * A clustered bar chart (horizontal bars) of one series whose data are cells of the sheet that carries it, so
 * it stays true to the sheet and shows without the add-in. Ranges are A1 addresses on that sheet, no sheet name.
 */
export interface PlannedChart {
  kind: "done-rate" | "overdue";
  title: string;
  /** The unit names (one column), e.g. "A12:A23". */
  categories: string;
  /** The values, the same rows in one column, e.g. "O12:O23". */
  values: string;
  /** The header cell naming the series, e.g. "O11". */
  seriesName: string;
  /** Bar colour "#RRGGBB". */
  color: string;
  /** The value axis' fixed maximum (100 for a percentage), when set; else automatic. */
  max?: number;
  /** The value axis' step between gridlines (whole numbers for counts). */
  majorUnit: number;
  /** 1-based cells: the chart covers from `from` to `to`, both included. */
  from: { row: number; col: number };
  to: { row: number; col: number };
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
