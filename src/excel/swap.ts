/**
 * The sheet swap that makes a summary never half-made: the new sheets are built under temporary names first;
 * only after all of them are written do the last commands delete the sheets an earlier run made and rename the
 * new ones. A failure before the swap deletes the temporary sheets (the workbook is as it was); a failure inside
 * it finishes it (recover).
 */
import { TEMP_SHEET_PREFIX } from "../core/own";

/** A temporary sheet name unused in the workbook (compared ignoring case). */
export function tempNames(count: number, taken: string[]): string[] {
  const used = new Set(taken.map((n) => n.toLowerCase()));
  const out: string[] = [];
  for (let i = 1; out.length < count; i++) {
    const name = `${TEMP_SHEET_PREFIX}${i}`;
    if (!used.has(name.toLowerCase())) out.push(name);
  }
  return out;
}

/**
 * After a failure: never leave a half-made summary. If the swap had not begun (every sheet it would delete is
 * still there and no temporary sheet was renamed), the temporary sheets are deleted and the workbook is as it
 * was. If it had begun, every new sheet was already complete (the swap is queued after all of them), so the
 * swap is finished: the remaining old sheets deleted, the remaining temporary sheets renamed. ExcelApi 1.1
 * calls only. Best effort: if Excel refuses even this (e.g. cell edit mode), the sheets left all carry the
 * generated mark and the next run replaces them.
 */
export async function recover(ctx: Excel.RequestContext, temps: { temp: string; final: string }[], replacedIds: string[]): Promise<void> {
  if (!temps.length && !replacedIds.length) return;
  try {
    const sheets = ctx.workbook.worksheets;
    sheets.load("items/name,items/id");
    await ctx.sync();
    const byName = new Map(sheets.items.map((s) => [s.name, s] as const));
    const byId = new Map(sheets.items.map((s) => [s.id, s] as const));
    // The swap deletes the old sheets first (found by id: a new sheet may already carry an old one's name),
    // then renames the temporary ones.
    // Without old sheets, a final name present means a rename ran (the plan never reuses a kept sheet's name).
    const started = replacedIds.length
      ? replacedIds.some((id) => !byId.has(id))
      : temps.some((t) => !byName.has(t.temp) && byName.has(t.final));
    let changed = false;
    if (!started) {
      for (const t of temps) {
        const s = byName.get(t.temp);
        if (s) {
          s.delete();
          changed = true;
        }
      }
    } else {
      for (const id of replacedIds) {
        const s = byId.get(id);
        if (s) {
          s.delete();
          changed = true;
        }
      }
      for (const t of temps) {
        const s = byName.get(t.temp);
        if (s) {
          s.name = t.final;
          changed = true;
        }
      }
    }
    if (changed) await ctx.sync();
  } catch {
    // Excel refuses every change right now; the next run replaces what is left (it all carries the mark).
  }
}
