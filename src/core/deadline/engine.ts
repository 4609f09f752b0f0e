/**
 * The deadline engine: normalise → scan with the small parsers (longest match at each position; a position
 * no parser reads makes the phrase "unknown") → refiners → compose a Deadline. Never throws.
 */
import { removeSpaces, toHalfWidth } from "../text";
import { CLOCK_AFTER_DAY, INVISIBLE } from "../vocab/words";
import type { Deadline } from "../types";
import { daysInMonth, isoDate, isValidDate } from "./calendar";
import { PARSERS } from "./parsers";
import { REFINERS } from "./refiners";
import type { ParseState, Token } from "./tokens";

const TIME_OF_DAY = /(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)/g;

const LINE_BREAKS = /[\r\n\u2028\u2029\u0085]+/g;

/**
 * Full-width → half-width, a time of day after a digit date dropped, spaces removed. Line breaks end a
 * clause (";") — or, with `joinLines`, are removed like spaces (a cell wrapped in the middle of a word).
 */
export function normalise(text: string, joinLines = false): string {
  const half = toHalfWidth(text.replace(INVISIBLE, "")).replace(TIME_OF_DAY, "$1").replace(CLOCK_AFTER_DAY, "$1");
  return removeSpaces(half.replace(LINE_BREAKS, joinLines ? "" : ";"));
}

/** Tokens of a normalised phrase, or null when some position is read by no parser. */
export function scan(s: string): Token[] | null {
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < s.length) {
    let best: Token[] | null = null;
    let bestLength = 0;
    for (const parser of PARSERS) {
      parser.pattern.lastIndex = pos;
      const m = parser.pattern.exec(s);
      if (!m || m[0].length <= bestLength) continue;
      const found = parser.extract(m, pos);
      if (found === null) continue;
      best = Array.isArray(found) ? found : [found];
      bestLength = m[0].length;
    }
    if (best === null) return null;
    tokens.push(...best);
    pos += bestLength;
  }
  return tokens;
}

function unknown(text: string): Deadline {
  return { text, kind: "unknown", due: null, milestones: [], ongoing: false };
}

/** A line break first ends a clause; if the phrase is then not understood, it is read again joined up. */
export function parsePhrase(text: string, planYear: number): Deadline {
  const s = normalise(text);
  if (/^;*$/.test(s)) return { text, kind: "empty", due: null, milestones: [], ongoing: false };
  const first = parseNormalised(text, s, planYear);
  if (first.kind !== "unknown" || !/[\r\n\u2028\u2029\u0085]/.test(text)) return first;
  return parseNormalised(text, normalise(text, true), planYear);
}

function parseNormalised(text: string, s: string, planYear: number): Deadline {
  const tokens = scan(s);
  if (tokens === null) return unknown(text);
  let state: ParseState = { tokens, failed: false };
  for (const refine of REFINERS) {
    state = refine(state);
    if (state.failed) return unknown(text);
  }
  return compose(text, state.tokens, planYear);
}

function compose(text: string, tokens: Token[], planYear: number): Deadline {
  const dates = new Set<string>();
  /** The work each date is for ("5月底前动工" → 动工), from the description after it. */
  const actions = new Map<string, string[]>();
  let lastDates: string[] = [];
  for (const t of tokens) {
    if (t.type === "description") {
      for (const d of lastDates) actions.set(d, [...(actions.get(d) ?? []), t.text]);
      continue;
    }
    if (t.type !== "date") continue;
    const year = t.year === null ? planYear : "abs" in t.year ? t.year.abs : planYear + t.year.rel;
    const isos: string[] = [];
    for (const p of t.parts) {
      const day = p.day === "end" ? (Number.isInteger(year) ? daysInMonth(year, p.month) : NaN) : p.day;
      // A date that is not in the calendar makes the phrase not understood, even as a range's start.
      if (!isValidDate(year, p.month, day)) return unknown(text);
      isos.push(isoDate(year, p.month, day));
    }
    if (!t.dropped) {
      for (const d of isos) dates.add(d);
      lastDates = isos;
    }
  }
  const milestones = [...dates].sort();
  const recurring = tokens.some((t) => t.type === "recurring");
  const ongoingWords = tokens.some((t) => t.type === "ongoing");
  if (milestones.length > 0) {
    const d: Deadline = { text, kind: "date", due: milestones[milestones.length - 1] ?? null, milestones, ongoing: ongoingWords || recurring };
    if (actions.size > 0) d.stages = milestones.map((date) => ({ date, action: actions.get(date)?.join("，") ?? null }));
    return d;
  }
  if (recurring) return { text, kind: "recurring", due: null, milestones: [], ongoing: ongoingWords };
  if (ongoingWords) return { text, kind: "ongoing", due: null, milestones: [], ongoing: true };
  return unknown(text);
}
