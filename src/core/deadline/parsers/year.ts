/** "2022年", "二〇二二年", "今年", "次年", "明年" (a year), and "2022年底", "今年内", "本年度内" (its end). */
import { alternation, RELATIVE_YEARS, YEAR_DIGITS, YEAR_END_SUFFIXES } from "../../vocab/words";
import type { Parser } from "../tokens";
import { yearRef } from "./util";

export const yearParser: Parser = {
  name: "year",
  pattern: new RegExp(
    `(?:(${YEAR_DIGITS})|(${alternation(Object.keys(RELATIVE_YEARS))}))年(${alternation(YEAR_END_SUFFIXES)})?`,
    "y",
  ),
  extract(m, index) {
    const year = yearRef(m[1], m[2]);
    if (!year) return null;
    const length = m[0].length;
    const suffix = m[3];
    if (suffix === undefined || suffix === "度") return { type: "year", index, length, year };
    return { type: "date", index, length, year, parts: [{ month: 12, day: "end" }] };
  },
};
