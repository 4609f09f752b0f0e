/**
 * Unit cell → units (DOMAIN.md section 3), in small steps:
 *   1. normalise white space (line breaks kept, every other space removed);
 *   2. cut the text into labelled segments (牵头单位：… 责任单位：… 完成时限：…);
 *   3. in each segment, cut at separators outside brackets, rejoin line breaks that cut a name in two and
 *      administrative levels written before 、 ("各县、区人民政府");
 *   4. each piece: role markers and working words off ("市发改委牵头落实"), split at 等 and between two whole
 *      names joined by 和/及/与/会同, then keep it as a unit, drop it (a bare tail such as 有关部门) or reject it.
 * Pure; never throws.
 */
import type { UnitRef, UnitRole } from "../types";
import {
  ALIAS_GROUPS,
  BARE_TAIL,
  OTHER_LABEL_WORDS,
  ROLE_MARKERS,
  UNIT_LABEL_WORDS,
  WORKING_PREFIXES,
  WORKING_SUFFIXES,
} from "../vocab/units-words";
import {
  closerOf,
  isCloseBracket,
  isGenericName,
  isLevelOnly,
  isOpenBracket,
  isPunctuationOnly,
  looksLikeUnit,
  withoutTrailingBrackets,
} from "./classify";

export interface ParsedCell {
  units: UnitRef[];
  rejected: string[];
}

/** Separators between names (outside brackets). */
const SEPARATORS = "、，,；;。\n";

// ───────────────────────────── 1. white space ─────────────────────────────

/**
 * Every run of white space (line breaks, spaces, U+3000 …) becomes one line break: a soft break that
 * separates two whole names ("市公安局 U+3000 市交通局") and is dropped inside one ("有 关部门", "市人力资源和⏎社会保障局").
 */
export function normaliseSpaces(text: string): string {
  return text
    .replace(/[\s\u3000\u00a0\ufeff\u200b\u2028\u2029\u0085]+/g, "\n")
    .replace(/^\n+|\n+$/g, "");
}

// ───────────────────────────── 2. labels ─────────────────────────────

interface Segment {
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

// ───────────────────────────── 3. pieces ─────────────────────────────

/** Positions inside matched brackets (unmatched brackets count as plain characters). */
function insideBrackets(s: string): boolean[] {
  const inside = new Array<boolean>(s.length).fill(false);
  const stack: { close: string; at: number }[] = [];
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
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

interface Piece {
  text: string;
  /** The separators written before it ("、", "，\n", "\n"); "" at the segment's start. */
  sep: string;
}

export function splitPieces(body: string): Piece[] {
  const inside = insideBrackets(body);
  const pieces: Piece[] = [];
  let sep = "";
  let cur = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (!inside[i] && SEPARATORS.includes(ch)) {
      if (cur !== "") {
        pieces.push({ text: cur, sep });
        sep = "";
        cur = "";
      }
      sep += ch;
    } else {
      cur += ch;
    }
  }
  if (cur !== "") pieces.push({ text: cur, sep });
  return pieces;
}

/** Index of every 等 outside brackets. */
function dengPositions(s: string): number[] {
  const inside = insideBrackets(s);
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) if (s[i] === "等" && !inside[i]) out.push(i);
  return out;
}

/** Working words off the end of a piece; the role they give (null: keep the segment's). */
export function stripWorkingWords(s: string): {
  name: string;
  role: UnitRole | null;
  marker: UnitRole | null;
  stripped: boolean;
} {
  let name = s;
  let role: UnitRole | null = null;
  let marker: UnitRole | null = null;
  let stripped = false;
  for (let guard = 0; guard < 4; guard++) {
    const hit = WORKING_SUFFIXES.find(([w]) => name.endsWith(w));
    if (!hit) break;
    name = name.slice(0, name.length - hit[0].length);
    stripped = true;
    if (hit[1] === "lead" || (hit[1] === "cooperate" && role !== "lead")) role = hit[1];
  }
  // A bracketed role marker: 市发改委（牵头）
  const m = /[（(]([^（()）]{1,6})[)）]$/.exec(name);
  if (m && ROLE_MARKERS[m[1]]) {
    marker = ROLE_MARKERS[m[1]];
    name = name.slice(0, m.index);
    stripped = true;
  }
  for (const p of WORKING_PREFIXES) {
    if (name.startsWith(p) && looksLikeUnit(name.slice(p.length))) {
      name = name.slice(p.length);
      stripped = true;
    }
  }
  return { name, role, marker, stripped };
}

