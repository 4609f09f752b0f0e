/**
 * The units parser (DOMAIN.md section 3): one unit cell → `{name, role, generic}` per unit named, plus the
 * fragments that are not unit names; roles from labels, working words and the column header; built-in and
 * user aliases. Pure; never throws.
 */
import type { AliasTable, UnitRef, UnitRole } from "../types";
import { cellText } from "../text";
import { headerSaysFirstLeads, parseCell } from "./parse";

export { declaresFirstLeads } from "./parse";

/** A bracketed note or a sentence in the text declares that the first unit named leads ("列第一位者为牵头单位"). */
export function noteDeclaresFirstLeads(text: string): boolean {
  return takeOutNotes(normaliseSpaces(String(text ?? ""))).firstLeads;
}

/** The text without its bracketed notes ("市发改委、市财政局（首位单位为牵头单位，下同）" → "市发改委、市财政局"). */
export function withoutNotes(text: string): string {
  return takeOutNotes(String(text ?? "")).text;
}
import { canonicalUnit } from "./aliases";
import { normaliseSpaces, takeOutNotes } from "./labels";

export { canonicalUnit, findAliasGroups } from "./aliases";
export { looksLikeUnit, isGenericName } from "./classify";

export interface UnitParseOptions {
  /** The column header the cell stands under; gives the role of unlabelled units. */
  header?: string;
  /**
   * When given (even empty), each unit gets `canonical`: its alias-merged name (the user's list, then the
   * built-in short forms). Without it no `canonical` is set.
   */
  aliases?: AliasTable;
  /**
   * The table or document declared once that the first unit of every cell leads ("列第一位者为牵头单位", in a note
   * under the title, the header or a bracket in an earlier cell): the cell's first unit then leads.
   */
  firstLeads?: boolean;
}

export interface UnitAnalysis {
  units: UnitRef[];
  /** Fragments that are not unit names (a stray "等", a person's title …), for `unit-unknown-fragment`. */
  rejected: string[];
}

/** Unit cell → units and rejected fragments (DOMAIN.md section 3). Never throws. */
export function analyseUnits(text: string, opts: UnitParseOptions = {}): UnitAnalysis {
  try {
    const raw = typeof text === "string" ? text : cellText(text);
    const header = String(opts?.header ?? "");
    const firstLeads = headerSaysFirstLeads(header) || opts?.firstLeads === true;
    const role = firstLeads ? "responsible" : unitRoleFromHeader(header);
    const { units, rejected } = parseCell(raw, role, firstLeads);
    if (opts?.aliases) {
      for (const u of units) u.canonical = canonicalUnit(u.name, opts.aliases);
    }
    return { units, rejected };
  } catch {
    // Defensive: a parser bug must never take the whole check down; the cell is reported instead.
    const name = String(text ?? "").replace(/\s+/g, "");
    return { units: [], rejected: name ? [name] : [] };
  }
}

export function parseUnits(text: string, opts: UnitParseOptions = {}): UnitRef[] {
  return analyseUnits(text, opts).units;
}

/**
 * The role an unlabelled unit takes under this header: 牵头单位/牵头部门 → lead; 配合单位/协办单位/协助单位/
 * 参与单位 → cooperate; 责任单位/责任部门/承办单位/责任科室/anything else (also "") → responsible.
 */
export function unitRoleFromHeader(header: string): UnitRole {
  const h = String(header ?? "").replace(/[\s\u3000]+/g, "");
  // "责任单位（排在第一位的为牵头单位）": the column is a responsible column whose first unit leads.
  if (headerSaysFirstLeads(h)) return "responsible";
  const cooperate = /配合|协办|协助|参与|协同/.test(h);
  if (/牵头/.test(h) && !cooperate) return "lead";
  if (cooperate && !/牵头|责任/.test(h)) return "cooperate";
  return "responsible";
}
