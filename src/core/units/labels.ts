/**
 * Units parser, stage "labels": white space normalised, then the cell cut into labelled segments
 * (牵头单位：… 责任单位：… 完成时限：…); notes that the first unit named leads, and other bracketed notes
 * ("（下同）"), taken out of the text. Pure; never throws.
 */
import type { UnitRole } from "../types";
import { FIRST_LEADS_MARKS, FIRST_LEADS_TAIL, LEAD_WORD, NOTE_WORDS, OTHER_LABEL_WORDS, UNIT_LABEL_WORDS } from "../vocab/units-words";
import { INVISIBLE } from "../vocab/words";

/**
 * Invisible characters go; a run of white space holding a line break becomes one line break, any other run
 * of spaces (U+3000, NBSP …) one space. Both are soft breaks: they separate two whole names
 * ("市公安局 市交通局") and are dropped inside one ("有 关部门", "市人力资源和⏎社会保障局"); a space needs whole
 * names on both sides (./pieces).
 */
export function normaliseSpaces(text: string): string {
  return text
    .replace(INVISIBLE, "")
    .replace(/[\s\u3000\u00a0\u2028\u2029\u0085]+/g, (run) => (/[\n\r\u2028\u2029\u0085]/.test(run) ? "\n" : " "))
    .replace(/^[\n ]+|[\n ]+$/g, "");
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
  `(${[...LABEL_ROLE.keys()].sort((a, b) => b.length - a.length).join("|")})[\\n ]?[:：]`,
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
    current = { role: LABEL_ROLE.get(m[1] ?? "") ?? null, label: m[0].replace(/[\n ]/g, ""), body: "" };
    last = at + m[0].length;
  }
  current.body = text.slice(last);
  out.push(current);
  return out;
}

const FIRST_MARK = new RegExp(FIRST_LEADS_MARKS.join("|"));

/**
 * Does this text declare that the first unit named leads? "列第一位者为牵头单位", "（首位单位为牵头单位，下同）",
 * "（除标注“分别牵头”外，列第一位为牵头或汇总单位，下同）", "责任单位（排在第一位的为牵头单位）",
 * "责任分解中，列第一位的责任单位为牵头单位或汇总单位".
 */
export function declaresFirstLeads(text: string): boolean {
  const t = String(text ?? "").replace(/[\s\u3000]+/g, "").replace(INVISIBLE, "");
  return t.includes(LEAD_WORD) && FIRST_MARK.test(t);
}

/** A header saying the first unit named leads: "责任单位（排在第一位的为牵头单位）", "责任单位（牵头单位排首位）". */
export function headerSaysFirstLeads(header: string): boolean {
  return declaresFirstLeads(header);
}

/** An unbracketed declaration inside a cell: "列第一位者为牵头单位", "排名第一的为牵头单位". */
const FIRST_LEADS_SENTENCE = new RegExp(
  `(?:${FIRST_LEADS_MARKS.join("|")})[^，,；;。、\\n（()）]{0,12}?${FIRST_LEADS_TAIL}`,
  "g",
);
const NOTE_RE = new RegExp(NOTE_WORDS.join("|"));
const LONE_NOTE = /(^|[，,；;。、\n ])下同(?=$|[，,；;。、\n ）)])/g;
/** One bracket group with no bracket inside (quotes may stand inside: “分别牵头”). */
const BRACKET_GROUP = /[（(〔【［[]([^（()）〔〕【】［\]]*)[)）〕】］\]]/g;

/**
 * Notes out of a cell: a bracket that holds a note rather than a name ("（首位单位为牵头单位，下同）",
 * "（下同）") or an unbracketed first-unit-leads sentence. `firstLeads`: one of them declared it.
 */
export function takeOutNotes(text: string): { text: string; firstLeads: boolean } {
  let firstLeads = false;
  let out = text.replace(BRACKET_GROUP, (whole, inner: string) => {
    const flat = inner.replace(/[\n ]/g, "");
    if (declaresFirstLeads(flat)) {
      firstLeads = true;
      return "";
    }
    return NOTE_RE.test(flat) ? "" : whole;
  });
  out = out.replace(FIRST_LEADS_SENTENCE, () => {
    firstLeads = true;
    return "；";
  });
  // An unbracketed "下同" standing alone between separators ("…，排名第一位为牵头单位，下同") is a note too.
  out = out.replace(LONE_NOTE, "$1");
  return { text: out, firstLeads };
}
