/**
 * The strings tables: one per language, zh-CN first, en-US second. Each area of the product keeps its
 * own namespace file (src/strings/<lang>/<area>.ts); this module joins them into one table per language.
 * en-US must have exactly the keys zh-CN has (the type below enforces it).
 */
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type Lang = "zh-CN" | "en-US";
export type Strings = typeof zhCN;

const TABLES: Record<Lang, Strings> = { "zh-CN": zhCN, "en-US": enUS };

/** Every language, Chinese first: what the product wrote in any of them is recognised when read back. */
export const LANGS: readonly Lang[] = ["zh-CN", "en-US"];

export function strings(lang: Lang = "zh-CN"): Strings {
  return TABLES[lang];
}

/** Office display language ("zh-CN", "en-US", "zh-TW", "fr-FR" …) → the table to use. Chinese first. */
export function langFromLocale(locale: string | undefined | null): Lang {
  if (!locale) return "zh-CN";
  return /^zh/i.test(locale) ? "zh-CN" : "en-US";
}
