/**
 * 回收, merging side (DOMAIN.md section 9): returned rows matched to the master by task key, then by 序号 + text
 * (reported as such); each unit's report kept per task; a task is done when every responsible unit says so; a
 * newer collect replaces a unit's earlier reports (and keeps their date for the units that did not return again).
 * What did not match, what came twice and which units have not returned are listed by name.
 */
import type { CheckResult, RowState, TaskRow } from "../types";
import { isDone, rowState } from "../status";
import { summarise } from "../summary";
import { assignTasks, responsibleUnits, rowUnits } from "./assign";
import type { UnitDirectory } from "./directory";
import { keyText, taskKeys, textHash } from "./key";
import type { ReturnedBook, ReturnedRow } from "./returned";

/** One unit's report on one task (a row of the master's 报送记录 sheet). */
export interface UnitReport {
  key: string;
  /** The master's sheet row when the report was matched. */
  row: number;
  no: string | null;
  unit: string;
  status: string;
  progress: string;
  evidence: string;
  contact: string;
  /** ISO date the report was collected. */
  date: string;
  file: string;
}

/** done: 完成状态 is a done word; reported: something else filled in; empty: the row came back blank; missing: no row. */
export type ReportState = "done" | "reported" | "empty" | "missing";

export interface RowReport {
  unit: string;
  state: ReportState;
  status: string;
  progress: string;
  date: string | null;
  /** How the returned row was matched: by task key, or by 序号 + text (the key was missing or changed). */
  matchedBy?: "key" | "text";
}

export interface CollectedRow {
  row: number;
  key: string;
  state: RowState;
  /** Every responsible unit said done. */
  done: boolean;
  /** Responsible units that said done / their number. */
  doneCount: number;
  responsibleCount: number;
  reports: RowReport[];
}

export interface Problem {
  unit: string | null;
  file: string;
  row: number | null;
  /** A code: no-unit, unknown-key, text-differs, extra-row, unit-twice, key-twice, unreadable, not-a-unit-book. */
  reason: string;
  /** Words of the adapter, when it has more to say (why a file could not be read). */
  message?: string;
}

export interface CollectOutcome {
  asOf: string;
  returned: { unit: string; file: string; date: string }[];
  missing: string[];
  unmatched: Problem[];
  duplicates: Problem[];
  byText: { file: string; row: number; no: string | null }[];
  moved: { file: string; row: number; no: string | null }[];
  rows: CollectedRow[];
  /** Every report now held: this collect's and the earlier ones still current. */
  records: UnitReport[];
  /** The check result with states and summary from the reports. */
  result: CheckResult;
}

export interface CollectInput {
  result: CheckResult;
  directory?: UnitDirectory;
  /** Reports of earlier collects (the master's 报送记录 sheet). */
  previous?: readonly UnitReport[];
  books: readonly ReturnedBook[];
  asOf: string;
}

function hasFill(r: ReturnedRow): boolean {
  return !!(r.progress || r.status || r.evidence || r.contact);
}

export function reportState(r: UnitReport | undefined): ReportState {
  if (!r) return "missing";
  if (isDone(r.status)) return "done";
  return r.status || r.progress || r.evidence ? "reported" : "empty";
}

