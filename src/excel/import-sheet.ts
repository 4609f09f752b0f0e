/** 从文稿导入 inside Excel: the imported table written as a new sheet. */
import type { PlannedSheet } from "../core/types";
import type { Capabilities } from "./office";
import { DEFAULT_BUDGET, SyncBatcher } from "./batch";
import { writeSheetContent } from "./cells";

/**
 * 从文稿导入: the imported table (src/core/import planImportSheet, an ordinary PlannedSheet) as a new sheet,
 * written by the same writer as every generated sheet, then activated. Every existing sheet is left as it is.
 * Cell notes are not written (the Office.js notes API is recent); the inferred deadlines keep their colour and fill.
 */
export async function writeImportSheet(ctx: Excel.RequestContext, plan: PlannedSheet, caps: Capabilities, budget = DEFAULT_BUDGET): Promise<void> {
  const batch = new SyncBatcher(ctx, caps, budget);
  await batch.add(plan.name.length + 40);
  const ws = ctx.workbook.worksheets.add(plan.name);
  await writeSheetContent(ws, plan, batch, caps);
  ws.activate();
  await batch.flush();
}
