/** Halves, quarters and the year's end without a year: 上半年, 三季度, 第三季度末, 一季度, 前三季度, 年底, 年内, 全年. */
import {
  alternation, FIRST_QUARTERS, HALVES, PERIOD_END_SUFFIXES, QUARTER_NUMERALS, YEAR_END_WORDS,
} from "../../vocab/words";
import type { Parser } from "../tokens";

const Q = Object.keys(QUARTER_NUMERALS).join("");
const SUFFIX = `(?:${alternation(PERIOD_END_SUFFIXES)})?`;

export const periodParser: Parser = {
  name: "period",
  pattern: new RegExp(
    `(?:(${alternation([...Object.keys(HALVES), ...Object.keys(FIRST_QUARTERS)])})` +
      `|第([${Q}])季度?|([${Q}])季度` +
      `|(${alternation(YEAR_END_WORDS)}))${SUFFIX}`,
    "y",
  ),
  extract(m, index) {
    let month: number;
    if (m[1] !== undefined) month = HALVES[m[1]] ?? FIRST_QUARTERS[m[1]];
    else if (m[2] !== undefined || m[3] !== undefined) month = QUARTER_NUMERALS[(m[2] ?? m[3])] * 3;
    else month = 12;
    return { type: "date", index, length: m[0].length, year: null, parts: [{ month, day: "end" }] };
  },
};
