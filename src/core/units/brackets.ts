/**
 * Units parser, stage "brackets": which characters stand inside brackets, where 等 stands outside them, and the
 * punctuation, numbering and unmatched brackets trimmed off a piece's edges. Pure; never throws.
 */
import { closerOf, isCloseBracket, isOpenBracket } from "./classify";

/** How far around a break the name tests look (a unit name is at most 40 characters). */
export const WINDOW = 48;

/** Positions inside matched brackets (unmatched brackets count as plain characters). */
export function insideBrackets(s: string): boolean[] {
  const inside = new Array<boolean>(s.length).fill(false);
  const stack: { close: string; at: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const top = stack[stack.length - 1];
    if (top && ch === top.close) {
      stack.pop();
      for (let j = top.at + 1; j < i; j++) inside[j] = true;
      continue;
    }
    const close = closerOf(ch);
    if (close && !(close === ch)) stack.push({ close, at: i });
  }
  return inside;
}

/** Index of every 等 outside brackets. */
export function dengPositions(s: string): number[] {
  const inside = insideBrackets(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === "等" && !inside[i]) out.push(i);
  return out;
}

/** Punctuation that may stand at the edges of a piece and is not part of a name. */
const EDGE_JUNK = /^[\s:：·•\-—–~～*＊#＃!！?？"'`|｜/／\\]+|[\s:：·•\-—–~～*＊#＃!！?？"'`|｜/／\\]+$/g;
/** 1. / 1、/ (1) / ① … at the start of a line. */
const ENUMERATION = /^(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．)）]|[①-⑳])/;

/** Unmatched brackets (and quotes around the whole piece) off the edges. */
export function trimEdges(s: string): string {
  let t = s.replace(EDGE_JUNK, "").replace(ENUMERATION, "").replace(/(?:[（(][)）])+$/, "");
  for (let guard = 0; guard < 6; guard++) {
    const before = t;
    const first = t[0];
    const close = first ? closerOf(first) : null;
    if (close && t.endsWith(close) && t.length >= 2 && balanced(t.slice(1, -1))) t = t.slice(1, -1);
    else if (close && !t.includes(close)) t = t.slice(1);
    else if (t && isCloseBracket(t.charAt(t.length - 1)) && !balanced(t)) t = t.slice(0, -1);
    else if (t && isOpenBracket(t.charAt(t.length - 1))) t = t.slice(0, -1);
    t = t.replace(EDGE_JUNK, "");
    if (t === before) break;
  }
  return t;
}

export function balanced(s: string): boolean {
  const stack: string[] = [];
  for (const ch of s) {
    const close = closerOf(ch);
    if (close && close !== ch) stack.push(close);
    else if (isCloseBracket(ch)) {
      if (stack.pop() !== ch) return false;
    }
  }
  return stack.length === 0;
}
