/** The 从文稿导入 view's pure logic: reading the year field and wording the result. No React, no DOM. */
import type { ImportSummary } from "../../core/import/types";
import type { Finding } from "../../core/types";
import { readYear } from "../../app/settings";

export type YearField = { ok: true; year: number | null } | { ok: false };

/** "" → null (read it from the document); "2022" / "２０２２" → 2022; anything else is not a year. */
export function parseYearField(text: string): YearField {
  if (text.trim() === "") return { ok: true, year: null };
  const year = readYear(text, { allowNian: true });
  return year === null ? { ok: false } : { ok: true, year };
}

export interface SummaryCount {
  key: "rowsFound" | "rowsWithoutUnits" | "rowsWithoutDeadline" | "rowsInferred";
  value: number;
  /** Draws the eye: something the user has to fix. */
  attention: boolean;
}

export function summaryCounts(s: ImportSummary): SummaryCount[] {
  return [
    { key: "rowsFound", value: s.rowsFound, attention: false },
    { key: "rowsWithoutUnits", value: s.rowsWithoutUnits, attention: s.rowsWithoutUnits > 0 },
    { key: "rowsWithoutDeadline", value: s.rowsWithoutDeadline, attention: s.rowsWithoutDeadline > 0 },
    { key: "rowsInferred", value: s.rowsWithInferredDeadline, attention: s.rowsWithInferredDeadline > 0 },
  ];
}

const ORDER: Record<Finding["severity"], number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then by row. */
export function sortedFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || (a.row ?? 0) - (b.row ?? 0));
}
