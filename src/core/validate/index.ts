/**
 * Validation (DOMAIN.md section 5): every finding names the row, the column, a severity, a stable code and a
 * message (from the findings strings table) that tells the user what to change.
 */
import type { AliasTable, ColumnInfo, Finding, FindingCode, Severity, TaskRow } from "../types";
import type { Strings } from "../../strings";
import * as unitsModule from "../units";
import { canonicalUnit } from "../units";
import type { BodyRow, CellErrorAt, FoundLayout, RequiredRole } from "../table";
import { toHalfWidth, trimAll } from "../text";
import { colLetters } from "../a1";

type FindingStrings = Strings["findings"];

export const SEVERITY: Record<FindingCode, Severity> = {
  "no-header": "error",
  "missing-column": "error",
  "missing-value": "error",
  "deadline-unknown": "warning",
  "deadline-outside-year": "warning",
  "unit-unknown-fragment": "warning",
  "unit-symbol": "warning",
  "unit-two-roles": "warning",
  "unit-alias": "info",
  "number-duplicate": "warning",
  "number-gap": "warning",
  "cell-error": "error",
  "too-many-units": "warning",
  "footer-rows": "info",
  "duplicate-column": "warning",
  "stray-cells": "info",
  "converted-input": "info",
  "cell-too-long": "warning",
  "output-drops-content": "warning",
};

export function finding(code: FindingCode, row: number | null, column: number | null, message: string): Finding {
  return { code, severity: SEVERITY[code], row, column, message };
}

/** The header text a message names for a column. */
function headerName(s: FindingStrings, info: ColumnInfo | undefined, role: keyof FindingStrings["roleName"]): string {
  return info?.header ? info.header.replace(/\s+/g, "") : s.roleName[role];
}

export function noHeaderFinding(s: FindingStrings, sheet: string): Finding {
  return finding("no-header", null, null, s.noHeader(sheet));
}

export function missingColumnFindings(s: FindingStrings, found: FoundLayout): Finding[] {
  return found.missing.map((role: RequiredRole) =>
    finding("missing-column", found.layout.headerRow, null, s.missingColumn(s.roleName[role], found.layout.headerRow)),
  );
}

export function cellErrorFindings(s: FindingStrings, found: FoundLayout, errors: readonly CellErrorAt[]): Finding[] {
  const byCol = new Map(found.layout.columns.map((c) => [c.col, c] as const));
  return errors.map((e) => {
    const info = byCol.get(e.col);
    const name = info ? headerName(s, info, info.role) : s.columnLetterName(colLetters(e.col));
    return finding("cell-error", e.row, e.col, s.cellError(e.row, name, e.value));
  });
}

/** Footer lines under the table (one info finding on the first of them). */
export function footerFindings(s: FindingStrings, rows: readonly number[]): Finding[] {
  const first = rows[0];
  return first === undefined ? [] : [finding("footer-rows", first, null, s.footerRows([...rows]))];
}

/** Two columns with the same role: which one was read (DOMAIN.md §8). */
export function duplicateColumnFindings(s: FindingStrings, found: FoundLayout): Finding[] {
  return found.duplicates.map((d) =>
    finding(
      "duplicate-column",
      found.layout.headerRow,
      d.chosen.col,
      s.duplicateColumn(headerName(s, d.chosen, d.role), colLetters(d.chosen.col), d.others.map((o) => colLetters(o.col)), d.preferredVisible),
    ),
  );
}

/** Everything one task row can be missing or get wrong. */
export function rowFindings(
  s: FindingStrings,
  found: FoundLayout,
  body: BodyRow,
  row: TaskRow,
  rejected: { column: ColumnInfo; fragment: string }[],
  year: number,
): Finding[] {
  const out: Finding[] = [];
  const r = row.row;
  const { task, requirement, deadline } = found.col;
  if (task && !row.task && !body.errorCols.has(task.col))
    out.push(finding("missing-value", r, task.col, s.missingValue.task(r, headerName(s, task, "task"))));
  if (requirement && !row.requirement && !body.errorCols.has(requirement.col))
    out.push(finding("missing-value", r, requirement.col, s.missingValue.requirement(r, headerName(s, requirement, "requirement"))));
  const first = found.units[0];
  if (first && body.unitCells.every((u) => !u.text) && !found.units.some((u) => body.errorCols.has(u.col))) {
    out.push(finding("missing-value", r, first.col, s.missingValue.unit(r, headerName(s, first, "unit"))));
  }
  if (deadline && !body.errorCols.has(deadline.col)) {
    const name = headerName(s, deadline, "deadline");
    const d = row.deadline;
    if (d.kind === "empty") out.push(finding("missing-value", r, deadline.col, s.missingValue.deadline(r, name)));
    else if (d.kind === "unknown") out.push(finding("deadline-unknown", r, deadline.col, s.deadlineUnknown(r, name, oneLine(d.text))));
    else {
      const low = `${year}-01-01`;
      const high = `${year + 1}-12-31`;
      const bad = d.milestones.find((m) => m < low || m > high) ?? (d.due && (d.due < low || d.due > high) ? d.due : undefined);
      if (bad) out.push(finding("deadline-outside-year", r, deadline.col, s.deadlineOutsideYear(r, name, oneLine(d.text), bad, year)));
    }
  }
  for (const x of rejected)
    out.push(finding("unit-unknown-fragment", r, x.column.col, s.unitUnknownFragment(r, headerName(s, x.column, "unit"), x.fragment)));
  return out;
}

