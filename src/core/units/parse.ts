/**
 * Unit cell → units (DOMAIN.md section 3), in small steps, one file per stage:
 *   1. normalise white space (./labels);
 *   2. cut the text into labelled segments (牵头单位：… 责任单位：… 完成时限：…) (./labels);
 *   3. in each segment (./pieces, over ./brackets), cut at separators outside brackets, rejoin line breaks that cut a name in two and
 *      administrative levels written before 、 ("各县、区人民政府");
 *   4. each piece (./names): role markers and working words off ("市发改委牵头落实"), split at 等 and between two whole
 *      names joined by 和/及/与/会同, then keep it as a unit, drop it (a bare tail such as 有关部门) or reject it.
 * Pure; never throws.
 */
import type { UnitRef, UnitRole } from "../types";
import { parseDeadline } from "../deadline";
import { normaliseSpaces, splitLabels, takeOutNotes } from "./labels";
import { joinPieces, splitPieces } from "./pieces";
import { parsePiece } from "./names";

export { declaresFirstLeads, headerSaysFirstLeads } from "./labels";

export interface ParsedCell {
  units: UnitRef[];
  rejected: string[];
}

/** "1、" / "2." / "一、" numbering the lines of a cell. */
const LINE_NUMBER = /(^|[\n；;。])(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[、.．](?=[^\n])/g;

/** One segment's units, roles from working words applied over each 、 run. */
export function parseSegment(body: string, role: UnitRole, labelled = false): ParsedCell {
  // A numbered line starts a new name: the number becomes a separator.
  const unnumbered = body.replace(LINE_NUMBER, "$1；");
  const pieces = joinPieces(splitPieces(unnumbered));
  const units: UnitRef[] = [];
  const rejected: string[] = [];
  /** Units of the current 、 run still waiting for a role from a working word. */
  let pending: UnitRef[] = [];
  let lastRun: UnitRef[] = [];
  const parsed = pieces.map((p) => ({ p, r: parsePiece(p.text) }));
  // 负责 tells names apart only where other names of the segment lead or cooperate by their words ("A牵头，B负责");
  // alone ("各区人民政府负责落实" under 牵头单位, "牵头单位：市发改委负责") the label's or column's role stands.
  const toldApart = !labelled && parsed.some(({ r }) => r.wordRole === "lead" || r.wordRole === "cooperate");
  for (const { p, r } of parsed) {
    if (p.sep !== "" && !/^、+$/.test(p.sep)) {
      lastRun = pending;
      pending = [];
    }
    if (!toldApart && r.wordRole === "responsible") r.wordRole = null;
    // "（…牵头，…负责，年内持续推进）": a piece that is a deadline phrase names no unit and is no stray fragment.
    if (r.found.length === 0 && r.rejected.length > 0 && isDeadlinePhrase(p.text)) continue;
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

/** A piece the deadline engine reads as a date, a continuation or a recurrence ("年内持续推进", "6月底完成"). */
function isDeadlinePhrase(text: string): boolean {
  const kind = parseDeadline(text, { year: 2000 }).kind;
  return kind === "date" || kind === "ongoing" || kind === "recurring";
}

/**
 * The whole cell. `firstLeads`: the table or document declared that the first unit named leads (in its
 * header, a note under its title, or a bracket in an earlier cell); a bracket in this cell declares it too.
 * The first unit then leads unless the cell already names a lead ("A、B分别牵头", "牵头单位：…").
 */
export function parseCell(text: string, defaultRole: UnitRole, firstLeadsDeclared = false): ParsedCell {
  const notes = takeOutNotes(normaliseSpaces(text));
  const clean = notes.text;
  const firstLeads = firstLeadsDeclared || notes.firstLeads;
  const units: UnitRef[] = [];
  const rejected: string[] = [];
  for (const seg of splitLabels(clean, defaultRole)) {
    if (seg.role === null) continue;
    const r = parseSegment(seg.body, seg.role, seg.label !== "");
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
  const first = unique[0];
  if (firstLeads && first && first.role === "responsible" && !unique.some((u) => u.role === "lead")) first.role = "lead";
  return { units: unique, rejected: [...new Set(rejected.filter((r) => r !== ""))] };
}