/** Does the text before a line break end like a whole unit name? */
function endsComplete(beforeText: string): boolean {
  const { name } = stripWorkingWords(trimEdges(beforeText.slice(-WINDOW)));
  const deng = dengPositions(name);
  const tail = deng.length ? name.slice(deng[deng.length - 1] + 1) : name;
  if (tail === "") return false;
  // A bare level ("县") waits for its body; "各县" is a whole (generic) name unless its body follows.
  return looksLikeUnit(tail) && !(isLevelOnly(tail) && !/^[各全]/.test(tail));
}

/** Characters that end names and never start one: a piece starting with one continues the line above. */
const CONTINUATION_START = /^(?:员|会|局|府|门|室|厅|心|位|等)/;

function startsLikeUnit(text: string): boolean {
  const after = trimEdges(text.slice(0, WINDOW * 4));
  if (CONTINUATION_START.test(after)) return false;
  if (WORKING_SUFFIXES.some(([w]) => after.startsWith(w))) return false;
  const { name } = stripWorkingWords(after);
  const deng = dengPositions(name);
  const head = deng.length ? name.slice(0, deng[0]) : name;
  return looksLikeUnit(head);
}

/** How far around a break the name tests look (a unit name is at most 40 characters). */
const WINDOW = 48;

/** Every written form of the built-in short-form table (3 characters or more). */
const KNOWN_FORMS = ALIAS_GROUPS.flat().filter((f) => f.length >= 3);

/** A known name runs across the break ("市人力资源和社会⏎保障局"). */
function knownNameAcross(beforeText: string, afterText: string): boolean {
  const before = beforeText.slice(-WINDOW);
  const joined = before + afterText.slice(0, WINDOW);
  const at = before.length;
  for (const form of KNOWN_FORMS) {
    for (let i = joined.indexOf(form); i >= 0; i = joined.indexOf(form, i + 1)) {
      if (i < at && i + form.length > at) return true;
    }
  }
  return false;
}

/** A place's party committee, government or congress ("市委", "县政府"): often cut from its department. */
const PLACE_BODY = /[省市县区镇乡州](?:委|政府|人民政府|人大|政协)$/;

/** The piece after a break continues a place's body: "市委⏎宣传部", "市政府 办公室" (but not "市委⏎市政府"). */
function continuesPlaceBody(before: string, after: string): boolean {
  if (NAME_START.test(trimEdges(after.slice(0, WINDOW)))) return false;
  const b = trimEdges(before.slice(-WINDOW));
  // …or a bare level waits for its body: "各县（市、区）⏎人民政府"
  return PLACE_BODY.test(b) || isLevelOnly(withoutTrailingBrackets(b));
}

/** Rejoin line breaks that cut a name in two, and administrative levels before 、. */
export function joinPieces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const prev = out[out.length - 1];
    if (
      prev &&
      /^\n+$/.test(p.sep) &&
      (knownNameAcross(prev.text, p.text) ||
        continuesPlaceBody(prev.text, p.text) ||
        !(endsComplete(prev.text) && startsLikeUnit(p.text)))
    ) {
      prev.text += p.text;
      continue;
    }
    out.push({ ...p });
  }
  // Breaks inside brackets were never separators.
  for (const p of out) p.text = p.text.replace(/\n/g, "");
  const merged: Piece[] = [];
  for (let i = 0; i < out.length; i++) {
    const p = { ...out[i] };
    let last = p.text;
    while (
      isLevelOnly(trimEdges(last)) &&
      i + 1 < out.length &&
      out[i + 1].sep === "、" &&
      !/^[各全]/.test(trimEdges(out[i + 1].text))
    ) {
      last = out[i + 1].text;
      p.text += "、" + last;
      i++;
    }
    merged.push(p);
  }
  return merged;
}

// ───────────────────────────── 4. names ─────────────────────────────

interface Found {
  name: string;
  /** Role from working words or a marker (overrides the segment's), or null. */
  role: UnitRole | null;
  generic: boolean;
}