function oneLine(t: string): string {
  return t.replace(/\s*\n\s*/g, " ");
}

/** 序号 that repeats or skips; numbering may restart at 1 after a section heading. */
export function numberFindings(s: FindingStrings, found: FoundLayout, rows: readonly BodyRow[], sectionRows: ReadonlySet<number>): Finding[] {
  const noCol = found.col.no;
  if (!noCol) return [];
  const name = headerName(s, noCol, "no");
  const out: Finding[] = [];
  let seen = new Map<number, number>();
  let prev: number | null = null;
  const sections = [...sectionRows].sort((a, b) => a - b);
  let nextSection = 0;
  for (const b of rows) {
    if (b.no === null) continue;
    const m = /^(\d{1,6})\s*[.、．]?$/.exec(toHalfWidth(trimAll(b.no)));
    if (!m) continue;
    const n = Number(m[1] ?? NaN);
    let sectionBetween = false;
    while (nextSection < sections.length && (sections[nextSection] ?? Infinity) < b.row) {
      sectionBetween = true;
      nextSection++;
    }
    if (n === 1 && prev !== null && sectionBetween) {
      seen = new Map();
      prev = null;
    }
    const first = seen.get(n);
    if (first !== undefined) out.push(finding("number-duplicate", b.row, noCol.col, s.numberDuplicate(b.row, name, String(n), first)));
    else if (prev !== null && n > prev + 1) out.push(finding("number-gap", b.row, noCol.col, s.numberGap(b.row, name, prev, n)));
    if (first === undefined) seen.set(n, b.row);
    prev = first === undefined ? Math.max(prev ?? n, n) : prev;
  }
  return out;
}

type GroupFn = (names: string[], aliases?: AliasTable) => string[][];

/** Names in the table that look like the same unit (info). Uses the units module's grouping when it has one. */
export function aliasFindings(s: FindingStrings, rows: readonly TaskRow[], found: FoundLayout, aliases?: AliasTable): Finding[] {
  const firstSeen = new Map<string, number>();
  for (const row of rows) for (const u of row.units) if (!firstSeen.has(u.name)) firstSeen.set(u.name, row.row);
  const names = [...firstSeen.keys()];
  const group = (unitsModule as unknown as { findAliasGroups?: GroupFn }).findAliasGroups;
  let groups: string[][];
  if (typeof group === "function") groups = group(names, aliases);
  else {
    const byCanon = new Map<string, string[]>();
    for (const n of names) {
      const c = canonicalUnit(n, aliases);
      byCanon.set(c, [...(byCanon.get(c) ?? []), n]);
    }
    groups = [...byCanon.values()];
  }
  const col = found.units[0]?.col ?? null;
  const out: Finding[] = [];
  for (const g of groups) {
    const distinct = [...new Set(g)].filter((n) => firstSeen.has(n));
    if (distinct.length < 2) continue;
    distinct.sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
    const [firstName = "", secondName = ""] = distinct;
    const row = firstSeen.get(secondName) ?? null;
    const merged = rows.flatMap((r) => r.units).find((u) => u.name === firstName)?.canonical ?? canonicalUnit(firstName, aliases);
    out.push(finding("unit-alias", row, col, s.unitAlias(distinct, merged)));
  }
  return out;
}

/** Sheet-wide findings first, then by row and column. */
export function sortFindings(list: Finding[]): Finding[] {
  return list
    .map((f, i) => ({ f, i }))
    .sort((a, b) => (a.f.row ?? 0) - (b.f.row ?? 0) || (a.f.column ?? 0) - (b.f.column ?? 0) || a.i - b.i)
    .map((x) => x.f);
}
