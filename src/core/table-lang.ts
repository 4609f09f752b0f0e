/**
 * The table's own language, and the as-of hint: small decisions the hosts show or apply.
 */
import type { CheckResult } from "./types";
import type { Lang } from "../strings";

const HAN = /\p{Script=Han}/u;

/**
 * The language a table is written in, from its header texts (and its title): Chinese when they hold Chinese
 * characters, else English. The output language defaults to it, so a Chinese table gets Chinese sheets and
 * columns in an English Office or browser. Null when there is no header to judge by.
 */
export function tableLanguage(result: Pick<CheckResult, "layout">): Lang | null {
  const layout = result.layout;
  if (!layout) return null;
  const texts = [...layout.columns.map((c) => c.header), layout.title ?? ""];
  return texts.some((t) => HAN.test(t)) ? "zh-CN" : "en-US";
}

/** The output language: the user's choice when made ("table" or absent: the table's), else the UI language. */
export function outputLanguage(choice: Lang | "table" | undefined, result: Pick<CheckResult, "layout">, uiLang: Lang): Lang {
  if (choice && choice !== "table") return choice;
  return tableLanguage(result) ?? uiLang;
}

/**
 * When the plan year is over relative to today (today is after 31 December of the plan year), the plan year's
 * end as a suggested as-of date: a 2022 table opened in 2024 is otherwise all overdue. Null while the year runs.
 */
export function asOfHint(year: number, today: string): string | null {
  const end = `${year}-12-31`;
  return today > end ? end : null;
}
