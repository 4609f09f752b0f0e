/**
 * A generated sheet (overview, unit sheets) written directly as worksheet XML, row by row, in the schema's
 * element order: sheetPr (tab colour), dimension, sheetViews (frozen header), sheetFormatPr, cols, sheetData,
 * autoFilter, pageMargins, drawing (its charts: drawings.ts). Cells as cells.ts writes them; their looks (font, fill, date, wrap) from the shared StyleBook.
 */
import type { PlannedCell, PlannedSheet } from "../../core/types";
import { cellTail } from "./cells";
import { VML_RID, type CellNote } from "./comments";
import type { StyleBook } from "./styles";
import type { Sink } from "./sink";
import { colLetters } from "./xml";

/**
 * What one write keeps per planned cell, across its sheets (the plan lists a task's cells once for every unit
 * sheet it is on): what follows its reference — its style, type, value and `</c>` — encoded once as UTF-8 into
 * one growing buffer (no small array per cell), in a column that wraps and in one that does not.
 */
export class CellCache {
  private readonly ids = new Map<PlannedCell, number>();
  /** Rows by their first cell: the cells and their numbers (one lookup for a task's row on the next sheet). */
  readonly rows = new Map<PlannedCell, { cells: readonly PlannedCell[]; ids: number[] }>();
  private readonly enc = new TextEncoder();
  /** The cells' bytes, one after another: cell `id` in a wrapping column (w = 1) or not (w = 0) is bytes
   * [at[2·id + w], at[2·id + w] + len[2·id + w]); length 0: nothing to write; at -1: not made yet. */
  bytes = new Uint8Array(1 << 16);
  private used = 0;
  readonly at: number[] = [];
  readonly len: number[] = [];
  /** 1 when cell `id` carries a note. */
  readonly noted: number[] = [];
  private readonly tails: string[] = [];

  /** `shared`: the workbook's shared strings by text (shared.ts): texts found there are written as references. */
  constructor(
    private readonly styles: StyleBook,
    private readonly shared: ReadonlyMap<string, number> = new Map(),
  ) {}

  /** The cell's number in this cache. */
  id(p: PlannedCell): number {
    const known = this.ids.get(p);
    if (known !== undefined) return known;
    const id = this.tails.length;
    this.ids.set(p, id);
    this.tails.push(cellTail("", p, this.shared));
    this.noted.push(p.note ? 1 : 0);
    this.at.push(-1, -1);
    this.len.push(0, 0);
    return id;
  }

  /** Make the bytes of cell `id` (planned as `p`) in a column that wraps (w = 1) or not; returns their slot. */
  make(p: PlannedCell, id: number, w: 0 | 1): number {
    const k = 2 * id + w;
    if (this.at[k] >= 0) return k;
    const wrap = w === 1 || !!p.wrap;
    let st = 0;
    if (p.bold || p.link || p.date || wrap || p.italic || p.size || p.color || p.fill)
      st = this.styles.look({ bold: p.bold, link: !!p.link, date: p.date, wrap, italic: p.italic, size: p.size, color: p.color, fill: p.fill });
    const tail = this.tails[id];
    const body = tail ? (st ? ` s="${st}"${tail}` : tail) : st ? ` s="${st}"/>` : "";
    if (this.bytes.length - this.used < body.length * 3) {
      const grown = new Uint8Array(Math.max(this.bytes.length * 2, this.used + body.length * 3));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
    }
    const n = body ? this.enc.encodeInto(body, this.bytes.subarray(this.used)).written : 0;
    this.at[k] = this.used;
    this.len[k] = n;
    this.used += n;
    return k;
  }
}

/** ASCII text as bytes. */
function asciiBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

const ROW_OPEN = asciiBytes('<row r="');
const ROW_CLOSE = asciiBytes("</row>");

/**
 * A row not seen before, made like one seen (the engine then sees one kind of object, and one kind of array:
 * an array that held an object, not an empty literal, which is an array of small integers to it).
 */
const NO_ROW: { cells: readonly PlannedCell[]; ids: number[] } = { cells: [{ value: null }].slice(1), ids: [0].slice(1) };

/** What writeRows needs besides the rows: per column its `<c r="…` bytes and wrap; room for a row's numbers. */
interface RowsOut {
  heads: Uint8Array[];
  wraps: (0 | 1)[];
  notes: CellNote[];
  ids: number[];
  slots: number[];
  digits: Uint8Array;
}

/**
 * Rows `from`… of a sheet (0-based) into `out`, up to the row after which a chunk went to the compressor (the
 * caller pauses then); returns the next row's index. Synchronous and apart from writeNewSheet, and it reads no
 * property of the planned cells (the cache did, once per cell): the engine optimises it once, whatever mix of
 * cells the sheets bring.
 */
