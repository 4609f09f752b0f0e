/** Dates in digits: 2022.10.31, 2022/10/31, 2022-10-31, 2022.10 (month end), 10.31 and 10/31 (no year). */
import type { Parser } from "../tokens";
import { numberIn } from "./util";

export const numericDateParser: Parser = {
  name: "numeric-date",
  pattern: /((?:19|20|21)\d\d)([./-])(\d{1,2})(?:\2(\d{1,2}))?(?![\d])/y,
  extract(m, index) {
    const year = Number(m[1]);
    const month = numberIn(m[3], 1, 12);
    const day = m[4] === undefined ? "end" : numberIn(m[4], 1, 31);
    if (month === null || day === null) return null;
    return { type: "date", index, length: m[0].length, year: { abs: year }, parts: [{ month, day }] };
  },
};

export const monthDotDayParser: Parser = {
  name: "month-dot-day",
  pattern: /(\d{1,2})[./](\d{1,2})(?![\d./-])/y,
  extract(m, index) {
    const month = numberIn(m[1], 1, 12);
    const day = numberIn(m[2], 1, 31);
    if (month === null || day === null) return null;
    return { type: "date", index, length: m[0].length, year: null, parts: [{ month, day }] };
  },
};
