/**
 * Heading markers of a 工作要点 / 实施方案:
 *   level 1  一、          (section)
 *   level 2  （一） / (一)  (group or item)
 *   level 3  1. / 1． / 1、 (item)
 *   level 4  （1） / (1)    (sub-item)
 */
import { toHalfWidth } from "../text";
import { CHINESE_NUMERAL_CHARS, parseChineseNumber } from "../vocab/numerals";

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  /** The marker as written ("（十六）", "9.", "一、"). */
  marker: string;
  /** Its number (16, 9, 1). */
  number: number;
  /** The text after the marker. */
  rest: string;
}

const CN = `[${CHINESE_NUMERAL_CHARS}]+`;
const PATTERNS: { level: HeadingLevel; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^(${CN})[、.]`) },
  { level: 2, re: new RegExp(`^\\((${CN})\\)`) },
  { level: 3, re: /^(\d{1,3})[.、]/ },
  { level: 4, re: /^\((\d{1,3})\)/ },
];

/** The heading marker a paragraph starts with, or null. Full-width and ASCII brackets / dots alike. */
export function headingOf(text: string): Heading | null {
  const half = toHalfWidth(text);
  for (const { level, re } of PATTERNS) {
    const m = re.exec(half);
    if (!m) continue;
    // "1.5万户" is a number, not a heading; "2.2022年底前" is a heading (its text starts with a year).
    const after = half.slice(m[0].length);
    if (level === 3 && /^\d/.test(after) && !/^\d{4}年/.test(after)) continue;
    const n = m[1] === undefined ? null : parseChineseNumber(m[1]);
    if (n === null) continue;
    return { level, marker: text.slice(0, m[0].length), number: n, rest: text.slice(m[0].length) };
  }
  return null;
}
