/**
 * Applying an EditPlan through Office.js.
 *
 * - Never a half-made summary: the new sheets are built under temporary names first; only after all of them are
 *   written do the last commands delete the sheets an earlier run made and rename the new ones (the swap). A
 *   failure before the swap deletes the temporary sheets (the workbook is as it was); a failure inside it
 *   finishes it (swap.ts).
 * - Original cells are never written: only the plan's added columns, its conditional formats and new sheets.
 * - Text is written as text; dates as serials with the plan's date format (cells.ts).
 * - Few syncs: writes are queued and sent together (batch.ts).
 * - Conditional formats (1.6) go after the user's own rules, in plan order. Without 1.6 the overdue/due-soon
 *   rows are filled in the 规范时限 column instead (and a note says so).
 * - Links use the hyperlink property (1.7); below 1.7, HYPERLINK("#…") formulas as the .xlsx path writes them.
 * - The overview's bar charts (charts.ts) need 1.7; below it the sheet has none (and a note says so).
 */
import type { CheckResult, EditPlan } from "../core/types";
import { isOwnRule } from "../core/plan";
import { strings, type Lang } from "../strings";
import type { ProgressFn } from "../app/host";
import type { Capabilities } from "./office";
import type { WorkbookRead } from "./read";
import { DEFAULT_BUDGET, payloadBytes, SyncBatcher } from "./batch";
import { staticHighlights, writeColumn, writeSheetContent } from "./cells";
import { recover, tempNames } from "./swap";

/** A priority past the end: Office.js then puts the rule last (after the user's own rules). */
const LAST_PRIORITY = 1_000_000;

export interface ApplyOptions {
  caps: Capabilities;
  lang: Lang;
  budget?: number;
  onProgress?: ProgressFn;
}

export interface ApplyResult {
  /** What the user should know about how the plan was applied (fallbacks for an older Excel). */
  notes: string[];
  /** Write syncs sent (the batcher's; the caller's reads are not counted here). */
  syncs: number;
}

/**
 * Apply `plan` to the workbook read in `read`. On failure the summary is either left as it was or completely
 * replaced (see recover), and the error is rethrown for the caller to turn into a message.
 */
export async function applyPlan(ctx: Excel.RequestContext, plan: EditPlan, result: CheckResult, read: WorkbookRead, opts: ApplyOptions): Promise<ApplyResult> {
  const { caps } = opts;
  const t = strings(opts.lang).excel;
  const batch = new SyncBatcher(ctx, caps, opts.budget ?? DEFAULT_BUDGET);
  const notes: string[] = [];
  const note = (message: string): void => {
    notes.push(message);
  };
  const ws = read.worksheet;
  const temps: { proxy: Excel.Worksheet; final: string }[] = [];
  let formulas = false;
  const names = tempNames(plan.sheets.length, read.sheets.map((s) => s.name));
  try {
    // 1. New sheets under temporary names.
    for (let i = 0; i < plan.sheets.length; i++) {
      const sheet = plan.sheets[i];
      await batch.add(names[i].length + 40);
      const proxy = ctx.workbook.worksheets.add(names[i]);
      temps.push({ proxy, final: sheet.name });
      if (await writeSheetContent(proxy, sheet, batch, caps)) formulas = true;
      opts.onProgress?.(0.4 + (0.4 * (i + 1)) / plan.sheets.length, "sheets");
    }
    if (!caps.charts && plan.sheets.some((s) => s.charts?.length)) note(t.noChartsNote);

    // 2. The added columns (our own cells only). Same batch as the sheets when it fits: a failure anywhere
    //    stops the batch before the swap below, and the temporary sheets are dropped.
    if (plan.columns.length) opts.onProgress?.(0.82, "columns");
    for (const col of plan.columns) await writeColumn(ws, col, batch);

    // 3. Highlight rules: remove our own old ones, add the new ones after the user's (Office.js adds a rule at
    //    the top priority; moving it past the end puts it last), in plan order — as the .xlsx path does.
    if (plan.replaceOwnRules || plan.highlights.length) opts.onProgress?.(0.88, "highlights");
    if (caps.conditionalFormats) {
      if (plan.replaceOwnRules) {
        for (const own of read.ownRuleFormulas) {
          if (!isOwnRule(own.formula)) continue;
          await batch.add(40);
          own.format.delete();
        }
      }
      for (const rule of plan.highlights) {
        await batch.add(payloadBytes(rule) + 120);
        const cf = ws.getRange(rule.range).conditionalFormats.add("Custom");
        cf.custom.rule.formula = `=${rule.formula.replace(/^=/, "")}`;
        cf.custom.format.fill.color = rule.fill;
        cf.custom.format.font.color = rule.fontColor;
        cf.priority = LAST_PRIORITY; // set last: the proxy must not be used after its priority changes
      }
    } else if (plan.highlights.length) {
      await staticHighlights(ws, plan, result, batch);
      note(t.staticHighlightNote);
    }

    // 4. The swap: the earlier run's sheets go, the new ones take their names.
    for (const name of plan.replaceSheets) {
      await batch.add(name.length + 40);
      ctx.workbook.worksheets.getItem(name).delete();
    }
    for (const tmp of temps) {
      await batch.add(tmp.final.length + 40);
      tmp.proxy.name = tmp.final;
    }
    // Formulas written while calculation was suspended are calculated now.
    if (formulas) {
      await batch.add(40);
      ctx.workbook.application.calculate("Recalculate");
    }
    opts.onProgress?.(0.97, "write");
    await batch.flush();
  } catch (e) {
    await recover(
      ctx,
      temps.map((t, i) => ({ temp: names[i], final: t.final })),
      read.sheets.filter((x) => plan.replaceSheets.includes(x.name)).map((x) => x.id),
    );
    throw e;
  }
  return { notes, syncs: batch.syncs };
}
