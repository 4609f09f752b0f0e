/**
 * What the small parsers find in a phrase (like chrono-node's ParsingResult, but only the pieces a
 * deadline needs). Refiners then combine neighbouring tokens; `compose` turns the rest into a Deadline.
 */

/** A year as written: absolute (2022, 二〇二二) or relative to the plan year (今年 0, 次年/明年 +1). */
export type YearRef = { abs: number } | { rel: number };

/** One calendar point: month 1–12 and a day, or "end" for the month's last day. */
export interface DatePart {
  month: number;
  day: number | "end";
}

interface Base {
  /** Position and length in the normalised phrase. */
  index: number;
  length: number;
}

export type Token =
  /** "2022年", "明年", "二〇二二年": a year that may prefix a date; alone it means that year's 12-31. */
  | (Base & { type: "year"; year: YearRef })
  /** One or more dates sharing one year (a list "3、6、9月底"), or a year's end ("2022年底", "年底", 全年). */
  | (Base & { type: "date"; year: YearRef | null; parts: DatePart[]; start?: boolean; dropped?: boolean })
  /** "20日" with no month: takes the month of the date before it ("9月10日、20日"). */
  | (Base & { type: "day"; day: number })
  /** 长期坚持, 持续推进, 常态化 … */
  | (Base & { type: "ongoing" })
  /** 每月…, 每季度…, 每年1月31日前, 按月, 定期 … (the rest of its clause belongs to it). */
  | (Base & { type: "recurring" })
  /** 起, 开始: the date before is a start, not a deadline. `now`: 即日起. */
  | (Base & { type: "start"; now: boolean })
  /** 至, 到, -: a range when it stands between two dates. */
  | (Base & { type: "range" })
  | (Base & { type: "separator"; clause: boolean })
  /** "完成初稿": words after a date in its clause that describe the work, not the time. */
  | (Base & { type: "description"; text: string })
  /** 完成, 前, 之前, 截至 … */
  | (Base & { type: "filler" });

export type TokenType = Token["type"];

/** A small parser: a sticky pattern tried at one position, and what a match means (null: no match). */
export interface Parser {
  name: string;
  /** Must carry the `y` (sticky) flag. */
  pattern: RegExp;
  extract(match: RegExpExecArray, index: number): Token | Token[] | null;
}

/** The state the refiners pass along. `failed` once anything is not understood. */
export interface ParseState {
  tokens: Token[];
  failed: boolean;
}

export type Refiner = (state: ParseState) => ParseState;
