/** 从文稿导入 inside Excel: the imported table written as a new sheet. */
import type { ImportCell, ImportSheetPlan } from "../core/import/sheet";
import { DUE_NUMBER_FORMAT } from "../core/plan";
import type { Capabilities } from "./office";
import { charsToPoints, columnA1, rangeA1 } from "./a1";
import { DEFAULT_BUDGET, SyncBatcher } from "./batch";
import { cellWrite, writeGrid, type Grid } from "./cells";

/**
 * 从文稿导入: the imported table as a new sheet (src/core/import planImportSheet), in as few syncs as the payload
 * allows, then activated. Every existing sheet is left as it is. Cell notes are not written (the Office.js
 * notes API is recent); the inferred deadlines keep their colour and fill.
 */
export async function writeImportSheet(ctx: Excel.RequestContext, plan: ImportSheetPlan, caps: Capabilities, budget = DEFAULT_BUDGET): Promise<void> {
  const batch = new SyncBatcher(ctx, caps, budget);
  await batch.add(plan.name.length + 40);
  const ws = ctx.workbook.worksheets.add(plan.name);
  const values: Grid = [];
  const formats: Grid = [];
  for (const row of plan.rows) {
    const w = row.map((c) => cellWrite(c, DUE_NUMBER_FORMAT));
    values.push(w.map((x) => x.value));
    formats.push(w.map((x) => x.format));
  }
  await writeGrid(ws, batch, 1, 1, values, formats);
  for (let i = 0; i < plan.rows.length; i++) {
    const row = plan.rows[i];
    for (let j = 0; j < row.length; j++) {
      const c: ImportCell | undefined = row[j];
      if (!c || !(c.bold || c.italic || c.color || c.fill || c.wrap || c.size)) continue;
      await batch.add(120);
      const f = ws.getRange(rangeA1(i + 1, j + 1, i + 1, j + 1)).format;
      if (c.bold) f.font.bold = true;
      if (c.italic) f.font.italic = true;
      if (c.size) f.font.size = c.size;
      if (c.color) f.font.color = c.color;
      if (c.fill) f.fill.color = c.fill;
      if (c.wrap) {
        f.wrapText = true;
        f.verticalAlignment = "Top";
      }
    }
  }
  for (let j = 0; j < plan.columnWidths.length; j++) {
    await batch.add(40);
    ws.getRange(columnA1(j + 1)).format.columnWidth = charsToPoints(plan.columnWidths[j]);
  }
  if (plan.freezeRows && caps.freezePanes) ws.freezePanes.freezeRows(plan.freezeRows);
  ws.activate();
  await batch.flush();
}
