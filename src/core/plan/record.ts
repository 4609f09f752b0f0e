/**
 * What an overview was built from, and whether it is stale (issue 13). The overview sheet records, in fixed
 * cells its adapters read back as plain values:
 *   A2 the generated-sheet mark, B2 the source sheet (every generated sheet: a run replaces only the sheets
 *   generated from its own table);
 *   row OVERVIEW_ASOF_ROW: label, the as-of date (a real date), and how the colours judge (fixed / live);
 *   row OVERVIEW_FINGERPRINT_ROW: label, the table's fingerprint (src/core/fingerprint).
 * No exceljs, no Office.js: the cells arrive as values (dates as serials or ISO text).
 */
import type { CellValue } from "../types";
import { strings, LANGS } from "../../strings";
import { GENERATED_SHEET_MARK, generatedSource } from "../own";
import { isoFromCell } from "../dates";

/** 1-based rows of the overview's record (see planSheets). */
export const OVERVIEW_ASOF_ROW = 5;
export const OVERVIEW_FINGERPRINT_ROW = 8;
/**
 * Rows of every sheet's head (from A1, MARK_COLS columns) the adapters read for the plan (ExistingWorkbook
 * sheets[].head): enough for the mark, the 通报's record and the overview's as-of date.
 */
export const RECORD_ROWS = OVERVIEW_ASOF_ROW;
/** The row of the formula-driven "not today" notice (live tables). */
export const OVERVIEW_NOTICE_ROW = 9;

export interface OverviewRecord {
  /** The sheet the overview summarises. */
  source: string | null;
  /** ISO as-of date the figures were counted on. */
  asOf: string | null;
  /** True: a fixed as-of date; false: the colours follow TODAY(). */
  fixed: boolean;
  fingerprint: string | null;
}


/** The record of an overview sheet (its values from A1), or null when it is not one of ours. */
export function readOverviewRecord(values: CellValue[][]): OverviewRecord | null {
  const mark = values[1]?.[0];
  if (typeof mark !== "string" || mark.trim() !== GENERATED_SHEET_MARK) return null;
  const asOfRow = values[OVERVIEW_ASOF_ROW - 1] ?? [];
  const fpRow = values[OVERVIEW_FINGERPRINT_ROW - 1] ?? [];
  const fixedWords = LANGS.map((l) => strings(l).outputs.asOfFixed);
  const fp = fpRow[1];
  return {
    source: generatedSource(values.slice(0, 3)),
    asOf: isoFromCell(asOfRow[1]),
    fixed: typeof asOfRow[2] === "string" && fixedWords.includes(asOfRow[2]),
    fingerprint: typeof fp === "string" && fp.startsWith("fp") ? fp : null,
  };
}

/**
 * The record of the overview built from `source`, among the first rows (from A1, at least to
 * OVERVIEW_FINGERPRINT_ROW) of a workbook's sheets; null when there is none. Unit sheets carry the mark and the
 * source too, but no fingerprint: only an overview's record counts.
 */
export function findOverviewRecord(tops: Iterable<CellValue[][]>, source: string): OverviewRecord | null {
  for (const top of tops) {
    const record = readOverviewRecord(top);
    if (record && record.source === source && record.fingerprint) return record;
  }
  return null;
}

export interface Staleness {
  stale: boolean;
  /** The table's cells changed since the overview was built (or the overview recorded no fingerprint). */
  tableChanged: boolean;
  /** A live overview counted on another day than `today`; or a fixed one on another date than asked now. */
  dateChanged: boolean;
}

/**
 * Is an overview stale for the current table and date? `current.fingerprint` is tableFingerprint of the table
 * now; `current.asOf` the as-of date the user would run with now (today for a live table).
 */
export function overviewStaleness(record: OverviewRecord, current: { fingerprint: string; asOf: string }): Staleness {
  const tableChanged = record.fingerprint !== current.fingerprint;
  const dateChanged = record.asOf !== current.asOf;
  return { stale: tableChanged || dateChanged, tableChanged, dateChanged };
}