function writeRows(rows: readonly (readonly PlannedCell[])[], from: number, out: Sink, cache: CellCache, o: RowsOut): number {
  const { heads, wraps, ids, slots, digits } = o;
  let i = from;
  while (i < rows.length) {
    const cells = rows[i++];
    const r = i;
    // The row's cells first: their slots, and the room the row takes (an empty row is left out). A row that
    // starts with the same cell as one seen before (a task on another unit's sheet) mostly has the same cells.
    const seen = (cells.length ? cache.rows.get(cells[0]) : undefined) ?? NO_ROW;
    let size = 0;
    for (let j = 0; j < cells.length; j++) {
      const p = cells[j];
      const id = seen.cells[j] === p ? seen.ids[j] : cache.id(p);
      ids[j] = id;
      const k = cache.make(p, id, wraps[j]);
      slots[j] = k;
      if (cache.len[k]) size += cache.len[k] + heads[j].length + 18;
      if (cache.noted[id]) o.notes.push({ row: r, col: j + 1, text: p.note ?? "" });
    }
    if (cells.length && seen === NO_ROW) cache.rows.set(cells[0], { cells, ids: ids.slice(0, cells.length) });
    if (!size) continue;
    let nd = 0;
    for (let x = r; x > 0; x = Math.floor(x / 10)) digits[nd++] = 48 + (x % 10);
    out.room(size + 32);
    const buf = out.buf;
    const { bytes, at, len } = cache;
    let pos = out.pos;
    buf.set(ROW_OPEN, pos);
    pos += ROW_OPEN.length;
    for (let d = nd - 1; d >= 0; d--) buf[pos++] = digits[d];
    buf[pos++] = 0x22; // "
    buf[pos++] = 0x3e; // >
    for (let j = 0; j < cells.length; j++) {
      const k = slots[j];
      const n = len[k];
      if (!n) continue;
      const head = heads[j];
      for (let h = 0; h < head.length; h++) buf[pos++] = head[h];
      for (let d = nd - 1; d >= 0; d--) buf[pos++] = digits[d];
      buf[pos++] = 0x22; // "
      const start = at[k];
      if (n < 32) for (let b = 0; b < n; b++) buf[pos++] = bytes[start + b];
      else {
        buf.set(bytes.subarray(start, start + n), pos);
        pos += n;
      }
    }
    buf.set(ROW_CLOSE, pos);
    out.pos = pos + ROW_CLOSE.length;
    if (out.pushed) break;
  }
  return i;
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * `cache`: what is kept per planned cell across the sheets of one write (above). `drawingRid`: the sheet's
 * relationship to its drawing (its charts), written after pageMargins as the schema orders.
 */
export async function writeNewSheet(s: PlannedSheet, out: Sink, cache: CellCache, drawingRid?: string): Promise<CellNote[]> {
  const emit = (x: string) => out.emit(x);
  const wrap = new Set(s.wrapColumns ?? []);
  const width = s.rows.reduce((w, r) => Math.max(w, r.length), 1);
  const tab = s.tabColor ? `<sheetPr><tabColor rgb="FF${s.tabColor.replace(/^#/, "").toUpperCase()}"/></sheetPr>` : "";
  const f = s.freezeRows ?? 0;
  const view = f
    ? `<sheetView workbookViewId="0"><pane ySplit="${f}" topLeftCell="A${f + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${f + 1}" sqref="A${f + 1}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const cols = (s.columnWidths ?? [])
    .map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  emit(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${tab}` +
      `<dimension ref="A1:${colLetters(width)}${Math.max(1, s.rows.length)}"/><sheetViews>${view}</sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`,
  );
  // Per column: `<c r="` and its letters, and whether it wraps. Per cell: its bytes from the cache.
  const heads = Array.from({ length: width }, (_, j) => asciiBytes(`<c r="${colLetters(j + 1)}`));
  const rows: RowsOut = { heads, wraps: heads.map((_, j): 0 | 1 => (wrap.has(j + 1) ? 1 : 0)), notes: [], ids: [], slots: [], digits: new Uint8Array(16) };
  for (let i = 0; i < s.rows.length; ) {
    i = writeRows(s.rows, i, out, cache, rows);
    if (out.pushed) await out.pause();
  }
  const notes = rows.notes;
  const af = s.autoFilterRow ? `<autoFilter ref="A${s.autoFilterRow}:${colLetters(width)}${s.autoFilterRow}"/>` : "";
  // Notes: the comments and VML parts are written beside the sheet (comments.ts); the sheet names the drawing.
  // Charts: the drawing part (drawings.ts), named before the notes' drawing as the schema orders.
  const drawing = drawingRid ? `<drawing r:id="${drawingRid}"/>` : "";
  const legacy = notes.length ? `<legacyDrawing r:id="${VML_RID}"/>` : "";
  emit(`</sheetData>${af}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}${legacy}</worksheet>`);
  return notes;
}
