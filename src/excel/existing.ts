/** What the plan needs to know of the table sheet beyond the check, from what src/excel/read.ts read. */
import type { ExistingWorkbook } from "../core/plan";
import type { CellValue, CheckResult } from "../core/types";
import { cellText } from "../core/text";
import type { WorkbookRead } from "./read";

/** What the plan needs to know of the table sheet beyond the check: its header row and last used column. */
export function existingWorkbook(read: Pick<WorkbookRead, "cells"> & { sheets: { name: string; generated: boolean; source?: string | null; head?: CellValue[][] }[] }, result: CheckResult): ExistingWorkbook {
  const layout = result.layout;
  const headerRow: { col: number; text: string }[] = [];
  let lastUsedCol = 0;
  if (layout) {
    const row = read.cells.values[layout.headerRow - 1] ?? [];
    row.forEach((v, j) => {
      if (v !== null && v !== "") headerRow.push({ col: j + 1, text: cellText(v) });
    });
    for (let r = layout.headerRow; r <= Math.max(layout.headerRow, layout.lastDataRow); r++) {
      const vals = read.cells.values[r - 1] ?? [];
      for (let j = vals.length - 1; j >= 0; j--) {
        if (vals[j] !== null && vals[j] !== "") {
          lastUsedCol = Math.max(lastUsedCol, j + 1);
          break;
        }
      }
    }
  }
  return {
    sheets: read.sheets.map((s) => ({ name: s.name, generated: s.generated, source: s.source ?? null, ...(s.head ? { head: s.head } : {}) })),
    headerRow,
    lastUsedCol,
  };
}
