/**
 * Units parser, stage "names": one piece → the names it holds. Working words and role markers off
 * ("市发改委牵头落实"), split at 等 and between two whole names joined by 和/及/与/会同, then each part kept as a
 * unit, dropped (a bare tail such as 有关部门) or rejected. Pure; never throws.
 */
import type { UnitRole } from "../types";
import { BARE_TAIL, CLAUSE_ROLE_WORDS, ROLE_MARKERS, WORKING_PREFIXES, WORKING_SUFFIXES } from "../vocab/units-words";
import { dengPositions, insideBrackets, trimEdges, WINDOW } from "./brackets";
import { isGenericName, isLevelOnly, isPunctuationOnly, looksLikeUnit } from "./classify";

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
  const clause = clauseRole(s);
  if (clause) {
    name = clause.name;
    role = clause.role;
    stripped = true;
  }
  for (let guard = 0; guard < 4; guard++) {
    const hit = WORKING_SUFFIXES.find(([w]) => name.endsWith(w));
    if (!hit) break;
    name = name.slice(0, name.length - hit[0].length);
    stripped = true;
    if (hit[1] === "lead" || (hit[1] === "cooperate" && role !== "lead") || (hit[1] === "responsible" && role === null)) role = hit[1];
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

/**
 * "区司法局牵头区级规范性文件集中公开工作": a piece that is no name, a whole name before its first role word and
 * work after it → the name and the word's role (null when no such cut exists).
 */
function clauseRole(s: string): { name: string; role: UnitRole | null } | null {
  if (looksLikeUnit(s) || WORKING_SUFFIXES.some(([w]) => s.endsWith(w))) return null;
  let best: { at: number; word: string; role: UnitRole | null } | null = null;
  for (const [word, role] of CLAUSE_ROLE_WORDS) {
    const at = s.indexOf(word);
    if (at > 0 && (best === null || at < best.at)) best = { at, word, role };
  }
  if (best === null || best.at + best.word.length >= s.length) return null;
  const name = s.slice(0, best.at);
  return looksLikeUnit(name) ? { name, role: best.role } : null;
}

interface Found {
  name: string;
  /** Role from working words or a marker (overrides the segment's), or null. */
  role: UnitRole | null;
  generic: boolean;
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
export const NAME_START = /^(?:[省市县区镇乡州各]|有关|相关|中共|国家|共青团)/;

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
