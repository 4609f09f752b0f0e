/**
 * Months and days: "10月", "10月31日", "十月底", "10月中旬", "9月份"; lists "3、6、9、12月底" and ranges
 * "10-12月" (only the range's end is a deadline).
 */
import { alternation, MONTH_END_SUFFIXES, RANGE_WORDS, SMALL_NUMBER, TEN_DAYS } from "../../vocab/words";
import type { DatePart, Parser } from "../tokens";
import { numberIn } from "./util";

const N = SMALL_NUMBER;
const DAY_OR_END = `(?:(${N})(?:日|号)|(\\d{1,2})(?![\\d.])|(${alternation(Object.keys(TEN_DAYS))})|(${alternation(MONTH_END_SUFFIXES)}))?`;

function dayOf(m: RegExpExecArray, at: number): number | "end" | null {
  if (m[at] !== undefined) return numberIn(m[at], 1, 31);
  if (m[at + 1] !== undefined) return numberIn(m[at + 1], 1, 31);
  const tenDays = m[at + 2];
  if (tenDays !== undefined) return TEN_DAYS[tenDays] ?? null;
  return "end"; // 底, 末, 份, or no day at all: a month without a day is its end
}

export const monthDayParser: Parser = {
  name: "month-day",
  pattern: new RegExp(`(${N})月${DAY_OR_END}`, "y"),
  extract(m, index) {
    const month = numberIn(m[1], 1, 12);
    const day = dayOf(m, 2);
    if (month === null || day === null) return null;
    return { type: "date", index, length: m[0].length, year: null, parts: [{ month, day }] };
  },
};

const LIST_JOIN = "[、,和及与]";
const RANGE = alternation(RANGE_WORDS);
const TEN_OR_END = `(?:(${alternation(Object.keys(TEN_DAYS))})|${alternation(MONTH_END_SUFFIXES)})?`;

export const monthListParser: Parser = {
  name: "month-list",
  pattern: new RegExp(`(${N}(?:${LIST_JOIN}${N})+|${N}(?:${RANGE})${N})月${TEN_OR_END}`, "y"),
  extract(m, index) {
    const list = m[1];
    if (list === undefined) return null;
    const isRange = !new RegExp(`^${N}(?:${LIST_JOIN}${N})+$`).test(list);
    const pieces = list.split(isRange ? new RegExp(RANGE) : new RegExp(LIST_JOIN));
    const months: number[] = [];
    for (const p of pieces) {
      const month = numberIn(p, 1, 12);
      if (month === null) return null;
      months.push(month);
    }
    const [first, second] = months;
    const last = months[months.length - 1];
    if (first === undefined || second === undefined || last === undefined) return null; // fewer than two months
    const day = m[2] !== undefined ? TEN_DAYS[m[2]] : "end";
    if (day === undefined) return null;
    const used = isRange ? [last] : months;
    if (isRange && first >= second) return null;
    const parts: DatePart[] = used.map((month) => ({ month, day }));
    return { type: "date", index, length: m[0].length, year: null, parts };
  },
};

/** "20日" with no month before it in the same token ("9月10日、20日"). */
export const dayParser: Parser = {
  name: "day",
  pattern: new RegExp(`(${N})(?:日|号)`, "y"),
  extract(m, index) {
    const day = numberIn(m[1], 1, 31);
    return day === null ? null : { type: "day", index, length: m[0].length, day };
  },
};
