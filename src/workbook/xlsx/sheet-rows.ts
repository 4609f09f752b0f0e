/**
 * The table sheet's <sheetData>, streamed once, row by row over its bytes (a sheet larger than V8's string limit
 * never becomes one string): a row the plan does not touch is copied as bytes; a touched row whose last cell
 * carries `r` and ends before the added columns (the usual case: the columns go to the right of the table) gets
 * the added cells' XML put before its `</row>`, its own bytes copied; any other touched row is decoded and
 * rewritten with the added cells in column order.
 * Rows without `r` get one (an inserted row would shift them otherwise); in a rewritten row, cells without `r`
 * get one too (in a row appended to they keep their columns as they are); `spans` (an optional hint) is dropped
 * from touched rows.
 */
import type { PlannedCell } from "../../core/types";
import type { Sink } from "./sink";
import { attr, colLetters, colOfRef, dropAttr, setAttr } from "./xml";

/** Makes the XML of a planned cell in row `r`, once the row's own cells (their styles: `styleOf`) are known. */
export type CellMaker = (r: number, cell: PlannedCell | null, styleOf: (col: number) => number) => string;

/** One planned cell of a row: its column, its maker (one per added column), its content. */
export interface PlannedAt {
  col: number;
  make: CellMaker;
  cell: PlannedCell | null;
}

/** What goes into one row, by column (ascending). */
export type RowCells = PlannedAt[];

const CHUNK = 4 << 20;

const encoder = new TextEncoder();

function bytesOf(s: string): Uint8Array {
  return encoder.encode(s);
}

/**
 * Index of `needle` in `hay` from `from` on; -1 when absent. `anchor`: the needle's byte searched for first
 * (natively), best one that is rare in the haystack (the `w` of `</row>`, a reference's letter), not `<`.
 */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0, anchor = 0): number {
  const key = needle[anchor];
  for (let i = hay.indexOf(key, from + anchor) - anchor; i >= from && i + needle.length <= hay.length; i = hay.indexOf(key, i + anchor + 1) - anchor) {
    if (bytesAt(hay, i, needle)) return i;
  }
  return -1;
}

/** Index of the last `needle` in `hay` at or after `from`; -1 when absent. */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  for (let i = hay.lastIndexOf(first, hay.length - needle.length); i >= from; i = i > 0 ? hay.lastIndexOf(first, i - 1) : -1) {
    if (bytesAt(hay, i, needle)) return i;
  }
  return -1;
}

