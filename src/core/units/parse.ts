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
import { FIRST_LEADS, normaliseSpaces, splitLabels } from "./labels";
import { joinPieces, splitPieces } from "./pieces";
import { parsePiece } from "./names";

export { headerSaysFirstLeads } from "./labels";

export interface ParsedCell {
  units: UnitRef[];
  rejected: string[];
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
