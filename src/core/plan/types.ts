/** The plan's inputs: which parts to produce, what the adapter read of the workbook, options. */
import type { Lang } from "../../strings";
import type { CellValue, PlannedColumn } from "../types";

/** Which of the four buttons' results to produce. 标记逾期 needs the 规范时限 column, so it brings it along. */
export interface PlanParts {
  columns: boolean; // 规范时限
  highlights: boolean; // 标记逾期
  sheets: boolean; // 生成汇总
  /** 单位别名: create the alias sheet (header and an example line) when the workbook has none. */
  aliases?: boolean;
  /** 通报: the 通报 draft as a sheet (src/core/report/notice-sheet.ts); 生成汇总 and 全部运行 write it. */
  notice?: boolean;
}

/** What the adapter read of the workbook beyond the table: its sheets, and which an earlier run made. */
export interface ExistingWorkbook {
  /**
   * Every sheet in tab order; `generated` = isGeneratedSheet(its first rows).
   * `source` = generatedSource(its first rows): the table a generated sheet was made from (null/absent: an older
   * version's sheet, which recorded none).
   * `head` = its first RECORD_ROWS rows × MARK_COLS columns (values from A1), when the adapter read them: the
   * records of earlier 通报 and overviews, from which the 通报 takes the previous report's date.
   */
  sheets: { name: string; generated: boolean; source?: string | null; head?: CellValue[][] }[];
  /** Header texts of the table's header row, by 1-based column (to find 规范时限 / 时限类型 again). */
  headerRow: { col: number; text: string }[];
  /**
   * The last column holding any value in the table's rows (header row to last data row), when the adapter
   * knows it: new columns go right of it so no user cell beside the table is overwritten.
   */
  lastUsedCol?: number;
}

export interface PlanOptions {
  parts: PlanParts;
  /** When true the highlight formulas compare with the fixed as-of date, else with TODAY(). */
  fixedAsOf?: boolean;
  /** ISO timestamp of the build, shown on the overview. */
  builtAt: string;
  lang?: Lang;
  /**
   * Columns another part adds to the table (collect's 报送 columns, src/core/cycle): written with the plan's
   * own, covered by its highlight rules.
   */
  extraColumns?: PlannedColumn[];
  /** A column (1-based) the highlight rules read as the status column instead of the table's own (collect's 报送完成状态). */
  statusCol?: number;
  /** 已报送 / 未报送 and the report date per unit (collect): the overview gains two columns. */
  reporting?: ReadonlyMap<string, { status: string; date: string | null }>;
}
