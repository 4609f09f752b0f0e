/**
 * Finding the table on a sheet: the header row (anywhere in the first rows, possibly two rows deep),
 * the role of each column, the title above it and the extent of the body.
 */
import type { ColumnInfo, ColumnRole, TableLayout } from "../types";
import { cellText, isExcelError, trimAll } from "../text";
import { unitRoleFromHeader } from "../units";
import { Grid } from "./grid";
import { headerRole, type HeaderRole, type RequiredRole } from "./headers";

/** How many rows from the top of the sheet may hold the header. */
export const HEADER_SEARCH_ROWS = 20;

export interface FoundLayout {
  layout: TableLayout;
  /** First header row (the same as layout.headerRow unless the header spans two rows). */
  headerTop: number;
  /** The required roles no column has. */
  missing: RequiredRole[];
  /** The column of each single-column role. */
  col: Partial<Record<Exclude<ColumnRole, "unit">, ColumnInfo>>;
  units: ColumnInfo[];
  /**
   * A second task-like column to the left of the task column (e.g. 工作任务 over 一级任务 / 具体任务): its text is
   * the row's section heading, carried down; it is not listed in layout.columns.
   */
  sectionCol?: ColumnInfo;
  /** Single-role columns found more than once: the one read and the ones left aside (DOMAIN.md §8). */
  duplicates: DuplicateRole[];
}

export interface DuplicateRole {
  role: Exclude<ColumnRole, "unit">;
  chosen: ColumnInfo;
  others: ColumnInfo[];
  /** The column read is not the first: the first is hidden. */
  preferredVisible: boolean;
}

/** Text of a header cell; a horizontally merged header gives its text to every column it covers. */
function headerText(grid: Grid, row: number, col: number): string {
  const o = grid.origin(row, col);
  if (o.row !== row) return "";
  const v = grid.raw(o.row, o.col);
  if (isExcelError(v) || typeof v !== "string") return "";
  return trimAll(v);
}

function rowRoles(grid: Grid, row: number): Map<number, { role: HeaderRole; text: string }> {
  const out = new Map<number, { role: HeaderRole; text: string }>();
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const t = headerText(grid, row, c);
    const role = t ? headerRole(t) : null;
    if (role) out.set(c, { role, text: t });
  }
  return out;
}

function requiredScore(roles: Iterable<HeaderRole>): number {
  const set = new Set(roles);
  let n = 0;
  if (set.has("unit")) n++;
  if (set.has("deadline")) n++;
  const task = set.has("task");
  const req = set.has("requirement");
  const content = set.has("content");
  if (task) n++;
  if (req) n++;
  if (content && (!task || !req)) n++;
  return n;
}

/**
 * A row right under the header that holds sub-headers (e.g. 牵头单位 / 配合单位 under a merged 责任单位, or 序号
 * under 工作任务): a header cell merged down into it, or every text in it a header word with at least one standing
 * under an empty or horizontally merged header cell.
 */
function isSubHeaderRow(grid: Grid, top: number): boolean {
  const row = top + 1;
  if (row > grid.lastRow) return false;
  let verticalMerge = false;
  let underSpan = false;
  let filled = 0;
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const cover = grid.coveredBy(row, c);
    if (cover && cover.top === top && cover.bottom >= row) verticalMerge = true;
    if (cover) continue;
    const v = grid.raw(row, c);
    if (v === null || (typeof v === "string" && trimAll(v) === "")) continue;
    if (typeof v !== "string" || !headerRole(v)) return false;
    filled++;
    const above = grid.origin(top, c);
    const aboveMerge = grid.mergeAt(above.row, above.col);
    if (above.col !== c || (aboveMerge !== null && aboveMerge.right > aboveMerge.left) || !grid.rawText(top, c)) underSpan = true;
  }
  return filled > 0 && (verticalMerge || underSpan);
}

function integerLike(v: unknown): boolean {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100000;
  if (typeof v !== "string") return false;
  return /^[0-9０-９]{1,5}[.、．]?$/.test(trimAll(v));
}

/** A column whose body cells are (nearly) all small whole numbers: a 序号 column without its own header. */
function looksNumbered(grid: Grid, col: number, fromRow: number): boolean {
  let filled = 0;
  let numbers = 0;
  const to = Math.min(grid.lastRow, fromRow + 300);
  for (let r = fromRow; r <= to; r++) {
    const v = grid.raw(r, col);
    if (v === null || (typeof v === "string" && trimAll(v) === "")) continue;
    filled++;
    if (integerLike(v)) numbers++;
  }
  return filled >= 2 && numbers / filled >= 0.8;
}

