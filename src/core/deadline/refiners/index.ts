/**
 * Refiners: each takes the token list and combines or marks neighbours (like chrono-node's refiners).
 * Order matters: years join their dates first, then years carry along a list, then ranges and starts drop
 * the dates that are not deadlines.
 */
import type { Refiner, Token, YearRef } from "../tokens";

function adjacent(a: Token, b: Token): boolean {
  return a.index + a.length === b.index;
}

/**
 * "2022年" + "10月" → one date in 2022; "明年" + "一季度" likewise. A year right before a recurrence
 * ("2022年每季度") or a continuation ("2023年持续推进") only says when that happens: it is not a deadline.
 * Any other year alone means its 12-31 ("2025年前").
 */
export const mergeYearRefiner: Refiner = (state) => {
  const out: Token[] = [];
  const ts = state.tokens;
  let joined = false; // the token was merged into the year before it
  for (const [i, t] of ts.entries()) {
    if (joined) {
      joined = false;
      continue;
    }
    if (t.type !== "year") {
      out.push(t);
      continue;
    }
    const next = ts[i + 1];
    if (next && adjacent(t, next) && next.type === "date" && next.year === null) {
      out.push({ ...next, index: t.index, length: t.length + next.length, year: t.year });
      joined = true;
    } else if (next && adjacent(t, next) && (next.type === "recurring" || next.type === "ongoing")) {
      continue;
    } else {
      out.push({ type: "date", index: t.index, length: t.length, year: t.year, parts: [{ month: 12, day: "end" }] });
    }
  }
  return { ...state, tokens: out };
};

/**
 * A date with no year takes the year of the date before it in the phrase ("2023年3月、6月" → both 2023),
 * else (later, in compose) the plan year. A bare day ("9月10日、20日") takes the month before it; with no
 * month before it the phrase is not understood.
 */
export const inheritRefiner: Refiner = (state) => {
  let lastYear: YearRef | null = null;
  let lastMonth: number | null = null;
  let failed = state.failed;
  const out: Token[] = [];
  for (const t of state.tokens) {
    if (t.type === "date") {
      const year: YearRef | null = t.year ?? lastYear;
      lastYear = year;
      lastMonth = t.parts[t.parts.length - 1]?.month ?? lastMonth;
      out.push({ ...t, year });
    } else if (t.type === "day") {
      if (lastMonth === null) {
        failed = true;
        out.push(t);
      } else {
        out.push({ type: "date", index: t.index, length: t.length, year: lastYear, parts: [{ month: lastMonth, day: t.day }] });
      }
    } else {
      out.push(t);
    }
  }
  return { tokens: out, failed };
};

/**
 * "3月至6月": the range's start is not a deadline. "2022年3月起": a start is not a deadline. "起" after
 * nothing that is a date is not understood.
 */
export const rangeStartRefiner: Refiner = (state) => {
  const ts = state.tokens.map((t) => ({ ...t }));
  let failed = state.failed;
  for (const [i, t] of ts.entries()) {
    const prev = ts[i - 1];
    const next = ts[i + 1];
    if (t.type === "range" && prev?.type === "date" && next?.type === "date" && adjacent(prev, t) && adjacent(t, next)) {
      prev.dropped = true;
    } else if (t.type === "start" && !t.now) {
      if (prev?.type === "date" && adjacent(prev, t)) {
        prev.dropped = true;
        prev.start = true;
      } else {
        failed = true;
      }
    }
  }
  return { tokens: ts, failed };
};


/**
 * A description ("完成初稿") is only words about the work when a date stands before it in the same clause
 * ("10月底前完成初稿"), or opens the clause right after one that held only a date ("2月上旬前，完成设计招标");
 * anywhere else the phrase is not understood.
 */
export const descriptionRefiner: Refiner = (state) => {
  let dateInClause = false;
  let describedClause = false;
  let afterDateOnlyClause = false;
  let clauseStart = true;
  for (const t of state.tokens) {
    if (t.type === "separator" && t.clause) {
      afterDateOnlyClause = dateInClause && !describedClause;
      dateInClause = false;
      describedClause = false;
      clauseStart = true;
      continue;
    }
    if (t.type === "date" && !t.dropped) dateInClause = true;
    else if (t.type === "description") {
      if (!dateInClause && !(clauseStart && afterDateOnlyClause)) return { ...state, failed: true };
      describedClause = true;
    }
    if (t.type !== "filler") clauseStart = false;
  }
  return state;
};

export const REFINERS: readonly Refiner[] = [mergeYearRefiner, inheritRefiner, rangeStartRefiner, descriptionRefiner];
