/**
 * 回收, writing side: what collect adds to the master — never an original cell.
 *   - three added columns right of the table (报送完成状态, 各单位报送情况, 最近报送日期), written by the adapters
 *     like the other PlannedColumns; 报送完成状态 holds a done word when the row is done, so the highlight
 *     rules read it as the status column;
 *   - a 报送记录 sheet (one line per unit and task) from which the next collect reads the earlier reports;
 *   - 已报送 / 未报送 and the report date per unit, for the overview.
 */
import type { CellValue, PlannedCell, PlannedColumn, PlannedSheet, SheetCells } from "../types";
import type { ExistingWorkbook } from "../plan";
import { strings, type Lang, LANGS } from "../../strings";
import { cellText, removeSpaces, trimAll } from "../text";
import { RECORDS_MARK } from "../vocab/cycle";
import type { CollectOutcome, CollectedRow, UnitReport } from "./collect";
import { membersOf, type UnitDirectory } from "./directory";
export { isCycleHeader } from "./headers";


type MasterField = keyof ReturnType<typeof strings>["cycle"]["masterHeaders"];
const MASTER_FIELDS: MasterField[] = ["state", "reports", "date"];

/** Where the three columns go: where a header of an earlier collect stands, else right of everything (and of `after`). */
export function placeCycleColumns(existing: ExistingWorkbook, lastCol: number, after: number): Record<MasterField, number> {
  let free = Math.max(lastCol, after, existing.lastUsedCol ?? 0, ...existing.headerRow.filter((h) => h.text.trim() !== "").map((h) => h.col)) + 1;
  const place = {} as Record<MasterField, number>;
  for (const f of MASTER_FIELDS) {
    const keys = LANGS.map((l) => removeSpaces(strings(l).cycle.masterHeaders[f]));
    const hit = existing.headerRow.find((h) => keys.includes(removeSpaces(h.text)));
    place[f] = hit ? hit.col : free++;
  }
  return place;
}

/** The 报送完成状态 word of a row: a done word when done, else how far the responsible units are. */
export function derivedStatus(r: CollectedRow, lang: Lang): string {
  const t = strings(lang).cycle.derived;
  if (r.state === "done") return t.done;
  if (r.doneCount > 0) return t.partial(r.doneCount, r.responsibleCount);
  return r.reports.some((x) => x.state !== "missing") ? t.open : t.none;
}

export interface CycleColumns {
  columns: PlannedColumn[];
  /** The 报送完成状态 column: the highlight rules read it as the status column. */
  statusCol: number;
}

export function planCycleColumns(outcome: CollectOutcome, existing: ExistingWorkbook, after: number, lang: Lang): CycleColumns | null {
  const layout = outcome.result.layout;
  if (!layout) return null;
  const t = strings(lang).cycle;
  const place = placeCycleColumns(existing, layout.lastCol, after);
  const clear = { from: layout.firstDataRow, to: layout.lastDataRow };
  const cells: Record<MasterField, { row: number; cell: PlannedCell }[]> = { state: [], reports: [], date: [] };
  for (const r of outcome.rows) {
    cells.state.push({ row: r.row, cell: { value: derivedStatus(r, lang) } });
    const lines = r.reports.map((x) => (x.state === "missing" ? t.notReportedLine(x.unit) : t.reportLine(x.unit, x.status, x.progress, x.date ?? "")));
    if (lines.length) cells.reports.push({ row: r.row, cell: { value: lines.join("\n") } });
    const dates = r.reports.map((x) => x.date).filter((d): d is string => !!d).sort();
    const last = dates[dates.length - 1];
    if (last) cells.date.push({ row: r.row, cell: { value: last, date: true } });
  }
  const col = (f: MasterField, width: number, numberFormat?: string): PlannedColumn => ({
    header: t.masterHeaders[f],
    col: place[f],
    headerRow: layout.headerRow,
    cells: cells[f],
    width,
    clear,
    styleFromCol: layout.lastCol,
    ...(numberFormat ? { numberFormat } : {}),
  });
  return { columns: [col("state", 14), col("reports", 60), col("date", 12, "yyyy-mm-dd")], statusCol: place.state };
}

/** The 报送记录 sheet. */
export function planRecordsSheet(outcome: CollectOutcome, name: string, lang: Lang): PlannedSheet {
  const t = strings(lang).cycle;
  const rows: PlannedCell[][] = [[{ value: t.recordsTitle, bold: true }], [{ value: RECORDS_MARK }], t.recordsHeaders.map((h) => ({ value: h, bold: true }))];
  const sorted = [...outcome.records].sort((a, b) => a.row - b.row || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  for (const r of sorted) {
    rows.push([r.key, r.row, r.no, r.unit, r.status, r.progress, r.evidence, r.contact, r.date, r.file].map((v) => ({ value: v === "" ? null : v })));
  }
  return { name, kind: "records", rows, columnWidths: [14, 8, 6, 20, 10, 50, 24, 18, 12, 30], freezeRows: 3, wrapColumns: [6] };
}

/** True when a sheet's first rows carry the 报送记录 mark. */
export function isRecordsSheet(firstRows: CellValue[][]): boolean {
  return firstRows.slice(0, 3).some((row) => row.slice(0, 3).some((v) => typeof v === "string" && v.trim() === RECORDS_MARK));
}

/** The reports of an earlier collect, read back from its 报送记录 sheet (null when the sheet is not one). */
export function readRecords(cells: SheetCells): UnitReport[] | null {
  if (!isRecordsSheet(cells.values)) return null;
  const out: UnitReport[] = [];
  const s = (v: CellValue | undefined) => trimAll(cellText(v ?? null));
  for (const row of cells.values.slice(3)) {
    const [key, r, no, unit, status, progress, evidence, contact, date, file] = row;
    if (!s(key) || !s(unit)) continue;
    out.push({
      key: s(key),
      row: typeof r === "number" ? r : Number(s(r)) || 0,
      no: s(no) || null,
      unit: s(unit),
      status: s(status),
      progress: s(progress),
      evidence: s(evidence),
      contact: s(contact),
      date: s(date),
      file: s(file),
    });
  }
  return out;
}

/** 已报送 / 未报送 and the report date of each unit the overview lists (a group: how many of its members). */
export function reportingByUnit(outcome: CollectOutcome, units: readonly string[], directory: UnitDirectory | undefined, lang: Lang): Map<string, { status: string; date: string | null }> {
  const t = strings(lang).cycle;
  const returned = new Map(outcome.returned.map((r) => [r.unit, r.date]));
  const out = new Map<string, { status: string; date: string | null }>();
  for (const u of units) {
    const members = membersOf(directory, u);
    if (members && !returned.has(u)) {
      const dates = members.map((m) => returned.get(m)).filter((d): d is string => !!d).sort();
      const n = dates.length;
      const status = n === 0 ? t.notReturned : n === members.length ? t.returned : t.partlyReturned(n, members.length);
      out.set(u, { status, date: dates[dates.length - 1] ?? null });
    } else out.set(u, { status: returned.has(u) ? t.returned : t.notReturned, date: returned.get(u) ?? null });
  }
  return out;
}