export function collectReports(inp: CollectInput): CollectOutcome {
  const { result, directory, asOf } = inp;
  const keys = taskKeys(result.rows);
  const rowByKey = new Map<string, TaskRow>();
  const rowsByNo = new Map<string, TaskRow[]>();
  for (const r of result.rows) {
    rowByKey.set(keys.get(r.row) ?? "", r);
    const no = keyText(r.no);
    if (no) rowsByNo.set(no, [...(rowsByNo.get(no) ?? []), r]);
  }
  const out: CollectOutcome = { asOf, returned: [], missing: [], unmatched: [], duplicates: [], byText: [], moved: [], rows: [], records: [], result };

  // One book per unit: a later file of the same unit replaces an earlier one.
  const bookOf = new Map<string, ReturnedBook>();
  for (const b of inp.books) {
    if (!b.unit) {
      out.unmatched.push({ unit: null, file: b.file, row: null, reason: "no-unit" });
      continue;
    }
    const earlier = bookOf.get(b.unit);
    if (earlier) out.duplicates.push({ unit: b.unit, file: earlier.file, row: null, reason: "unit-twice" });
    bookOf.set(b.unit, b);
  }

  const now: UnitReport[] = [];
  const matchedBy = new Map<string, "key" | "text">();
  for (const [unit, b] of bookOf) {
    const seen = new Set<string>();
    for (const r of b.rows) {
      let row = rowByKey.get(r.key);
      let how: "key" | "text" = "key";
      if (!row) {
        const no = keyText(r.no) || (r.key.includes("-") ? r.key.slice(0, r.key.lastIndexOf("-")) : "");
        const hash = textHash(r.task, r.requirement);
        const cands = no ? rowsByNo.get(no) ?? [] : [];
        row = cands.find((c) => textHash(c.task, c.requirement) === hash) ?? cands.find((c) => keyText(c.requirement) === keyText(r.requirement) && !!r.requirement);
        how = "text";
        if (!row) {
          const reason = cands.length ? "text-differs" : r.key ? "unknown-key" : "extra-row";
          if (hasFill(r) || r.key || r.task || r.requirement) out.unmatched.push({ unit, file: b.file, row: r.sheetRow, reason });
          continue;
        }
        out.byText.push({ file: b.file, row: r.sheetRow, no: r.no });
      }
      const key = keys.get(row.row) ?? "";
      if (seen.has(key)) {
        out.duplicates.push({ unit, file: b.file, row: r.sheetRow, reason: "key-twice" });
        continue;
      }
      seen.add(key);
      if (r.moved) out.moved.push({ file: b.file, row: r.sheetRow, no: r.no });
      matchedBy.set(`${unit}\n${key}`, how);
      now.push({ key, row: row.row, no: row.no, unit, status: r.status, progress: r.progress, evidence: r.evidence, contact: r.contact, date: asOf, file: b.file });
    }
  }

  // Earlier reports stay for the units that did not return this time (with their date).
  const kept = (inp.previous ?? []).filter((p) => !bookOf.has(p.unit) && rowByKey.has(p.key)).map((p) => ({ ...p, row: rowByKey.get(p.key)?.row ?? p.row }));
  out.records = [...kept, ...now];
  const recordOf = new Map(out.records.map((r) => [`${r.unit}\n${r.key}`, r]));

  const returnedUnits = new Map<string, { file: string; date: string }>();
  for (const p of kept) returnedUnits.set(p.unit, { file: p.file, date: p.date });
  for (const [unit, b] of bookOf) returnedUnits.set(unit, { file: b.file, date: asOf });
  const assigned = assignTasks(result.rows, keys, directory).map((a) => a.unit);
  out.returned = [...returnedUnits].map(([unit, v]) => ({ unit, ...v }));
  out.missing = assigned.filter((u) => !returnedUnits.has(u));

  const rows: TaskRow[] = [];
  for (const r of result.rows) {
    const key = keys.get(r.row) ?? "";
    const units = [...new Set(rowUnits(r, directory).map((n) => n.unit))];
    const reports: RowReport[] = units.map((unit) => {
      const rec = recordOf.get(`${unit}\n${key}`);
      const how = matchedBy.get(`${unit}\n${key}`);
      return {
        unit,
        state: reportState(rec),
        status: rec?.status ?? "",
        progress: rec?.progress ?? "",
        date: rec?.date ?? null,
        ...(how ? { matchedBy: how } : {}),
      };
    });
    const responsible = responsibleUnits(r, directory);
    const doneCount = responsible.filter((u) => reportState(recordOf.get(`${u}\n${key}`)) === "done").length;
    const done = responsible.length > 0 && doneCount === responsible.length;
    const state = done ? "done" : rowState(r.deadline, r.status, asOf, result.dueSoonDays);
    rows.push({ ...r, state });
    out.rows.push({ row: r.row, key, state, done, doneCount, responsibleCount: responsible.length, reports });
  }
  out.result = { ...result, asOf, rows, summary: summarise(rows) };
  return out;
}
