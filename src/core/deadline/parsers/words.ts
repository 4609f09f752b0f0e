/** Continuation, recurrence, and the small words between dates (separators, ranges, starts, 完成/前/截至 …). */
import {
  alternation, CLAUSE_SEPARATORS, DESCRIPTION_STOP_CHARS, DESCRIPTION_STOP_WORDS, DESCRIPTION_VERBS, LIST_SEPARATORS, ONGOING_HEADS, ONGOING_HEADS_NEEDING_VERB, ONGOING_VERBS,
  RANGE_WORDS, RECURRING_BY_UNITS, RECURRING_UNITS, RECURRING_WORDS, START_NOW_WORDS, START_WORDS,
  SURROUNDING_WORDS,
} from "../../vocab/words";
import type { Parser } from "../tokens";

const VERBS = alternation(ONGOING_VERBS);
/** Numerals that could count days or months inside a description ("三个月内"). */
const CHINESE_DIGITS = "零〇○一二两三四五六七八九十百廿卅";
/** An ordinal ("第一批", "第二阶段") counts no time: it may stand in a description unless a time word follows. */
const ORDINAL = `第[${CHINESE_DIGITS}]+(?![年月日号季旬周天个期])`;
/** 及/和/与/或 joining two pieces of work ("完成验收及资金拨付工作"), not two dates ("3月及6月"). */
const JOINED = `[和及与或](?=[^0-9${CHINESE_DIGITS}年月日号季旬周每上下半本明今次])`;

export const ongoingParser: Parser = {
  name: "ongoing",
  pattern: new RegExp(
    `(?:${alternation(ONGOING_HEADS)})(?:${VERBS})*|(?:${alternation(ONGOING_HEADS_NEEDING_VERB)})(?:${VERBS})+`,
    "y",
  ),
  extract: (m, index) => ({ type: "ongoing", index, length: m[0].length }),
};

const CLAUSE_END = `[^${CLAUSE_SEPARATORS.map((c) => "\\" + c).join("")}]*`;

/** 每月…, 每年1月31日前, 按季度…, 定期…: the recurrence and whatever else its clause says. */
export const recurringParser: Parser = {
  name: "recurring",
  pattern: new RegExp(
    `(?:每个?(?:${alternation(RECURRING_UNITS)})|按(?:${alternation(RECURRING_BY_UNITS)})|${alternation(RECURRING_WORDS)})${CLAUSE_END}`,
    "y",
  ),
  extract: (m, index) => ({ type: "recurring", index, length: m[0].length }),
};

export const startParser: Parser = {
  name: "start",
  pattern: new RegExp(`(?:(?:自|从)?(${alternation(START_NOW_WORDS)})|${alternation(START_WORDS)})`, "y"),
  extract: (m, index) => ({ type: "start", index, length: m[0].length, now: m[1] !== undefined }),
};

export const rangeParser: Parser = {
  name: "range",
  pattern: new RegExp(`(?:${alternation(RANGE_WORDS)})`, "y"),
  extract: (m, index) => ({ type: "range", index, length: m[0].length }),
};

export const separatorParser: Parser = {
  name: "separator",
  pattern: new RegExp(`(?:(${alternation(CLAUSE_SEPARATORS)})|${alternation(LIST_SEPARATORS)})`, "y"),
  extract: (m, index) => ({ type: "separator", index, length: m[0].length, clause: m[1] !== undefined }),
};

export const fillerParser: Parser = {
  name: "filler",
  pattern: new RegExp(`(?:${alternation(SURROUNDING_WORDS)})`, "y"),
  extract: (m, index) => ({ type: "filler", index, length: m[0].length }),
};

/** "完成初稿", "上线运行": a plain description after a date (the description refiner checks the date). */
export const descriptionParser: Parser = {
  name: "description",
  pattern: new RegExp(
    `前?(?:${alternation(DESCRIPTION_VERBS)})(?:${ORDINAL}|${JOINED}|(?!${alternation(DESCRIPTION_STOP_WORDS)})[^${DESCRIPTION_STOP_CHARS}${CHINESE_DIGITS}])*`,
    "y",
  ),
  extract: (m, index) => ({ type: "description", index, length: m[0].length, text: m[0].replace(/^前/, "") }),
};
