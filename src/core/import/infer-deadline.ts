/**
 * A deadline written inside a requirement paragraph ("2022年11月底前，…", "年底前将发放结果…",
 * "于2021年9月1日、12月1日两个时间节点…"), for rows whose annotation gives no 完成时限.
 * Finds the candidate phrases; the deadline engine says what they mean; the latest hard date wins.
 */
import { toHalfWidth } from "../text";
import { parseDeadline } from "../deadline";
import type { Deadline } from "../types";

const Y = String.raw`(?:20\d\d|二〇[〇一二三四五六七八九]{2}|次|明)年`;
const M = String.raw`(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月`;
const D = String.raw`(?:[12]\d|3[01]|0?[1-9]|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日`;
const MD = String.raw`${M}(?:${D}|底|末|中旬|上旬|下旬)?`;
const CHAIN = String.raw`${MD}(?:[、和至到~～-]${MD})*`;
const QUARTER = String.raw`(?:上半年|下半年|第?[一二三四1-4]季度末?)`;

const CANDIDATE = new RegExp(
  [
    String.raw`(?:${Y})?${CHAIN}(?:前|以前|之前)?`, // 2022年11月底前 / 9月20日、12月20日前
    String.raw`(?:${Y})?${QUARTER}(?:前|以前|末前|底前)?`, // 2022年上半年 / 三季度末前
    String.raw`${Y}(?:底|末|内)(?:前|以前)?`, // 2022年底前
    String.raw`年(?:底|末|内)(?:前|以前)?`, // 年底前 / 年内
  ].join("|"),
  "g",
);

/** Characters that make "年内" part of a span of years ("五年内", "3年内"), not this year. */
const COUNT_BEFORE = /[0-9一二三四五六七八九十两几多数每]$/;

/** Every deadline-like phrase in the text, in order, as written. */
export function deadlineCandidates(text: string): string[] {
  const half = toHalfWidth(text);
  const out: string[] = [];
  const re = new RegExp(CANDIDATE.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(half))) {
    if (m[0] === "") {
      re.lastIndex++;
      continue;
    }
    const before = half.slice(0, m.index);
    // "2020年政府信息公开年报" is not a date; "12月" inside "2022年12月" is found with its year (leftmost).
    if (/^[0-9]/.test(m[0]) && /[0-9]$/.test(before)) continue;
    if (/^年/.test(m[0]) && COUNT_BEFORE.test(before)) continue;
    // "统一月报": a bare Chinese month ("一月") counts only with a day, 底, 旬 or 前 after it.
    if (/^[一二三四五六七八九十]+月$/.test(m[0])) continue;
    out.push(text.slice(m.index, m.index + m[0].length));
  }
  return out;
}

export interface InferredDeadline {
  text: string;
  value: Deadline;
}

/** The deadline a paragraph names itself: the candidate with the latest hard date (the first when none parses). */
export function inferDeadline(text: string, year: number): InferredDeadline | null {
  const cands = deadlineCandidates(text);
  const [first] = cands;
  if (first === undefined) return null;
  let best: InferredDeadline | null = null;
  for (const c of cands) {
    const value = parseDeadline(c, { year });
    if (value.kind !== "date" || !value.due) continue;
    if (!best || !best.value.due || value.due > best.value.due) best = { text: c, value };
  }
  return best ?? { text: first, value: parseDeadline(first, { year }) };
}
