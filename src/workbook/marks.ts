/**
 * Finding what an earlier run wrote, in an exceljs workbook: generated sheets (by the mark line) and the plan's
 * own conditional-format rules (by the marker term), both recognised by src/core/own.ts. Everything else — the user's sheets, the user's rules — is left alone.
 * No Node APIs: this runs in the browser too.
 */
import type ExcelJS from "exceljs";
import type { CheckResult } from "../core/types";
import { generatedSource, isGeneratedSheet, isOwnRule } from "../core/own";
import type { ExistingWorkbook } from "../core/plan";
import { firstRows, plainValue } from "./read";

/** exceljs keeps a sheet's conditional formats in `conditionalFormattings` (read and written; not in its typings). */
interface WithCf {
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

/** The sheet's conditional formats as exceljs holds them. */
export function conditionalFormats(ws: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (ws as unknown as WithCf).conditionalFormattings ?? [];
}

/** Remove every conditional-format rule the plan wrote from a sheet; keeps the user's. Returns how many went. */
export function removeOwnRules(ws: ExcelJS.Worksheet): number {
  let removed = 0;
  const kept: ExcelJS.ConditionalFormattingOptions[] = [];
  for (const cf of conditionalFormats(ws)) {
    const rules = cf.rules.filter((r: ExcelJS.ConditionalFormattingRule) => {
      const formulae = (r as { formulae?: unknown[] }).formulae;
      const own = r.type === "expression" && Array.isArray(formulae) && formulae.some((f) => typeof f === "string" && isOwnRule(f));
      if (own) removed++;
      return !own;
    });
    if (rules.length) kept.push({ ...cf, rules });
  }
  (ws as unknown as WithCf).conditionalFormattings = kept;
  return removed;
}

/** What buildPlan needs to know of the workbook beyond the table. */
export function existingWorkbook(wb: ExcelJS.Workbook, result: CheckResult): ExistingWorkbook {
  const sheets = wb.worksheets.map((ws) => {
    const first = firstRows(ws);
    const generated = isGeneratedSheet(first);
    // A generated sheet's first rows: a plan tells a 通报 by its record there.
    return { name: ws.name, generated, source: generatedSource(first), ...(generated ? { head: first } : {}) };
  });
  const headerRow: { col: number; text: string }[] = [];
  let lastUsedCol: number | undefined;
  const ws = wb.getWorksheet(result.sheet);
  const layout = result.layout;
  if (ws && layout) {
    const row = ws.getRow(layout.headerRow);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      const v = plainValue(cell.value);
      if (v !== null && v !== "") headerRow.push({ col, text: String(v) });
    });
    lastUsedCol = 0;
    for (let r = layout.headerRow; r <= Math.max(layout.lastDataRow, layout.headerRow); r++) {
      ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
        const v = plainValue(cell.value);
        if (v !== null && v !== "" && col > lastUsedCol!) lastUsedCol = col;
      });
    }
  }
  return { sheets, headerRow, ...(lastUsedCol !== undefined ? { lastUsedCol } : {}) };
}

