// STUB — replaced by the units parser (issue 4). Signatures are the contract.
import type { AliasTable, UnitRef, UnitRole } from "../types";

export interface UnitParseOptions {
  /** The column header the cell stands under; gives the role of unlabelled units. */
  header?: string;
}

export interface UnitAnalysis {
  units: UnitRef[];
  /** Fragments that are not unit names (a stray "等", a person's title …), for `unit-unknown-fragment`. */
  rejected: string[];
}

/** Unit cell → units and rejected fragments (DOMAIN.md section 3). Never throws. */
export function analyseUnits(text: string, opts: UnitParseOptions = {}): UnitAnalysis {
  void opts;
  const name = (text ?? "").replace(/\s+/g, "");
  return { units: name ? [{ name, role: "responsible", generic: false }] : [], rejected: [] };
}

export function parseUnits(text: string, opts: UnitParseOptions = {}): UnitRef[] {
  return analyseUnits(text, opts).units;
}

/** The role an unlabelled unit takes under this header (牵头单位 → lead, 配合单位 → cooperate …). */
export function unitRoleFromHeader(header: string): UnitRole {
  if (/牵头/.test(header)) return "lead";
  if (/配合|协办/.test(header)) return "cooperate";
  return "responsible";
}

/** The alias-merged name of a unit (built-in short forms plus the user's list). */
export function canonicalUnit(name: string, aliases?: AliasTable): string {
  return aliases?.get(name) ?? name;
}
