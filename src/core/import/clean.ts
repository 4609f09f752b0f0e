/**
 * Step 1 of the import: raw text → clean paragraphs.
 * - line breaks normalised, Word bookmark residue ("[bookmark: _GoBack]") removed;
 * - stray spaces between Chinese characters removed (kept only between two Latin letters / digits);
 * - hard-wrapped lines joined: a line continues the paragraph above unless that paragraph ends a sentence
 *   (。！？；…, a closing bracket or quote), or the line starts a heading; an open bracket (an annotation cut
 *   by a line break) always continues. Blank lines do not decide anything on their own: .docx text comes
 *   with a blank line after every paragraph, hard-wrapped or not.
 */
import { toHalfWidth, trimAll } from "../text";
import { headingOf } from "./headings";

export interface Paragraph {
  /** 1-based line of the document where the paragraph starts. */
  line: number;
  text: string;
}

const BOOKMARK = /\[bookmark:[^\]]*\]/gi;
const SPACE_RUN = /[\s\u3000\u00a0\ufeff\u200b]+/g;
const LATIN = /[A-Za-z0-9]/;

/** Spaces kept only between two Latin letters / digits ("Windows 10"); gone elsewhere ("执行落实 情况" → "执行落实情况"). */
export function removeStraySpaces(s: string): string {
  return s.replace(SPACE_RUN, (_m, offset: number, all: string) => {
    const before = all[offset - 1];
    const after = all[offset + _m.length];
    if (before === undefined || after === undefined) return "";
    return LATIN.test(toHalfWidth(before)) && LATIN.test(toHalfWidth(after)) ? " " : "";
  });
}

/** Document text → trimmed lines with their 1-based numbers (blank lines kept as ""). */
export function cleanLines(text: string): { line: number; text: string }[] {
  const src = (text ?? "").replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").replace(/\f|\v/g, "\n");
  return src.split("\n").map((raw, i) => ({ line: i + 1, text: removeStraySpaces(trimAll(raw.replace(BOOKMARK, ""))) }));
}

const SENTENCE_END = /[。！？!?；;〕）)】”"’：:…]$/;
const OPENERS = "（(〔[【";
const CLOSERS = "）)〕]】";
/** Characters a new paragraph never starts with: a line that starts with one continues the one above. */
const CONTINUATION_START = /^[，,、。；;：:）)〕】”’》]/;

/** How many brackets are still open at the end of the text (never below 0). */
export function openBrackets(s: string): number {
  let depth = 0;
  for (const ch of s) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

/** A heading of level 一、 or （一） that has no sentence in it: a title line, never continued. */
function isTitleHeading(s: string): boolean {
  const h = headingOf(s);
  return h !== null && (h.level === 1 || h.level === 2) && !/[。！？!?；;]/.test(s) && [...s].length <= 60;
}

function continues(prev: string, next: string): boolean {
  if (headingOf(next)) return false;
  if (openBrackets(prev) > 0) return true;
  if (CONTINUATION_START.test(next)) return true;
  if (SENTENCE_END.test(prev)) return false;
  if (isTitleHeading(prev)) return false;
  return true;
}

/** Clean lines → paragraphs (hard wraps joined). */
export function toParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  for (const { line, text: t } of cleanLines(text)) {
    if (t === "") continue;
    if (cur && continues(cur.text, t)) {
      cur.text += t;
    } else {
      cur = { line, text: t };
      out.push(cur);
    }
  }
  return out;
}
