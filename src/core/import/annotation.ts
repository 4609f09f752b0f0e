/**
 * Annotations: the bracketed note after a requirement that names who does it and by when —
 * 〔牵头单位：…；责任单位：…〕, (牵头单位:…;责任单位:…;完成时限:…), （责任单位：…。完成时限：…）,
 * or unlabelled （市教育局、…，各县（市、区）人民政府。完成时限：…）.
 *
 * splitAnnotated cuts a paragraph into pieces, each a requirement text and the annotation that closes it;
 * parseAnnotation splits an annotation into its labelled segments.
 */
import { toHalfWidth } from "../text";
import { parseDeadline } from "../deadline";
import { analyseUnits } from "../units";
import { RESPONSIBLE_WORDS, ROLE_HEADERS } from "../vocab/units-words";

const OPENERS = "（(〔[【";
const CLOSERS = "）)〕]】";

/** Labels and what they give. Longest first so 牵头单位 wins over 牵头. */
const LABELS: { re: string; role: SegmentRole }[] = [
  { re: "牵头(?:单位|部门|领导单位)", role: "lead" },
  { re: "(?:主要)?责任(?:单位|部门|科室|处室)", role: "responsible" },
  { re: "(?:承办|主办|实施)(?:单位|部门)", role: "responsible" },
  { re: "(?:配合|协办|协助|参与)(?:单位|部门)", role: "cooperate" },
  { re: "(?:完成|办结|截止)(?:时限|时间|期限)|时限要求|时间节点|时限", role: "deadline" },
  { re: "(?:责任|分管|牵头)?领导|责任人|联系人", role: "person" },
];

export type SegmentRole = "lead" | "responsible" | "cooperate" | "deadline" | "person" | "unlabelled";

export interface AnnotationSegment {
  role: SegmentRole;
  /** The label as written ("责任部门"), "" for unlabelled text. */
  label: string;
  /** The segment's text, label and separators removed. */
  text: string;
}

const LABEL_RE = new RegExp(`(${LABELS.map((l) => l.re).join("|")})\\s*[:：]`, "g");

function roleOfLabel(label: string): SegmentRole {
  for (const l of LABELS) if (new RegExp(`^${l.re}$`).test(label)) return l.role;
  return "unlabelled";
}

const SEPARATORS = /^[\s；;。，,、.]+|[\s；;。，,、.]+$/g;

/** An annotation's inner text → labelled segments (segments that name nothing are left out). */
export function parseAnnotation(inner: string): AnnotationSegment[] {
  const segs: AnnotationSegment[] = [];
  const re = new RegExp(LABEL_RE.source, "g");
  let last = 0;
  let label = "";
  let m: RegExpExecArray | null;
  const push = (lbl: string, text: string) => {
    const t = text.replace(SEPARATORS, "");
    if (!t) return;
    const role = lbl ? roleOfLabel(lbl) : "unlabelled";
    if (role === "deadline" || role === "person") segs.push({ role, label: lbl, text: t });
    else segs.push(...byWords(role, lbl, t));
  };
  while ((m = re.exec(inner))) {
    push(label, inner.slice(last, m.index));
    label = m[1] ?? ""; // push reads a missing label as none
    last = m.index + m[0].length;
  }
  push(label, inner.slice(last));
  return segs;
}

/** Parts of a segment at its separators outside brackets ("A牵头，B负责，年内持续推进" → three). */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = "";
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
    if (depth === 0 && "，,；;。".includes(ch)) {
      if (cur.trim()) parts.push(cur.trim());
      cur = "";
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur.trim());
  return parts;
}

/** "年内持续推进", "6月底完成": a part the deadline engine reads. */
function isDeadlinePart(text: string): boolean {
  const kind = parseDeadline(text, { year: 2000 }).kind;
  return kind === "date" || kind === "ongoing" || kind === "recurring";
}


/**
 * The role an unlabelled part gives by its own words (DOMAIN.md section 8): "X牵头" lead, "Y配合/参与/协同"
 * cooperate, "X负责" responsible; "unlabelled" when it says nothing.
 */
function roleByWords(part: string): SegmentRole {
  const asLead = analyseUnits(part, { header: ROLE_HEADERS.lead }).units;
  const asCooperating = analyseUnits(part, { header: ROLE_HEADERS.cooperate }).units;
  const first = asLead[0];
  if (first && asLead.length === asCooperating.length && asLead.every((u, i) => u.role === first.role && asCooperating[i]?.role === first.role)) {
    return first.role;
  }
  return RESPONSIBLE_WORDS.test(part) ? "responsible" : "unlabelled";
}

/**
 * A unit segment cut at its separators: a part that is a deadline phrase is the deadline
 * ("（…，6月底完成）"); in an unlabelled segment each part takes the role its words give, neighbours with the same
 * role staying one segment.
 */
function byWords(role: SegmentRole, label: string, text: string): AnnotationSegment[] {
  const out: AnnotationSegment[] = [];
  for (const part of topLevelParts(text)) {
    const r: SegmentRole = isDeadlinePart(part) ? "deadline" : role === "unlabelled" ? roleByWords(part) : role;
    const last = out[out.length - 1];
    if (last && last.role === r) last.text += `，${part}`;
    else out.push({ role: r, label: r === role ? label : "", text: part });
  }
  // Nothing was split off: keep the segment exactly as written.
  const only = out[0];
  if (out.length === 1 && only && only.role === role) return [{ role, label, text }];
  return out;
}

