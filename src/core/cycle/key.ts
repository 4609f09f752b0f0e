/**
 * The stable task key (DOMAIN.md section 9): the source row's 序号 plus a short hash of its task and
 * requirement text, e.g. "12-0k3f9z1". It survives re-sorting, renaming and copying of the unit workbooks; a
 * changed text changes the hash, and the row is then matched by 序号 + text (reported).
 */
import { removeSpaces, toHalfWidth } from "../text";

/** FNV-1a, 32 bits, over UTF-16 code units. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The hash as 7 base-36 characters. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, "0");
}

/** Text as compared: spaces of every kind removed, full-width ASCII made half-width. */
export function keyText(text: string | null | undefined): string {
  return removeSpaces(toHalfWidth(text ?? ""));
}

/** The hash part of a key, from the task and requirement texts. */
export function textHash(task: string, requirement: string): string {
  return shortHash(`${keyText(task)}\n${keyText(requirement)}`);
}

export interface KeyedSource {
  row: number;
  no: string | null;
  task: string;
  requirement: string;
}

/** The key of one source row (the sheet row stands in for a missing 序号: "R12-…"). */
export function taskKey(r: KeyedSource): string {
  const no = keyText(r.no);
  return `${no || `R${r.row}`}-${textHash(r.task, r.requirement)}`;
}

/** One key per row, unique in the table: a second row with the same 序号 and text gets "~2" and so on. */
export function taskKeys(rows: readonly KeyedSource[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Map<string, number>();
  for (const r of rows) {
    const base = taskKey(r);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    out.set(r.row, n === 1 ? base : `${base}~${n}`);
  }
  return out;
}
