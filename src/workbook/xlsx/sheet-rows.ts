/**
 * The table sheet's <sheetData>, streamed once: rows are cut from the bytes in chunks at row starts (a sheet
 * larger than V8's string limit never becomes one string), each chunk decoded, the rows the plan touches
 * rewritten with the added cells in column order, the others copied as they are.
 * Rows without `r` get one (an inserted row would shift them otherwise); in a touched row, cells without `r`
 * get one too; `spans` (an optional hint) is dropped from touched rows.
 */
import type { PlannedCell } from "../../core/types";
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

function bytesOf(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** Index of `needle` in `hay` from `from` on; -1 when absent. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  for (let i = hay.indexOf(first, from); i >= 0 && i + needle.length <= hay.length; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Index of the last `needle` in `hay` at or after `from`; -1 when absent. */
export function lastIndexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  for (let i = hay.lastIndexOf(first, hay.length - needle.length); i >= from; i = i > 0 ? hay.lastIndexOf(first, i - 1) : -1) {
    let j = 1;
    while (j < needle.length && hay[i + j] === needle[j]) j++;
    if (j === needle.length) return i;
  }
  return -1;
}

/** Is byte `b` one that may follow an element name ([\s>/])? */
function ends(b: number | undefined): boolean {
  return b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;
}

/** The start of the last `<p:row` at or before `limit` and after `from`; -1 when none. */
function lastRowStart(body: Uint8Array, tag: Uint8Array, from: number, limit: number): number {
  for (let i = body.lastIndexOf(0x3c, limit); i > from; i = body.lastIndexOf(0x3c, i - 1)) {
    let j = 1;
    while (j < tag.length && body[i + j] === tag[j]) j++;
    if (j === tag.length && ends(body[i + j])) return i;
  }
  return -1;
}

export class RowStreamer {
  private readonly rowRe: RegExp;
  private readonly cellRe: RegExp;
  private readonly close: string;
  private readonly cellClose: string;
  private lastRow = 0;
  private readonly pending: number[];
  private next = 0;

  constructor(
    private readonly p: string,
    private readonly rows: ReadonlyMap<number, RowCells>,
    private readonly emit: (s: string) => void,
  ) {
    this.rowRe = new RegExp(`<${p}row(?=[\\s>/])[^>]*>`, "g");
    this.cellRe = new RegExp(`<${p}c(?=[\\s>/])[^>]*>`, "g");
    this.close = `</${p}row>`;
    this.cellClose = `</${p}c>`;
    this.pending = [...rows.keys()].sort((a, b) => a - b);
  }

  /** Stream the bytes between <sheetData> and </sheetData>; `pause` after each chunk (the output drains). */
  async body(body: Uint8Array, pause: () => Promise<void>): Promise<void> {
    const tag = bytesOf(`<${this.p}row`);
    const dec = new TextDecoder("utf-8");
    let pos = 0;
    while (pos < body.length) {
      let cut = body.length;
      if (body.length - pos > CHUNK) {
        cut = lastRowStart(body, tag, pos, pos + CHUNK);
        if (cut < 0) {
          // One row longer than a chunk: take up to the next row start.
          let at = indexOfBytes(body, tag, pos + 1);
          while (at >= 0 && !ends(body[at + tag.length])) at = indexOfBytes(body, tag, at + 1);
          cut = at < 0 ? body.length : at;
        }
      }
      this.chunk(dec.decode(body.subarray(pos, cut)));
      pos = cut;
      await pause();
    }
  }

  /** The rows the plan adds below or between the existing ones, up to (not including) `before`. */
  private created(before: number): void {
    while (this.next < this.pending.length && this.pending[this.next] < before) {
      const r = this.pending[this.next++];
      this.emit(`<${this.p}row r="${r}">${this.cells(r, [], () => 0)}</${this.p}row>`);
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
      if (m.index > at) this.emit(text.slice(at, m.index));
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
        this.emit(`${tag}${this.rewrite(r, inner)}${this.close}`);
      } else if (!rAttr) {
        this.emit(setAttr(open, "r", String(r)) + text.slice(m.index + open.length, end));
      } else {
        this.emit(text.slice(m.index, end));
      }
      at = end;
      re.lastIndex = end;
    }
    if (at < text.length) this.emit(text.slice(at));
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
