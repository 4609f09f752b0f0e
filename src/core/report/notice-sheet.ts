/**
 * The 通报 as a generated sheet (issue 17): written with the summaries (生成汇总 / 全部运行, PlanParts.notice), found
 * again by its mark and replaced on the next run like the other generated sheets. It records, within the first
 * MARK_ROWS × MARK_COLS cells every adapter already reads:
 *   A1 the 通报's title; A2 the generated-sheet mark, B2 the source sheet;
 *   row NOTICE_RECORD_ROW: label, the as-of date of this 通报, the as-of date of the report before it (or empty).
 * From NOTICE_FIRST_ROW on, one paragraph a row (column A, wrapped).
 *
 * "Newly overdue since the last report" needs the previous report's date: `previousReportAsOf` is the one rule
 * every host and the CLI's `report` apply to what they read of the workbook's generated sheets.
 */
import type { CellValue, CheckResult, EditPlan, PlannedCell, PlannedSheet } from "../types";
import { strings, type Lang, LANGS } from "../../strings";
import { GENERATED_SHEET_MARK, generatedSource } from "../own";
import { isoFromCell } from "../dates";
import { uniqueSheetName } from "../sheetnames";
import { readOverviewRecord } from "../plan/record";
import { buildNotice } from "./notice";

/** The row of the 通报's record (label, as-of date, previous report's date). */
export const NOTICE_RECORD_ROW = 3;
/** The first row of the 通报's paragraphs after the title. */
export const NOTICE_FIRST_ROW = 5;
/** Width of column A, where the paragraphs wrap (about 36 Chinese characters a line, within a printed A4 page). */
export const NOTICE_COLUMN_WIDTH = 72;


export interface NoticeRecord {
  source: string | null;
  asOf: string | null;
  previousAsOf: string | null;
}

/** The record of a 通报 sheet from its first rows (values from A1), or null when the sheet is not one. */
export function readNoticeRecord(head: CellValue[][]): NoticeRecord | null {
  const mark = head[1]?.[0];
  if (typeof mark !== "string" || mark.trim() !== GENERATED_SHEET_MARK) return null;
  const row = head[NOTICE_RECORD_ROW - 1] ?? [];
  const label = row[0];
  if (typeof label !== "string" || !LANGS.some((l) => strings(l).report.recordLabel === label.trim())) return null;
  return { source: generatedSource(head), asOf: isoFromCell(row[1]), previousAsOf: isoFromCell(row[2]) };
}

/**
 * The as-of date of the previous report, for a 通报 of `source` as of `asOf`, from the first rows of the workbook's
 * sheets (at least OVERVIEW_ASOF_ROW rows × MARK_COLS columns each): the latest date a 通报 of this table recorded
 * (its own as-of date or the one before it) that is earlier than `asOf`; in a workbook without a 通报 (made by an
 * older version), the as-of date of the table's overview when earlier. Null: no earlier report.
 */
export function previousReportAsOf(heads: readonly CellValue[][][], source: string, asOf: string): string | null {
  const notices = heads.map(readNoticeRecord).filter((r): r is NoticeRecord => r !== null && r.source === source);
  const dates = notices.length
    ? notices.flatMap((r) => [r.asOf, r.previousAsOf])
    : heads.map((h) => readOverviewRecord(h)).filter((r) => r?.source === source).map((r) => r?.asOf ?? null);
  const earlier = dates.filter((d): d is string => d !== null && d < asOf).sort();
  return earlier[earlier.length - 1] ?? null;
}

export interface NoticeSheetInput {
  result: CheckResult;
  /** Keys (sheetNameKey) of names the sheet must not take; the chosen name is added. */
  taken: Set<string>;
  lang: Lang;
  previousAsOf: string | null;
}

/** The 通报 sheet of a checked table. */
export function planNoticeSheet(inp: NoticeSheetInput): PlannedSheet {
  const { result, lang, previousAsOf } = inp;
  const t = strings(lang).report;
  const notice = buildNotice(result, { lang, previousAsOf });
  const [title, ...body] = notice.paragraphs;
  const rows: PlannedCell[][] = [
    [{ value: title ?? "", bold: true, size: 14 }],
    [{ value: GENERATED_SHEET_MARK }, { value: result.sheet }],
    [{ value: t.recordLabel, bold: true }, { value: result.asOf, date: true }, previousAsOf ? { value: previousAsOf, date: true } : { value: null }],
  ];
  while (rows.length < NOTICE_FIRST_ROW - 1) rows.push([]);
  // Wrapped by wrapColumns (one format for the column, not one per cell).
  for (const p of body) rows.push([{ value: p }]);
  return { name: uniqueSheetName(t.sheetName, inp.taken), kind: "notice", rows, columnWidths: [NOTICE_COLUMN_WIDTH, 12, 12], wrapColumns: [1] };
}

/** The 通报's paragraphs (title first) as a plan writes them, or null when the plan writes no 通报. */
export function planNoticeParagraphs(plan: Pick<EditPlan, "sheets"> | null | undefined): string[] | null {
  const sheet = plan?.sheets.find((s) => s.kind === "notice");
  if (!sheet) return null;
  const text = (c: PlannedCell | undefined) => (c && c.value !== null ? String(c.value) : "");
  return [text(sheet.rows[0]?.[0]), ...sheet.rows.slice(NOTICE_FIRST_ROW - 1).map((r) => text(r[0]))];
}
