/**
 * 回收, reading side: one returned unit workbook's sheet → its unit and its rows, whatever the unit did to it —
 * renamed the file, re-sorted or deleted rows, added rows, typed the fill-in text into the wrong column (a
 * status sentence in 完成状态, text in a column with no header, text over 当前状态 once protection was off).
 */
import type { CellValue, SheetCells } from "../types";
import { strings, type Lang, LANGS } from "../../strings";
import { cellText, trimAll } from "../text";
import { isDone } from "../status";
import { COPY_SUFFIX, REPORT_STATUS_WORDS, SENTENCE_MARKS, UNIT_BOOK_MARK } from "../vocab/cycle";
import { BOOK_FIELDS, type BookField } from "./unit-book";
import { keyText } from "./key";

export interface ReturnedRow {
  /** 1-based sheet row in the returned file. */
  sheetRow: number;
  key: string;
  no: string | null;
  task: string;
  requirement: string;
  progress: string;
  status: string;
  evidence: string;
  contact: string;
  /** Fill-in text was found in another column and moved to 进展情况 / 完成状态. */
  moved: boolean;
}

export interface ReturnedBook {
  file: string;
  /** The unit, from the sheet's second row (else the file name "<table> - <unit>.xlsx"); null when neither says. */
  unit: string | null;
  rows: ReturnedRow[];
}


/** Header text (spaces removed) → field, in every UI language. */
function headerFields(): Map<string, BookField> {
  const map = new Map<string, BookField>();
  for (const l of LANGS) for (const f of BOOK_FIELDS) map.set(keyText(strings(l).cycle.bookHeaders[f]), f);
  return map;
}

/** Every word 当前状态 may hold as written at split time. */
function stateWords(): Set<string> {
  const set = new Set<string>();
  for (const l of LANGS) for (const w of Object.values(strings(l).words.state)) set.add(keyText(w));
  return set;
}

/** A short status word (已完成, 正在推进, 进行中 …) rather than a sentence of progress. */
export function isStatusWord(text: string): boolean {
  const k = keyText(text);
  if (!k) return false;
  if (isDone(k) || REPORT_STATUS_WORDS.includes(k)) return true;
  return k.length <= 6 && !SENTENCE_MARKS.test(k);
}

const text = (v: CellValue | undefined): string => trimAll(cellText(v ?? null));

/** The unit named in the first rows: the cell two right of the mark, else the cell after the 报送单位 label. */
function unitFromCells(values: CellValue[][]): string | null {
  const labels = new Set(LANGS.map((l) => keyText(strings(l).cycle.unitLabel)));
  for (const row of values.slice(0, 6)) {
    for (let j = 0; j < row.length; j++) {
      const v = text(row[j]);
      if (v === UNIT_BOOK_MARK && text(row[j + 2])) return keyText(text(row[j + 2]));
      if (labels.has(keyText(v))) {
        const next = row.slice(j + 1).map(text).find((x) => x);
        if (next) return keyText(next);
      }
    }
  }
  return null;
}

/** "<table> - <unit>.xlsx" → unit (a "(2)" copy suffix dropped). */
export function unitFromFileName(file: string): string | null {
  const base = (file.split(/[\\/]/).pop() ?? "").replace(/\.[^.]+$/, "").replace(COPY_SUFFIX, "");
  const at = base.lastIndexOf(" - ");
  return at >= 0 ? keyText(base.slice(at + 3)) || null : null;
}

/**
 * Read one sheet of a returned workbook. Null when it has no header row with a 任务编号 column in its first
 * ten rows (not a unit workbook's sheet).
 */
export function readReturnedSheet(cells: SheetCells, file: string, lang: Lang = "zh-CN"): ReturnedBook | null {
  const joiner = strings(lang).cycle.textSep;
  const fields = headerFields();
  const values = cells.values;
  let headerAt = -1;
  const colOf = new Map<BookField, number>();
  for (let i = 0; i < Math.min(values.length, 10) && headerAt < 0; i++) {
    const row = values[i] ?? [];
    const found = new Map<BookField, number>();
    row.forEach((v, j) => {
      const f = fields.get(keyText(text(v)));
      if (f && !found.has(f)) found.set(f, j);
    });
    if (found.has("key")) {
      headerAt = i;
      for (const [f, j] of found) colOf.set(f, j);
    }
  }
  if (headerAt < 0) return null;
  const headerRow = values[headerAt] ?? [];
  const known = new Set(colOf.values());
  const states = stateWords();
  const rows: ReturnedRow[] = [];
  for (let i = headerAt + 1; i < values.length; i++) {
    const row = values[i] ?? [];
    if (!row.some((v) => text(v))) continue;
    const get = (f: BookField) => {
      const j = colOf.get(f);
      return j === undefined ? "" : text(row[j]);
    };
    let progress = get("progress");
    let status = get("status");
    let moved = false;
    const stray: string[] = [];
    // Text in a column the header does not name (typed right of the table, or in a column the unit added).
    row.forEach((v, j) => {
      if (known.has(j) && text(headerRow[j])) return;
      if (text(v)) stray.push(text(v));
    });
    // 当前状态 is ours: anything else there was typed by the unit.
    const state = get("state");
    if (state && !states.has(keyText(state))) stray.push(state);
    if (status && !isStatusWord(status)) {
      stray.unshift(status);
      status = "";
    }
    if (progress && !status && isStatusWord(progress) && stray.length === 0) {
      status = progress;
      progress = "";
      moved = true;
    }
    if (stray.length) {
      progress = [progress, ...stray].filter((x) => x).join(joiner);
      moved = true;
    }
    const no = get("no");
    rows.push({
      sheetRow: cells.firstRow + i,
      key: keyText(get("key")),
      no: no || null,
      task: get("task"),
      requirement: get("requirement"),
      progress,
      status,
      evidence: get("evidence"),
      contact: get("contact"),
      moved,
    });
  }
  return { file, unit: unitFromCells(values) ?? unitFromFileName(file), rows };
}
