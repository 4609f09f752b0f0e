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
import { hasLabel } from "./annotation";

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

/** A heading of level 一、 or （一） that has no sentence in it: a title line. */
function isTitleHeading(s: string): boolean {
  const h = headingOf(s);
  return h !== null && (h.level === 1 || h.level === 2) && !/[。！？!?；;]/.test(s);
}

/** A line that starts with an annotation ("（责任单位：…"): it closes the paragraph above. */
function startsWithAnnotation(s: string): boolean {
  const first = s[0];
  return first !== undefined && OPENERS.includes(first) && hasLabel(s.slice(1, 16));
}

const len = (s: string) => [...s].length;

/**
 * The width the document was hard-wrapped at (the 90th percentile of its line lengths). A title line
 * (（十六）强化工作监督保障) is shorter than that; a heading cut by a hard wrap runs up to it.
 */
function wrapWidth(lines: string[]): number {
  const lengths = lines.filter((l) => l !== "").map(len).sort((a, b) => a - b);
  return lengths[Math.min(lengths.length - 1, Math.floor(lengths.length * 0.9))] ?? 0; // no lines: no width
}

function continues(prev: string, prevLine: string, next: string, width: number): boolean {
  if (headingOf(next)) return false;
  if (openBrackets(prev) > 0) return true;
  if (CONTINUATION_START.test(next) || startsWithAnnotation(next)) return true;
  if (SENTENCE_END.test(prev)) return false;
  if (isTitleHeading(prev) && len(prevLine) < 0.8 * width) return false;
  return true;
}

/** Clean lines → paragraphs (hard wraps joined). */
export function toParagraphs(text: string): Paragraph[] {
  const lines = cleanLines(text);
  const width = wrapWidth(lines.map((l) => l.text));
  const out: Paragraph[] = [];
  let cur: Paragraph | null = null;
  let last = "";
  for (const { line, text: t } of lines) {
    if (t === "") continue;
    if (cur && continues(cur.text, last, t, width)) {
      cur.text += t;
    } else {
      cur = { line, text: t };
      out.push(cur);
    }
    last = t;
  }
  return out;
}