/** Is byte `b` one that may follow an element name ([\s>/])? */
function ends(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

const R_ATTR = bytesOf(' r="');
const S_ATTR = bytesOf(' s="');
const SPANS = bytesOf("spans");

/** The decimal number at `at` (digits only); -1 when there is none. */
function numberAt(b: Uint8Array, at: number): number {
  let n = 0;
  let i = at;
  while (b[i] >= 0x30 && b[i] <= 0x39) n = n * 10 + (b[i++] - 0x30);
  return i === at ? -1 : n;
}

/** The number in attribute `attr` (` r="`, ` s="`) of the start tag in bytes [from, to); -1 when absent. */
function numberAttr(b: Uint8Array, from: number, to: number, attr: Uint8Array): number {
  const at = indexOfBytes(b.subarray(from, to), attr);
  return at < 0 ? -1 : numberAt(b, from + at + attr.length);
}

/** Do the bytes at `at` spell `needle`? */
function bytesAt(b: Uint8Array, at: number, needle: Uint8Array): boolean {
  let j = 0;
  while (j < needle.length && b[at + j] === needle[j]) j++;
  return j === needle.length;
}

/** The column of the reference whose letters start at `at` (upper case, as Excel writes them); 0 when none. */
function colAt(b: Uint8Array, at: number): number {
  let n = 0;
  for (let i = at; b[i] >= 0x41 && b[i] <= 0x5a; i++) n = n * 26 + (b[i] - 0x40);
  return n;
}

export class RowStreamer {
  private readonly rowRe: RegExp;
  private readonly cellRe: RegExp;
  private readonly close: string;
  private readonly cellClose: string;
  private lastRow = 0;
  private readonly pending: number[];
  private next = 0;

  private readonly rowTag: Uint8Array;
  private readonly rowClose: Uint8Array;
  private readonly cellTag: Uint8Array;
  /** Where a reference's letters start in `<c r="A1"`: the byte styleAt searches for first. */
  private readonly refLetters: number;
  private readonly dec = new TextDecoder("utf-8");

  constructor(
    private readonly p: string,
    private readonly rows: ReadonlyMap<number, RowCells>,
    private readonly out: Sink,
  ) {
    this.rowRe = new RegExp(`<${p}row(?=[\\s>/])[^>]*>`, "g");
    this.cellRe = new RegExp(`<${p}c(?=[\\s>/])[^>]*>`, "g");
    this.close = `</${p}row>`;
    this.cellClose = `</${p}c>`;
    this.pending = [...rows.keys()].sort((a, b) => a - b);
    this.rowTag = bytesOf(`<${p}row`);
    this.rowClose = bytesOf(this.close);
    this.cellTag = bytesOf(`<${p}c`);
    this.refLetters = bytesOf(`<${p}c r="`).length;
  }

  /** Stream the bytes between <sheetData> and </sheetData>; `pause` now and then (the output drains). */
  async body(body: Uint8Array, pause: () => Promise<void>): Promise<void> {
    const tag = this.rowTag;
    let pos = 0;
    let paused = 0;
    while (pos < body.length) {
      let start = indexOfBytes(body, tag, pos, tag.length - 1);
      while (start >= 0 && !ends(body[start + tag.length])) start = indexOfBytes(body, tag, start + 1, tag.length - 1);
      if (start < 0) {
        this.out.bytes(body.subarray(pos));
        break;
      }
      if (start > pos) this.out.bytes(body.subarray(pos, start));
      const openEnd = body.indexOf(0x3e, start) + 1;
      if (openEnd === 0) {
        this.chunk(this.dec.decode(body.subarray(start)));
        break;
      }
      let end = openEnd;
      if (body[openEnd - 2] !== 0x2f) {
        const c = indexOfBytes(body, this.rowClose, openEnd, this.rowClose.length - 2);
        end = c < 0 ? body.length : c + this.rowClose.length;
      }
      this.row(body, start, openEnd, end);
      pos = end;
      if (pos - paused > CHUNK) {
        paused = pos;
        await pause();
      }
    }
  }

  /** One row, bytes [start, end) with its start tag ending at `openEnd`: copied, appended to, or rewritten. */
  private row(body: Uint8Array, start: number, openEnd: number, end: number): void {
    const r = numberAttr(body, start, openEnd, R_ATTR);
    const mine = r > 0 ? this.rows.get(r) : undefined;
    if (r > 0 && !mine) {
      this.lastRow = r;
      this.created(r);
      this.out.bytes(body.subarray(start, end));
      return;
    }
    if (r > 0 && mine && end > openEnd && this.append(body, r, mine, start, openEnd, end)) return;
    // Without r, self-closed, or cells that are not simply followed by the added ones: as text.
    this.chunk(this.dec.decode(body.subarray(start, end)));
  }

  /**
   * A touched row whose last cell carries `r` and comes before every added column: its bytes as they are (the
   * start tag without `spans`), then the added cells, then `</row>` (the cells before keep their columns, with or
   * without `r`). False (nothing written) otherwise, or when a cell the added ones take their style from cannot
   * be found by its reference while some cell has none.
   */
  private append(body: Uint8Array, r: number, mine: RowCells, start: number, openEnd: number, end: number): boolean {
    const innerEnd = end - this.rowClose.length;
    const lastCol = this.lastCellCol(body, openEnd, innerEnd);
    if (lastCol < 0 || mine[0].col <= lastCol) return false;
    let unsure = false;
    const styleOf = (col: number): number => {
      const s = this.styleAt(body, openEnd, innerEnd, col, r);
      if (s === null && this.someCellWithoutR(body, openEnd, innerEnd)) unsure = true;
      return s ?? 0;
    };
    let added = "";
    for (const m of mine) added += m.make(r, m.cell, styleOf);
    if (unsure) return false;
    this.lastRow = r;
    this.created(r);
    if (this.pending[this.next] === r) this.next++;
    // `spans` (an optional hint) would no longer cover the row.
    if (indexOfBytes(body.subarray(start, openEnd), SPANS) >= 0) this.out.emit(dropAttr(this.dec.decode(body.subarray(start, openEnd)), "spans"));
    else this.out.bytes(body.subarray(start, openEnd));
    this.out.bytes(body.subarray(openEnd, innerEnd));
    this.out.emit(added + this.close);
    return true;
  }

  /** The column of the row's last cell (bytes [from, to)); 0 without cells, -1 when it has no `r`. */
  private lastCellCol(body: Uint8Array, from: number, to: number): number {
    const tag = this.cellTag;
    for (let at = body.lastIndexOf(0x3c, to - 1); at >= from; at = at > 0 ? body.lastIndexOf(0x3c, at - 1) : -1) {
      const k = at + tag.length;
      if (!bytesAt(body, at, tag) || !ends(body[k])) continue;
      if (!bytesAt(body, k, R_ATTR)) return -1;
      const col = colAt(body, k + R_ATTR.length);
      return col > 0 ? col : -1;
    }
    return 0;
  }

  /** Does some cell of the row (bytes [from, to)) start without ` r="`? */
  private someCellWithoutR(body: Uint8Array, from: number, to: number): boolean {
    const tag = this.cellTag;
    for (let at = indexOfBytes(body, tag, from); at >= 0 && at < to; at = indexOfBytes(body, tag, at + 1)) {
      const k = at + tag.length;
      if (!ends(body[k])) continue;
      if (!bytesAt(body, k, R_ATTR)) return true;
    }
    return false;
  }

  /** The style (`s`) of the cell `<c r="…">` at `col` in row `r` (bytes [from, to)): 0 without `s`, null when not found. */
  private styleAt(body: Uint8Array, from: number, to: number, col: number, r: number): number | null {
    const ref = bytesOf(`<${this.p}c r="${colLetters(col)}${r}"`);
    const at = indexOfBytes(body.subarray(from, to), ref, 0, this.refLetters);
    if (at < 0) return null;
    const close = body.indexOf(0x3e, from + at);
    const s = numberAttr(body, from + at, close < 0 ? to : close + 1, S_ATTR);
    return s > 0 ? s : 0;
  }

  /** The rows the plan adds below or between the existing ones, up to (not including) `before`. */
  private created(before: number): void {
    while (this.next < this.pending.length && this.pending[this.next] < before) {
      const r = this.pending[this.next++];
      this.out.emit(`<${this.p}row r="${r}">${this.cells(r, [], () => 0)}</${this.p}row>`);
    }
  }

  /** After the last existing row: the rows still to come. */
  finish(): void {
    this.created(Infinity);
  }

  private chunk(text: string): void {
    const re = this.rowRe;
    re.lastIndex = 0;
    let at = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const open = m[0];
      const selfClosed = open.endsWith("/>");
      let end = m.index + open.length;
      if (!selfClosed) {
        const c = text.indexOf(this.close, end);
        end = c < 0 ? text.length : c + this.close.length;
      }
      if (m.index > at) this.out.emit(text.slice(at, m.index));
      const rAttr = attr(open, "r");
      const r = rAttr ? Number(rAttr) : this.lastRow + 1;
      this.lastRow = r;
      this.created(r);
      const mine = this.rows.get(r);
      if (mine) {
        if (this.pending[this.next] === r) this.next++;
        const inner = selfClosed ? "" : text.slice(m.index + open.length, end - this.close.length);
        let tag = rAttr ? open : setAttr(open, "r", String(r));
        if (tag.includes("spans")) tag = dropAttr(tag, "spans");
        if (selfClosed) tag = tag.replace(/\s*\/>$/, ">");
        this.out.emit(`${tag}${this.rewrite(r, inner)}${this.close}`);
      } else if (!rAttr) {
        this.out.emit(setAttr(open, "r", String(r)) + text.slice(m.index + open.length, end));
      } else {
        this.out.emit(text.slice(m.index, end));
      }
      at = end;
      re.lastIndex = end;
    }
    if (at < text.length) this.out.emit(text.slice(at));
  }

  /** A touched row's cells: the row's own, with the plan's put in column order (replacing any at that column). */
  private rewrite(r: number, inner: string): string {
    const own: { col: number; xml: string; s: number }[] = [];
    const re = this.cellRe;
    re.lastIndex = 0;
    let col = 0;
    for (let m = re.exec(inner); m; m = re.exec(inner)) {
      const open = m[0];
      let end = m.index + open.length;
      if (!open.endsWith("/>")) {
        const c = inner.indexOf(this.cellClose, end);
        end = c < 0 ? inner.length : c + this.cellClose.length;
      }
      const ref = attr(open, "r");
      col = ref ? colOfRef(ref) : col + 1;
      const xml = ref ? inner.slice(m.index, end) : setAttr(open, "r", `${colLetters(col)}${r}`) + inner.slice(m.index + open.length, end);
      own.push({ col, xml, s: Number(attr(open, "s") ?? 0) });
      re.lastIndex = end;
    }
    const styles = new Map(own.map((c) => [c.col, c.s]));
    return this.cells(r, own, (c) => styles.get(c) ?? 0);
  }

  private cells(r: number, own: { col: number; xml: string }[], styleOf: (col: number) => number): string {
    const mine = this.rows.get(r);
    if (!mine) return own.map((c) => c.xml).join("");
    let out = "";
    let k = 0;
    const put = () => {
      const m = mine[k++];
      out += m.make(r, m.cell, styleOf);
    };
    for (const c of own) {
      while (k < mine.length && mine[k].col < c.col) put();
      if (k < mine.length && mine[k].col === c.col) put();
      else out += c.xml;
    }
    while (k < mine.length) put();
    return out;
  }
}
