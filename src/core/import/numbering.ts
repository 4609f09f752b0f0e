/**
 * Step 6 (part): the document's own numbering, checked level by level. A level may restart at 1 under each
 * parent heading or run on through the document; a jump is `number-gap`, a repeat or step back `number-duplicate`.
 */
import type { Block } from "./structure";
import type { HeadingLevel } from "./headings";

export interface NumberingIssue {
  kind: "gap" | "duplicate";
  /** The heading where the problem shows. */
  block: Block;
  level: HeadingLevel;
  from: number;
  to: number;
}

export function checkNumbering(body: Block[]): NumberingIssue[] {
  const issues: NumberingIssue[] = [];
  const last = new Map<number, { n: number; parent: number }>();
  const parentOf = new Map<number, number>(); // level → index of the current heading at that level
  body.forEach((b, idx) => {
    const h = b.heading;
    if (!h) return;
    let parent = -1;
    for (let l = h.level - 1; l >= 1; l--) {
      const p = parentOf.get(l);
      if (p !== undefined) {
        parent = p;
        break;
      }
    }
    const prev = last.get(h.level);
    const n = h.number;
    if (!prev) {
      if (n > 1) issues.push({ kind: "gap", block: b, level: h.level, from: 0, to: n });
    } else if (prev.parent === parent) {
      if (n > prev.n + 1) issues.push({ kind: "gap", block: b, level: h.level, from: prev.n, to: n });
      else if (n <= prev.n) issues.push({ kind: "duplicate", block: b, level: h.level, from: prev.n, to: n });
    } else if (n !== 1 && n !== prev.n + 1) {
      // Under a new parent a level either restarts at 1 or runs on.
      if (n > prev.n + 1) issues.push({ kind: "gap", block: b, level: h.level, from: prev.n, to: n });
      else issues.push({ kind: "duplicate", block: b, level: h.level, from: prev.n, to: n });
    }
    last.set(h.level, { n, parent });
    parentOf.set(h.level, idx);
    for (const l of [...parentOf.keys()]) if (l > h.level) parentOf.delete(l);
  });
  return issues;
}

const CN_DIGITS = "零一二三四五六七八九";

/** 1 → 一, 10 → 十, 16 → 十六, 20 → 二十, 47 → 四十七 (1–999). */
export function toChineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS.charAt(n);
  if (n < 20) return "十" + (n % 10 ? CN_DIGITS.charAt(n % 10) : "");
  if (n < 100) return CN_DIGITS.charAt(Math.floor(n / 10)) + "十" + (n % 10 ? CN_DIGITS.charAt(n % 10) : "");
  const h = Math.floor(n / 100);
  const r = n % 100;
  if (r === 0) return CN_DIGITS.charAt(h) + "百";
  return CN_DIGITS.charAt(h) + "百" + (r < 10 ? "零" + CN_DIGITS.charAt(r) : r < 20 ? "一" + toChineseNumber(r) : toChineseNumber(r));
}

/** How a number is written at a level: 十五、 / （十五） / 15. / （15）. */
export function numberLabel(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${toChineseNumber(n)}、`;
    case 2:
      return `（${toChineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}
