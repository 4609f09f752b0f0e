/**
 * The plan year a title, workbook name or document's first lines name.
 *
 * Decisions (tested in tests/core/deadline/detectYear.test.ts):
 * - "2022年…" (also 二〇二二年, 2022年度) wins, unless the year is part of a date ("2021年12月底前",
 *   "2021年9月1日"): a date buried in a sentence is not the plan's year.
 * - Else a four-digit year standing alone in a file name ("2022_分解表.xlsx", "分解表-2022.xlsx"),
 *   not part of a digit date (2022-10-31, 2022.10) or a longer number.
 * - Else the year of a document number (〔2022〕15号), the year the document was issued.
 * - Years outside 1990–2099 are not plan years. The first qualifying year in the text wins.
 */
import { removeSpaces, toHalfWidth } from "../text";
import { parseChineseNumber } from "../vocab/numerals";

const YEAR_WORD = /((?:19|20)\d\d|[〇零○一二三四五六七八九]{4})年(度)?(?!(?:\d{1,2}|[一二三四五六七八九十]{1,3})月)/g;
const BARE_YEAR = /(?<!\d[./-])(?<!\d)((?:19|20)\d\d)(?![\d年])(?![./-]\d)/g;
const DOC_NUMBER = /[〔［[(（]((?:19|20)\d\d)[〕］\])）]/g;

function plausible(y: number | null): y is number {
  return y !== null && y >= 1990 && y <= 2099;
}

export function detectPlanYear(text: string): number | null {
  if (typeof text !== "string" || text === "") return null;
  const s = removeSpaces(toHalfWidth(text));
  for (const m of s.matchAll(YEAR_WORD)) {
    const digits = m[1];
    if (digits === undefined) continue;
    const y = parseChineseNumber(digits);
    if (plausible(y)) return y;
  }
  for (const m of s.matchAll(BARE_YEAR)) {
    const before = s.slice(0, m.index);
    if (/[〔［[(（]$/.test(before)) continue; // a document number, below
    const y = Number(m[1]);
    if (plausible(y)) return y;
  }
  for (const m of s.matchAll(DOC_NUMBER)) {
    const y = Number(m[1]);
    if (plausible(y)) return y;
  }
  return null;
}
