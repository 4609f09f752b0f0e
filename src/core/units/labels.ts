/**
 * Units parser, stage "labels": white space normalised, then the cell cut into labelled segments
 * (牵头单位：… 责任单位：… 完成时限：…); notes that the first unit named leads. Pure; never throws.
 */
import type { UnitRole } from "../types";
import { OTHER_LABEL_WORDS, UNIT_LABEL_WORDS } from "../vocab/units-words";

/**
 * Every run of white space (line breaks, spaces, U+3000 …) becomes one line break: a soft break that
 * separates two whole names ("市公安局 U+3000 市交通局") and is dropped inside one ("有 关部门", "市人力资源和⏎社会保障局").
 */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0\ufeff\u200b\u2028\u2029\u0085]+/g, "\n")
    .replace(/^\n+|\n+$/g, "");
}

export interface Segment {
  /** Null: a segment naming no units (完成时限, 责任领导 …). */
  role: UnitRole | null;
  /** The label as written, "" for the unlabelled start. */
  label: string;
  body: string;
}

const LABEL_ROLE = new Map<string, UnitRole | null>([
  ...UNIT_LABEL_WORDS.map(([w, r]) => [w, r] as [string, UnitRole]),
  ...OTHER_LABEL_WORDS.map((w) => [w, null] as [string, null]),
]);
const LABEL_RE = new RegExp(
  `(${[...LABEL_ROLE.keys()].sort((a, b) => b.length - a.length).join("|")})\\n?[:：]`,
  "g",
);

export function splitLabels(text: string, defaultRole: UnitRole): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  let current: Segment = { role: defaultRole, label: "", body: "" };
  for (const m of text.matchAll(LABEL_RE)) {
    const at = m.index ?? 0;
    current.body = text.slice(last, at);
    out.push(current);
    current = { role: LABEL_ROLE.get(m[1]) ?? null, label: m[0].replace(/\n/g, ""), body: "" };
    last = at + m[0].length;
  }
  current.body = text.slice(last);
  out.push(current);
  return out;
}

/** A note that the first unit named leads: "（排在第一位的为牵头单位）", "排名第一的为牵头单位". */
export const FIRST_LEADS = /[（(]?(?:排在?第一位?|排名第一|列第一位?|排在?首位|第一个?单位)的?(?:单位)?为牵头(?:单位|部门)?[)）]?/g;

/** A header saying the first unit named leads: "责任单位（排在第一位的为牵头单位）", "责任单位（牵头单位排首位）". */
export function headerSaysFirstLeads(header: string): boolean {
  const h = header.replace(/[\s\u3000]+/g, "");
  return /牵头/.test(h) && /排在?首位|排在?第一|第一位|列首位|排名第一|排前|居首/.test(h);
}
