/**
 * Step 2–3 of the import: paragraphs → front matter, notice text and the document's outline; items → the
 * pieces that become rows. Decides the "item level": the deepest numbering level whose paragraphs carry
 * annotations (（一） in a 实施方案 where every （一） ends in 〔…〕; 1. in a 工作要点 whose （一） are only titles).
 */
import { cleanLines, type Paragraph } from "./clean";
import { headingOf, type Heading } from "./headings";
import { splitAnnotated, type AnnotatedPiece } from "./annotation";
import { isNoticeParagraph, isTitleLine } from "./notice";
import type { OmittedText } from "./types";

export interface Block extends Paragraph {
  heading: Heading | null;
  /** The paragraph without its heading marker, cut at its annotations. */
  pieces: AnnotatedPiece[];
  annotated: boolean;
}

export function toBlocks(paras: Paragraph[]): Block[] {
  return paras.map((p) => {
    const heading = headingOf(p.text);
    const pieces = splitAnnotated(heading ? heading.rest : p.text);
    return { ...p, heading, pieces, annotated: pieces.some((x) => x.annotation !== null) };
  });
}

export interface Outline {
  front: Block[];
  body: Block[];
  omitted: OmittedText[];
  title: string | null;
}

/**
 * Front matter (before the first heading or annotated paragraph: 文号, title, addressees, covering letter,
 * preamble) and notice paragraphs (signature, 印发, 抄送) are left out. `text` is the document, for the
 * front matter's own lines (its paragraphs may have been joined).
 */
export function outline(blocks: Block[], text: string): Outline {
  let first = blocks.findIndex((b) => (b.heading && b.heading.level <= 3) || b.annotated);
  if (first < 0) first = blocks.length;
  const front = blocks.slice(0, first);
  const bodyLine = blocks[first]?.line ?? Infinity;
  const frontLines = cleanLines(text).filter((l) => l.text !== "" && l.line < bodyLine);
  const omitted: OmittedText[] = frontLines.map((l) => ({ line: l.line, text: l.text, reason: "front-matter" }));
  const body: Block[] = [];
  for (const b of blocks.slice(first)) {
    if (!b.heading && !b.annotated && isNoticeParagraph(b.text)) omitted.push({ line: b.line, text: b.text, reason: "notice" });
    else body.push(b);
  }
  const titleLine = frontLines.find((l) => isTitleLine(l.text));
  return { front, body, omitted, title: titleLine ? titleLine.text : null };
}

/** The deepest heading level whose own paragraphs (the heading and the text under it) carry annotations. */
export function itemLevel(body: Block[]): number {
  let level = 0;
  let current = 0;
  let deepest = 0;
  for (const b of body) {
    if (b.heading) {
      current = b.heading.level;
      deepest = Math.max(deepest, current);
    }
    if (b.annotated) level = Math.max(level, current);
  }
  return level || deepest;
}

/** One numbered item (or an unnumbered annotated paragraph) and everything under it. */
export interface Item {
  heading: Block | null;
  /** Follow-up paragraphs (and deeper headings, as text). */
  parts: Block[];
  section: string | null;
  /** The heading above the item that names its task (（一） above 1.), or null: the item names it itself. */
  parentTitle: string | null;
  /** The 一、 title without its number, for text that stands under a section with no item heading. */
  sectionTitle: string | null;
}

/** Heading text without a final full stop: "加强涉及市场主体的信息公开。" → "加强涉及市场主体的信息公开". */
export function titleOf(text: string): string {
  return text.replace(/[。．.；;：:，,\s]+$/, "");
}

/** A heading that is only a title (one phrase, no sentence after it, no annotation). */
function titleOnly(b: Block): boolean {
  const rest = titleOf(b.heading ? b.heading.rest : b.text);
  return !b.annotated && !/[。！？!?；;]/.test(rest);
}

export function items(body: Block[], level: number): Item[] {
  const out: Item[] = [];
  const titles = new Map<number, string>();
  let section: string | null = null;
  let cur: Item | null = null;

  const parentTitle = (): string | null => {
    if (level < 3) return null;
    for (let l = level - 1; l >= 1; l--) {
      const t = titles.get(l);
      if (t) return t;
    }
    return null;
  };
  const start = (heading: Block | null) => {
    const own = heading !== null && heading.heading!.level < level;
    cur = { heading, parts: [], section, parentTitle: own ? null : parentTitle(), sectionTitle: titles.get(1) ?? null };
    out.push(cur);
  };

  for (const b of body) {
    const h = b.heading;
    if (h && h.level < level) {
      cur = null;
      for (const l of [...titles.keys()]) if (l >= h.level) titles.delete(l);
      titles.set(h.level, titleOf(h.rest));
      if (h.level === 1) section = titleOf(b.text);
      // A heading above the item level that holds a requirement of its own is an item too.
      if (!titleOnly(b)) start(b);
      continue;
    }
    if (h && h.level === level) {
      start(b);
      continue;
    }
    // Unnumbered text: continues the item above; without any numbering, every paragraph is an item.
    if (cur === null || level === 0) start(null);
    cur!.parts.push(b);
  }
  return out;
}