/** The header and the columns of the table on this sheet, or null when no row holds at least two required columns. */
export function findLayout(grid: Grid): FoundLayout | null {
  let best: { row: number; score: number } | null = null;
  const last = Math.min(grid.lastRow, grid.firstRow + HEADER_SEARCH_ROWS - 1);
  for (let r = grid.firstRow; r <= last; r++) {
    const roles = rowRoles(grid, r);
    const score = requiredScore([...roles.values()].map((x) => x.role));
    if (score >= 2 && (!best || score > best.score)) best = { row: r, score };
  }
  if (!best) return null;
  const top = best.row;
  const twoRows = isSubHeaderRow(grid, top);
  const headerRow = twoRows ? top + 1 : top;

  // Role of each column: a sub-header that names a role wins over the header above it.
  const found: { col: number; role: HeaderRole | null; header: string }[] = [];
  let lastHeaderCol = grid.firstCol - 1;
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const topText = headerText(grid, top, c);
    const subText = twoRows ? headerText(grid, top + 1, c) : "";
    const subRole = subText ? headerRole(subText) : null;
    const topRole = topText ? headerRole(topText) : null;
    if (topText || subText) lastHeaderCol = c;
    if (subRole) found.push({ col: c, role: subRole, header: subText });
    else found.push({ col: c, role: topRole, header: subText && !topText ? subText : topText });
  }
  const hasRequirement = found.some((f) => f.role === "requirement");
  for (const f of found) if (f.role === "content") f.role = hasRequirement ? "task" : "requirement";

  // A column of whole numbers under a shared or empty header is the 序号 column.
  if (!found.some((f) => f.role === "no")) {
    const counts = new Map<HeaderRole | null, number>();
    for (const f of found) counts.set(f.role, (counts.get(f.role) ?? 0) + 1);
    for (const f of found) {
      if (f.col > lastHeaderCol) break;
      const shared = f.role === null || ((f.role === "task" || f.role === "requirement") && (counts.get(f.role) ?? 0) > 1);
      if (shared && looksNumbered(grid, f.col, headerRow + 1)) {
        if (f.role) counts.set(f.role, (counts.get(f.role) ?? 0) - 1);
        f.role = "no";
        break;
      }
    }
  }

  // Two task-like columns: without a requirement column the second one holds the requirement; with one, the
  // first holds the section headings and the second the tasks.
  let sectionCol: ColumnInfo | undefined;
  const taskCols = found.filter((f) => f.role === "task" && f.col <= lastHeaderCol);
  const [firstTask, secondTask] = taskCols;
  if (firstTask && secondTask) {
    if (!found.some((f) => f.role === "requirement")) secondTask.role = "requirement";
    else {
      sectionCol = { role: "task", col: firstTask.col, header: firstTask.header };
      firstTask.role = null;
    }
  }

  const columns: ColumnInfo[] = [];
  const col: FoundLayout["col"] = {};
  const units: ColumnInfo[] = [];
  const same = new Map<Exclude<ColumnRole, "unit">, ColumnInfo[]>();
  for (const f of found) {
    if (!f.role || f.role === "content") continue;
    const role: ColumnRole = f.role;
    if (role === "unit") {
      if (grid.isHidden(f.col)) continue; // a hidden unit column is not read (its units are not this table's)
      const info: ColumnInfo = { role, col: f.col, header: f.header, unitRole: unitRoleFromHeader(f.header) };
      units.push(info);
      columns.push(info);
    } else {
      const list = same.get(role) ?? [];
      list.push({ role, col: f.col, header: f.header });
      same.set(role, list);
    }
  }
  // Two columns with the same role: the first visible one is read, and the user is told (never silently).
  const duplicates: DuplicateRole[] = [];
  for (const [role, list] of same) {
    const chosen = list.find((c) => !grid.isHidden(c.col)) ?? list[0];
    if (!chosen) continue;
    col[role] = chosen;
    columns.push(chosen);
    if (list.length > 1) duplicates.push({ role, chosen, others: list.filter((c) => c !== chosen), preferredVisible: chosen !== list[0] });
  }
  columns.sort((a, b) => a.col - b.col);
  const missing: RequiredRole[] = [];
  if (!col.task) missing.push("task");
  if (!col.requirement) missing.push("requirement");
  if (units.length === 0) missing.push("unit");
  if (!col.deadline) missing.push("deadline");

  // Merged header cells may reach further right than their text.
  for (let c = lastHeaderCol + 1; c <= grid.lastCol; c++) {
    const o = grid.origin(top, c);
    if (o.col !== c && o.col <= lastHeaderCol) lastHeaderCol = c;
  }
  const lastCol = Math.max(lastHeaderCol, ...columns.map((c) => c.col));

  let lastDataRow = headerRow;
  for (let r = grid.lastRow; r > headerRow; r--) {
    let any = false;
    for (let c = grid.firstCol; c <= lastCol && !any; c++) {
      const v = grid.raw(r, c);
      any = v !== null && trimAll(cellText(v)) !== "";
    }
    if (any) {
      lastDataRow = r;
      break;
    }
  }

  let title: string | null = null;
  for (let r = grid.firstRow; r < top; r++) {
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      const v = grid.raw(r, c);
      if (typeof v !== "string" || isExcelError(v)) continue;
      const t = trimAll(v);
      if (t && (!title || t.length > title.length)) title = t;
    }
  }

  return {
    layout: {
      sheet: "",
      headerRow,
      columns,
      firstDataRow: headerRow + 1,
      lastDataRow,
      lastCol,
      title,
    },
    headerTop: top,
    missing,
    col,
    units,
    sectionCol,
    duplicates,
  };
}