/** Punctuation that may stand at the edges of a piece and is not part of a name. */
const EDGE_JUNK = /^[\s:：·•\-—–~～*＊#＃!！?？"'`|｜/／\\]+|[\s:：·•\-—–~～*＊#＃!！?？"'`|｜/／\\]+$/g;
/** 1. / 1、/ (1) / ① … at the start of a line. */
const ENUMERATION = /^(?:[（(][0-9一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．)）]|[①-⑳])/;

/** Unmatched brackets (and quotes around the whole piece) off the edges. */
function trimEdges(s: string): string {
  let t = s.replace(EDGE_JUNK, "").replace(ENUMERATION, "").replace(/(?:[（(][)）])+$/, "");
  for (let guard = 0; guard < 6; guard++) {
    const before = t;
    const first = t[0];
    const close = first ? closerOf(first) : null;
    if (close && t.endsWith(close) && t.length >= 2 && balanced(t.slice(1, -1))) t = t.slice(1, -1);
    else if (close && !t.includes(close)) t = t.slice(1);
    else if (t && isCloseBracket(t[t.length - 1]) && !balanced(t)) t = t.slice(0, -1);
    else if (t && isOpenBracket(t[t.length - 1])) t = t.slice(0, -1);
    t = t.replace(EDGE_JUNK, "");
    if (t === before) break;
  }
  return t;
}

function balanced(s: string): boolean {
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

/** Words and marks joining two whole names; a slash needs no level prefix after it ("发改局/财政局"). */
const CONNECTORS: ReadonlyArray<readonly [string, UnitRole | null]> = [
  ["/", null],
  ["／", null],
  ["以及", null],
  ["会同", "cooperate"],
  ["和", null],
  ["及", null],
  ["与", null],
];
const NAME_START = /^(?:[省市县区镇乡州各]|有关|相关|中共|国家|共青团)/;

/** "市委和市政府" → 市委, 市政府; "市文化和旅游局" stays whole (the part before 和 is no whole name). */
function splitConnectors(s: string): { name: string; role: UnitRole | null }[] {
  // Two names joined are at most two names long; anything longer is no list of names.
  if (s.length > 2 * WINDOW) return [{ name: s, role: null }];
  const inside = insideBrackets(s);
  for (let i = 1; i < s.length; i++) {
    if (inside[i]) continue;
    for (const [w, role] of CONNECTORS) {
      if (!s.startsWith(w, i)) continue;
      const left = s.slice(0, i);
      const right = s.slice(i + w.length);
      const slash = w === "/" || w === "／";
      if (looksLikeUnit(left) && !isLevelOnly(left) && (slash || NAME_START.test(right)) && looksLikeUnit(right)) {
        return [{ name: left, role: null }, ...splitConnectors(right).map((r) => ({ ...r, role: r.role ?? role }))];
      }
    }
  }
  return [{ name: s, role: null }];
}

interface PieceResult {
  found: Found[];
  rejected: string[];
  /** The role of working words written with the names (applies to the names before it in its 、 run). */
  wordRole: UnitRole | null;
  /** The piece was only working words ("按职责分工负责"). */
  onlyWords: boolean;
}

export function parsePiece(raw: string): PieceResult {
  const rejected: string[] = [];
  const found: Found[] = [];
  const text = trimEdges(raw);
  if (text === "") {
    // Only brackets or edge punctuation: report what was written unless it was nothing but brackets.
    if (raw !== "" && !/^[（()）〔〕【】［\]［[《》{}“”‘’「」]+$/.test(raw)) rejected.push(raw);
    return { found, rejected, wordRole: null, onlyWords: false };
  }
  if (isPunctuationOnly(text)) return { found, rejected: [raw], wordRole: null, onlyWords: false };
  const { name: body, role: wordRole, marker, stripped } = stripWorkingWords(text);
  if (body === "") return { found, rejected, wordRole, onlyWords: stripped };

  // 等: "A等有关部门" → A (tail names nobody); "A等市直各有关部门" → A + the group (generic).
  const heads: string[] = [];
  let group: string | null = null;
  let from = 0;
  for (const at of dengPositions(body)) {
    const before = body.slice(from, at);
    if (before === "" || (before.length <= WINDOW && looksLikeUnit(trimEdges(before)))) {
      if (before !== "") heads.push(before);
      from = at + 1;
      group = body.slice(from);
    }
  }
  if (group === null) heads.push(body);
  const names: { name: string; role: UnitRole | null; generic: boolean }[] = [];
  for (const head of heads) {
    for (const part of splitConnectors(trimEdges(head))) {
      names.push({ ...part, role: part.role ?? marker, generic: false });
    }
  }
  if (group !== null) {
    const tail = trimEdges(stripWorkingWords(group).name);
    if (!BARE_TAIL.test(tail)) names.push({ name: tail, role: marker, generic: true });
    if (heads.length === 0 && tail === "") rejected.push("等");
  }
  for (const n of names) {
    if (n.name === "") continue;
    if (looksLikeUnit(n.name)) {
      found.push({ name: n.name, role: n.role, generic: n.generic || isGenericName(n.name) });
    } else {
      rejected.push(n.name);
    }
  }
  return { found, rejected, wordRole, onlyWords: false };
}

/** "1、" / "2." / "一、" numbering the lines of a cell. */
const LINE_NUMBER = /(^|[\n；;。])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．](?=[^\n])/g;

/** One segment's units, roles from working words applied over each 、 run. */
export function parseSegment(body: string, role: UnitRole): ParsedCell {
  // A numbered line starts a new name: the number becomes a separator.
  const unnumbered = body.replace(LINE_NUMBER, "$1；");
  const pieces = joinPieces(splitPieces(unnumbered));
  const units: UnitRef[] = [];
  const rejected: string[] = [];
  /** Units of the current 、 run still waiting for a role from a working word. */
  let pending: UnitRef[] = [];
  let lastRun: UnitRef[] = [];
  for (const p of pieces) {
    if (p.sep !== "" && !/^、+$/.test(p.sep)) {
      lastRun = pending;
      pending = [];
    }
    const r = parsePiece(p.text);
    rejected.push(...r.rejected);
    if (r.onlyWords) {
      // "A、B，按职责分工负责" / "A，牵头": the words speak of the names before them.
      const target = pending.length ? pending : lastRun;
      if (r.wordRole) for (const u of target) u.role = r.wordRole;
      pending = [];
      continue;
    }
    for (const f of r.found) {
      const u: UnitRef = { name: f.name, role: f.role ?? r.wordRole ?? role, generic: f.generic };
      units.push(u);
      if (!f.role && !r.wordRole) pending.push(u);
    }
    if (r.wordRole) {
      for (const u of pending) u.role = r.wordRole;
      pending = [];
    } else if (r.found.length && r.found.every((f) => f.role)) {
      pending = [];
    }
  }
  return { units, rejected };
}

/** A note that the first unit named leads: "（排在第一位的为牵头单位）", "排名第一的为牵头单位". */
const FIRST_LEADS = /[（(]?(?:排在?第一位?|排名第一|列第一位?|排在?首位|第一个?单位)的?(?:单位)?为牵头(?:单位|部门)?[)）]?/g;

/** A header saying the first unit named leads: "责任单位（排在第一位的为牵头单位）", "责任单位（牵头单位排首位）". */
export function headerSaysFirstLeads(header: string): boolean {
  const h = header.replace(/[\s\u3000]+/g, "");
  return /牵头/.test(h) && /排在?首位|排在?第一|第一位|列首位|排名第一|排前|居首/.test(h);
}

/** The whole cell. */
export function parseCell(text: string, defaultRole: UnitRole, firstLeadsByHeader = false): ParsedCell {
  const spaced = normaliseSpaces(text);
  const clean = spaced.replace(FIRST_LEADS, "；");
  const firstLeads = firstLeadsByHeader || clean !== spaced;
  const units: UnitRef[] = [];
  const rejected: string[] = [];
  for (const seg of splitLabels(clean, defaultRole)) {
    if (seg.role === null) continue;
    const r = parseSegment(seg.body, seg.role);
    if (seg.label !== "" && r.units.length === 0 && r.rejected.length === 0) {
      rejected.push(seg.label);
      continue;
    }
    units.push(...r.units);
    rejected.push(...r.rejected);
  }
  // The same unit twice in the same role counts once.
  const seen = new Set<string>();
  const unique = units.filter((u) => {
    const key = `${u.role}\u0000${u.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (firstLeads && unique.length > 0) unique[0].role = "lead";
  return { units: unique, rejected: [...new Set(rejected.filter((r) => r !== ""))] };
}
