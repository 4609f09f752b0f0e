/**
 * Findings about the unit names of one row (issue 13): a name that starts with a formula character or another
 * symbol ("+市司法局", "@市审计局" — typed to stop Excel making a formula, or left from a list), which would count
 * as a unit of its own beside 市司法局; and a unit that holds two roles on one row that contradict each other
 * (配合 beside 牵头 or 责任; 牵头 with 责任 is usual and not reported).
 */
import type { ColumnInfo, Finding, UnitRef, UnitRole } from "../types";
import type { Strings } from "../../strings";
import { finding } from "./index";

type FindingStrings = Strings["findings"];

/** A unit name's leading symbols: anything but a letter, a digit or an opening bracket or quote. */
const LEADING_SYMBOLS = /^[^\p{L}\p{N}（(【[〔“"《]+/u;

export interface CellUnits {
  column: ColumnInfo;
  units: readonly UnitRef[];
}

export function unitNameFindings(s: FindingStrings, roleWords: Record<UnitRole, string>, row: number, cells: readonly CellUnits[]): Finding[] {
  const out: Finding[] = [];
  const header = (c: ColumnInfo) => c.header.replace(/\s+/g, "") || s.roleName.unit;
  let seenSymbol: Set<string> | null = null; // made for the rare row that has such a name
  for (const cell of cells)
    for (const u of cell.units) {
      const m = LEADING_SYMBOLS.exec(u.name);
      if (!m || seenSymbol?.has(u.name)) continue;
      (seenSymbol ??= new Set<string>()).add(u.name);
      const clean = u.name.slice(m[0].length);
      out.push(finding("unit-symbol", row, cell.column.col, s.unitSymbol(row, header(cell.column), u.name, m[0], clean)));
    }
  // Two roles for one unit (under its counted name): each role once, in the order lead, responsible, cooperate.
  // Only a row naming a cooperating unit beside a leading or responsible one can have it.
  let cooperating = false;
  let other = false;
  for (const cell of cells)
    for (const u of cell.units) {
      if (u.role === "cooperate") cooperating = true;
      else other = true;
    }
  if (!cooperating || !other) return out;
  const roles = new Map<string, { name: string; roles: Set<UnitRole>; column: ColumnInfo }>();
  for (const cell of cells)
    for (const u of cell.units) {
      const key = u.canonical ?? u.name;
      const e = roles.get(key) ?? { name: u.name, roles: new Set<UnitRole>(), column: cell.column };
      e.roles.add(u.role);
      roles.set(key, e);
    }
  const order: UnitRole[] = ["lead", "responsible", "cooperate"];
  for (const e of roles.values()) {
    // 牵头 and 责任 together is usual (the lead is responsible too); cooperating beside either is a contradiction.
    if (!e.roles.has("cooperate") || e.roles.size < 2) continue;
    const words = order.filter((r) => e.roles.has(r)).map((r) => roleWords[r]);
    out.push(finding("unit-two-roles", row, e.column.col, s.unitTwoRoles(row, header(e.column), e.name, words)));
  }
  return out;
}
