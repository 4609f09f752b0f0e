/**
 * The body of the table: section rows vs task rows, carried-down task cells, cell errors.
 * Every row keeps its sheet row number.
 */
import type { CellValue, ColumnInfo } from "../types";
import { cellText, trimAll } from "../text";
import type { Grid } from "./grid";
import type { FoundLayout } from "./layout";
import { alternation } from "../vocab/words";
import { FOOTER_LABELS, TOTAL_WORDS } from "../vocab/table-words";

/** A heading such as "一、持续推进行政决策公开", "（三）加强平台建设", "第二部分 …". */
const HEADING = /^([一二三四五六七八九十百零〇]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百]+\s*[）)]|第[一二三四五六七八九十百0-9]+[部分章节篇])/;

/** A note line: 注：…, 备注：…, 说明：…, 填表人：…, 联系人：…, 制表/审核：… */
const NOTE = /^(注|备注|说明|附注|填表人|填报人|联系人|联系电话|制表人?|审核人?|填表说明)\s*[0-9０-９]?\s*[:：]/;

/** A footer label: "填报单位：…", "填报单位（盖章）：", "联系电话:" (DOMAIN.md §8). */
const FOOTER = new RegExp(`^(${alternation(FOOTER_LABELS)})\\s*([（(][^）)]{0,12}[）)])?\\s*[:：]`);
/** A long footer label alone in its cell, or followed by a space ("填报单位 市政府办"). */
const FOOTER_BARE = new RegExp(`^(${alternation(FOOTER_LABELS.filter((w) => w.length >= 3))})(\\s|$)`);
const TOTAL = new RegExp(`^(${alternation(TOTAL_WORDS)})$`);

/** A line under the table that is not a task: its first text is a footer label, or one of its first texts is 合计 / 小计. */
export function isFooterRow(own: readonly { text: string }[]): boolean {
  const first = own[0];
  if (!first) return false;
  const t = first.text.replace(/\s+/g, " ");
  if (FOOTER.test(t) || FOOTER_BARE.test(t)) return true;
  return own.slice(0, 2).some((o) => TOTAL.test(o.text.replace(/\s+/g, "")));
}

function isRepeatedHeader(grid: Grid, found: FoundLayout, row: number): boolean {
  let same = 0;
  for (const c of found.layout.columns) {
    const t = grid.rawText(row, c.col);
    if (!t) continue;
    if (t.replace(/\s+/g, "") !== c.header.replace(/\s+/g, "")) return false;
    same++;
  }
  return same >= 2;
}

export function looksLikeHeading(text: string): boolean {
  return HEADING.test(trimAll(text));
}

export interface UnitCell {
  column: ColumnInfo;
  text: string;
}

export interface BodyRow {
  row: number;
  no: string | null;
  section: string | null;
  task: string;
  /** The task came from a merged area or a row above, not from this row's own cell. */
  taskCarried: boolean;
  requirement: string;
  unitCells: UnitCell[];
  /** The visible value of the deadline cell (a merged area's top-left value) and its number format. */
  deadlineValue: CellValue;
  deadlineFormat: string | null;
  status: string | null;
  /** Columns whose visible value is an Excel error (reported as cell-error, not as missing). */
  errorCols: Set<number>;
}

export interface SectionRow {
  row: number;
  heading: string;
}

export interface CellErrorAt {
  row: number;
  col: number;
  value: string;
}

export interface TableBody {
  rows: BodyRow[];
  sections: SectionRow[];
  errors: CellErrorAt[];
  /** Footer lines (填报单位, 联系电话, 合计 …): sheet rows not read as tasks. */
  footers: number[];
}

function ownText(v: CellValue): string {
  return trimAll(cellText(v));
}

export function readBody(grid: Grid, found: FoundLayout): TableBody {
  const { layout, col, units } = found;
  const first = grid.firstCol;
  const last = layout.lastCol;
  const rows: BodyRow[] = [];
  const sections: SectionRow[] = [];
  const errors: CellErrorAt[] = [];
  const footers: number[] = [];
  let section: string | null = null;
  let carried = "";

  for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
    const own: { col: number; text: string }[] = [];
    const errorCols = new Set<number>();
    let ownError = false;
    for (let c = first; c <= last; c++) {
      if (grid.isError(r, c)) {
        ownError = true;
        errors.push({ row: r, col: c, value: String(grid.raw(r, c)).trim().toUpperCase() });
        continue;
      }
      const t = ownText(grid.raw(r, c));
      if (t) own.push({ col: c, text: t });
    }
    if (own.length === 0 && !ownError) continue;
    for (let c = first; c <= last; c++) {
      const o = grid.origin(r, c);
      if (grid.isError(o.row, o.col)) errorCols.add(c);
    }

    // A note under or inside the table ("注：…", "填表人：…") is not a task.
    const only = own.length === 1 ? own[0] : undefined;
    if (only && NOTE.test(only.text) && !isFooterRow(own)) continue;
    // A footer line under the table (填报单位：…, 联系电话：…, 合计) is not a task either; the user is told.
    if (isFooterRow(own)) {
      footers.push(r);
      continue;
    }
    // A header repeated inside the body (a table pasted from several pages) is not a task.
    if (isRepeatedHeader(grid, found, r)) continue;

    // A section row: its only text is a heading (or one text merged across several columns).
    if (only && errorCols.size === 0) {
      const merge = grid.mergeAt(r, only.col);
      const wide = merge !== null && merge.right > merge.left && merge.right - merge.left + 1 >= Math.min(3, last - first + 1);
      if (looksLikeHeading(only.text) || (wide && only.col !== col.no?.col)) {
        section = only.text;
        carried = only.text;
        sections.push({ row: r, heading: only.text });
        continue;
      }
    }

    // A section column (一级任务 beside 具体任务): a new heading there starts a new group.
    if (found.sectionCol) {
      const c = found.sectionCol.col;
      const h = grid.text(r, c);
      if (h && h !== section) {
        section = h;
        carried = h;
      }
    }

    let task = "";
    let taskCarried = false;
    if (col.task) {
      const c = col.task.col;
      task = grid.text(r, c);
      if (grid.coveredBy(r, c)) taskCarried = true;
      if (!task && !errorCols.has(c) && !grid.coveredBy(r, c)) {
        task = carried;
        taskCarried = task !== "";
      }
      if (task) carried = task;
    }
    const rowSection = section ?? (col.task && looksLikeHeading(task) ? task : null);
    const dl = col.deadline ? grid.origin(r, col.deadline.col) : null;
    rows.push({
      row: r,
      no: col.no ? grid.text(r, col.no.col) || null : null,
      section: rowSection,
      task,
      taskCarried,
      requirement: col.requirement ? grid.text(r, col.requirement.col) : "",
      unitCells: units.map((u) => ({ column: u, text: grid.text(r, u.col) })),
      deadlineValue: dl ? grid.raw(dl.row, dl.col) : null,
      deadlineFormat: dl ? grid.numberFormat(dl.row, dl.col) : null,
      status: col.status ? grid.text(r, col.status.col) : null,
      errorCols,
    });
  }
  return { rows, sections, errors, footers };
}
