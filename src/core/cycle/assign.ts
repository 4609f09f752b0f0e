/**
 * Which units get which tasks (DOMAIN.md section 9): every unit a row names — lead, responsible and
 * cooperating — under the name the summary counts it under; a generic group (各区人民政府) is replaced by its
 * members where the user's unit directory lists them, else it keeps its own workbook.
 */
import type { TaskRow, UnitRole } from "../types";
import { membersOf, type UnitDirectory } from "./directory";

const ROLE_ORDER: readonly UnitRole[] = ["lead", "responsible", "cooperate"];

export interface UnitTask {
  row: TaskRow;
  key: string;
  /** The unit's roles in this row, strongest first. */
  roles: UnitRole[];
  /** The group the unit got the task through (各区人民政府), when expanded from the directory. */
  viaGroup: string | null;
}

export interface UnitAssignment {
  unit: string;
  /** A generic group that the directory did not expand. */
  generic: boolean;
  tasks: UnitTask[];
}

interface Named {
  unit: string;
  role: UnitRole;
  generic: boolean;
  viaGroup: string | null;
}

/** The units one row is sent to, expanded through the directory, one entry per (unit, role). */
export function rowUnits(row: TaskRow, directory?: UnitDirectory): Named[] {
  const out: Named[] = [];
  for (const u of row.units) {
    const name = u.canonical ?? u.name;
    const members = u.generic ? membersOf(directory, name) ?? membersOf(directory, u.name) : null;
    if (members) for (const m of members) out.push({ unit: m, role: u.role, generic: false, viaGroup: name });
    else out.push({ unit: name, role: u.role, generic: u.generic, viaGroup: null });
  }
  return out;
}

/** The units whose 完成 makes the task done: its lead and responsible units (every unit when it names only cooperating ones). */
export function responsibleUnits(row: TaskRow, directory?: UnitDirectory): string[] {
  const named = rowUnits(row, directory);
  const strong = named.filter((n) => n.role !== "cooperate");
  return [...new Set((strong.length ? strong : named).map((n) => n.unit))];
}

/** Every unit with its tasks, units in the order the table first names them, tasks in table order. */
export function assignTasks(rows: readonly TaskRow[], keys: ReadonlyMap<number, string>, directory?: UnitDirectory): UnitAssignment[] {
  const byUnit = new Map<string, UnitAssignment>();
  for (const row of rows) {
    const inRow = new Map<string, UnitTask>();
    for (const n of rowUnits(row, directory)) {
      let a = byUnit.get(n.unit);
      if (!a) byUnit.set(n.unit, (a = { unit: n.unit, generic: n.generic, tasks: [] }));
      let t = inRow.get(n.unit);
      if (!t) {
        t = { row, key: keys.get(row.row) ?? "", roles: [], viaGroup: n.viaGroup };
        inRow.set(n.unit, t);
        a.tasks.push(t);
      }
      if (!t.roles.includes(n.role)) t.roles.push(n.role);
      t.roles.sort((x, y) => ROLE_ORDER.indexOf(x) - ROLE_ORDER.indexOf(y));
    }
  }
  return [...byUnit.values()];
}
