/**
 * The highlight rules of 标记逾期: conditional formats driven by formulas on the 规范时限 column and the
 * status column, so the colours stay right as days pass and in Excel without the add-in.
 *
 * Recognising our own rules on a re-run: every formula carries the no-op term `N("分解表助手")=0` inside its
 * AND(...). N() of a text is 0 in Excel, LibreOffice and WPS, so the term is always true and changes
 * nothing; but it is text any adapter can see in the rule's formula (exceljs `formulae[0]`, Office.js
 * `conditionalFormat.custom.rule.formula`). `isOwnRule` (src/core/own.ts) looks for it.
 */
// The same words the status column is judged by, so the colours agree with the states.
import { DONE_WORDS } from "../status";
import { RULE_MARKER } from "../own";

/**
 * The fills differ in brightness, not only in hue (overdue is clearly darker than due soon: contrast ≈ 1.8:1,
 * so they stay apart in grey print-outs and for colour-blind readers), and the text on each keeps a contrast
 * of at least 4.5:1. The 统计状态 column says the state in words as well.
 */
export const OVERDUE_FILL = "#F2A0A0";
export const OVERDUE_FONT = "#800000";
export const DUE_SOON_FILL = "#FFF4C2";
export const DUE_SOON_FONT = "#7A5A00";
/** 深红 / 挂牌 (overdue by more than M days): darker still, white text. */
export const LONG_OVERDUE_FILL = "#8B0000";
export const LONG_OVERDUE_FONT = "#FFFFFF";

export interface RuleRefs {
  /** Column letters of 规范时限. */
  dueCol: string;
  /** Column letters of the status column, null when the table has none. */
  statusCol: string | null;
  /** The first row of the rule's range (the formula is relative to it). */
  firstRow: number;
  /** ISO as-of date to compare with; null: TODAY(). */
  fixedAsOf: string | null;
  dueSoonDays: number;
  /** M: days overdue past which the 深红 / 挂牌 rule applies (default 30). */
  longOverdueDays?: number;
}

function excelString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** The as-of term: TODAY() or DATE(y,m,d). */
export function asOfTerm(fixedAsOf: string | null): string {
  if (!fixedAsOf) return "TODAY()";
  const [y, m, d] = fixedAsOf.split("-").map((x) => Number(x));
  return `DATE(${y},${m},${d})`;
}

/**
 * "Not done": the status cell, trimmed (full-width spaces too), is none of the done words as the whole cell
 * (DOMAIN.md section 4: not a substring — 未完成 is not done). Written as a lookup in "|已完成|完成|…|" so the
 * formula stays short. Null when the table has no status column.
 */
export function notDoneTerm(statusCol: string | null, row: number): string | null {
  if (!statusCol) return null;
  const list = `|${DONE_WORDS.join("|")}|`;
  return `ISERROR(FIND("|"&TRIM(SUBSTITUTE($${statusCol}${row},"\u3000"," "))&"|",${excelString(list)}))`;
}

/** Overdue: a date in 规范时限 before the as-of date, not done. */
export function overdueFormula(r: RuleRefs): string {
  const g = `$${r.dueCol}${r.firstRow}`;
  const t = asOfTerm(r.fixedAsOf);
  const parts = [`ISNUMBER(${g})`, `${g}<${t}`, notDoneTerm(r.statusCol, r.firstRow), RULE_MARKER];
  return `AND(${parts.filter(Boolean).join(",")})`;
}

/**
 * Yellow: a date in 规范时限 from the as-of date to N days after it, not done; or (with `stage`) the 统计状态 cell
 * says 阶段逾期 — the stage dates are in no cell a formula could read, so that half follows the state the last
 * run counted, not TODAY().
 */
export function dueSoonFormula(r: RuleRefs, stage?: { stateCol: string; word: string }): string {
  const g = `$${r.dueCol}${r.firstRow}`;
  const t = asOfTerm(r.fixedAsOf);
  const soon = [`ISNUMBER(${g})`, `${g}>=${t}`, `${g}<=${t}+${r.dueSoonDays}`];
  const when = stage ? [`OR(AND(${soon.join(",")}),$${stage.stateCol}${r.firstRow}=${excelString(stage.word)})`] : soon;
  const parts = [...when, notDoneTerm(r.statusCol, r.firstRow), RULE_MARKER];
  return `AND(${parts.filter(Boolean).join(",")})`;
}

/** 深红 / 挂牌: a date in 规范时限 more than M days before the as-of date, not done. */
export function longOverdueFormula(r: RuleRefs): string {
  const g = `$${r.dueCol}${r.firstRow}`;
  const t = asOfTerm(r.fixedAsOf);
  const m = r.longOverdueDays ?? 30;
  const parts = [`ISNUMBER(${g})`, `${g}<${t}-${m}`, notDoneTerm(r.statusCol, r.firstRow), RULE_MARKER];
  return `AND(${parts.filter(Boolean).join(",")})`;
}