/** An unlabelled bracket of the State Council's 部门分工 style: every part names units or is a deadline. */
export function readsAsUnitAnnotation(inner: string): boolean {
  let named = 0;
  for (const part of topLevelParts(inner)) {
    if (isDeadlinePart(part)) continue;
    const a = analyseUnits(part, { header: "" });
    if (a.units.length === 0 || a.rejected.length > 0) return false;
    named++;
  }
  return named > 0;
}

/** True when the text carries a label (责任单位：, 完成时限: …). */
export function hasLabel(inner: string): boolean {
  return new RegExp(LABEL_RE.source).test(inner);
}

/** Words a unit name ends with; an unlabelled annotation names only such things. */
const UNIT_END = /(?:局|委|办|室|厅|院|会|中心|政府|部门|单位|机关|机构|部|处|科|站|队|所|馆|社|司|行|组|区|县|市|镇|乡|街道|办事处|管委会|集团|公司|学校|医院)$/;

/** An unlabelled bracket that reads as a list of units ("市教育局、市卫健委等有关部门，各县（市、区）人民政府"). */
export function looksLikeUnitList(inner: string): boolean {
  const cut = inner.search(/[。;；]/);
  const head = cut < 0 ? inner : inner.slice(0, cut);
  const parts = head
    .replace(/[（(][^（()）]*[）)]/g, "")
    .split(/[、，,]/)
    .map((p) => p.replace(/(?:牵头(?:负责|落实)?|配合|协办|负责(?:落实)?|参与)$/, "").replace(/(?:等有关部门|等相关部门|等部门|等单位|等)$/, "").trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return false;
  const unitLike = parts.filter((p) => [...p].length <= 30 && UNIT_END.test(p)).length;
  return unitLike / parts.length >= 0.6;
}

interface BracketGroup {
  start: number;
  /** Index just past the closer. */
  end: number;
  inner: string;
}

/** Top-level bracket groups (full-width and ASCII brackets nest with each other). */
function bracketGroups(text: string): BracketGroup[] {
  const groups: BracketGroup[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPENERS.includes(ch)) {
      if (depth === 0) start = i;
      depth++;
    } else if (CLOSERS.includes(ch) && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, inner: text.slice(start + 1, i) });
    }
  }
  return groups;
}

function unclosed(text: string): boolean {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
  }
  return depth > 0;
}

export interface AnnotatedPiece {
  /** The requirement text before the annotation (may be ""). */
  text: string;
  /** The annotation as written, brackets included; null for trailing text that carries none. */
  annotation: string | null;
  segments: AnnotationSegment[];
}

const TRAILING_PUNCT = /^[\s。；;，,.]*$/;

/**
 * A paragraph → pieces. A labelled bracket anywhere closes a piece; an unlabelled bracket counts only at the
 * very end of the paragraph, after a full stop, when it reads as a list of units.
 */
export function splitAnnotated(text: string): AnnotatedPiece[] {
  const pieces: AnnotatedPiece[] = [];
  let from = 0;
  const groups = bracketGroups(text);
  groups.forEach((g, idx) => {
    const inner = toHalfWidth(g.inner).trim() === "" ? "" : g.inner;
    let isAnnotation = hasLabel(inner);
    if (!isAnnotation && idx === groups.length - 1 && TRAILING_PUNCT.test(text.slice(g.end))) {
      const before = text.slice(from, g.start);
      const afterStop = before === "" || /[。；;！？!?]\s*$/.test(before);
      isAnnotation = afterStop && (looksLikeUnitList(inner) || readsAsUnitAnnotation(inner));
    }
    if (!isAnnotation) return;
    pieces.push({ text: text.slice(from, g.start).trim(), annotation: text.slice(g.start, g.end), segments: parseAnnotation(inner) });
    from = g.end;
  });
  const rest = text.slice(from);
  if (TRAILING_PUNCT.test(rest)) return pieces;
  const tail = unbracketedTail(rest);
  if (tail) {
    pieces.push({ text: rest.slice(0, tail.start).trim(), annotation: rest.slice(tail.start).trim(), segments: parseAnnotation(rest.slice(tail.start)) });
  } else {
    pieces.push({ text: rest.replace(/^[\s。；;，,]+/, "").trim(), annotation: null, segments: [] });
  }
  return pieces;
}

const UNIT_LABEL = new RegExp(`(?:${LABELS.filter((l) => l.role === "lead" || l.role === "responsible" || l.role === "cooperate").map((l) => l.re).join("|")})\\s*[:：]`, "g");

/**
 * An annotation written without brackets at the end of a paragraph: "…工作。责任单位：市A局；完成时限：6月底前。"
 * It starts at a unit label that opens a sentence (or the paragraph) and runs to the end, outside any bracket.
 */
function unbracketedTail(text: string): { start: number } | null {
  const re = new RegExp(UNIT_LABEL.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const before = text.slice(0, m.index);
    if (before !== "" && !/[。；;！？!?]\s*$/.test(before)) continue;
    // Brackets inside the tail belong to unit names (各县（市、区）人民政府); an unclosed one means it is not a tail.
    if (unclosed(text.slice(m.index))) continue;
    // The tail must not run on into another sentence of requirement text ("责任单位：市A局。还要做B。").
    const segs = parseAnnotation(text.slice(m.index));
    if (segs.some((x) => x.role !== "deadline" && /[。！？!?]./.test(x.text))) continue;
    return { start: m.index };
  }
  return null;
}
