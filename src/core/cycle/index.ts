/** The 督办 cycle (DOMAIN.md section 9): 分发 (split into unit workbooks) and 回收 (collect them back). Pure. */
export { fnv1a, shortHash, taskKey, taskKeys, textHash, keyText } from "./key";
export { readUnitDirectory, membersOf, type UnitDirectory } from "./directory";
export { assignTasks, responsibleUnits, rowUnits, type UnitAssignment, type UnitTask } from "./assign";
export { planSplit, planUnitBook, safeFileName, BOOK_COLS, BOOK_FIELDS, FILL_FIELDS, type UnitBookPlan, type SplitOptions, type SplitPlan } from "./unit-book";
export { readReturnedSheet, unitFromFileName, isStatusWord, type ReturnedBook, type ReturnedRow } from "./returned";
export { collectReports, reportState, type CollectOutcome, type CollectInput, type UnitReport, type CollectedRow, type RowReport, type ReportState } from "./collect";
export { planCycleColumns, planRecordsSheet, readRecords, isRecordsSheet, isCycleHeader, reportingByUnit, derivedStatus } from "./master";
export { UNIT_BOOK_MARK, RECORDS_MARK, REPORT_STATUS_WORDS, DIRECTORY_SHEET } from "../vocab/cycle";
