/**
 * One worksheet's cells, streamed: only the cells that hold something are kept (sparse), with their number
 * formats; plus merged areas and hidden columns. A sheet whose XML is hundreds of MB is read chunk by chunk; a
 * single value in XFD1048576 costs one entry, not a million rows.
 */
import type { CellValue, MergedArea } from "../../core/types";
import type { XlsxBook } from "./book";
import { decodeOoxmlEscapes, decodeXml, scanBytes, scanBytesAsync, type XmlHandler } from "./xml-scan";

export interface SparseRow {
  cols: number[];
  values: CellValue[];
  formats: (string | null)[];
}

export interface SparseSheet {
  name: string;
  /** Non-empty rows by 1-based row number, in sheet order. */
  rows: Map<number, SparseRow>;
  merges: MergedArea[];
  hiddenCols: number[];
  /** The scan stopped at maxRows: rows below were not read. */
  truncated: boolean;
}

/** Fast attribute lookup for the hot path (one tag per cell): ` name="value"`. */
function fastAttr(attrs: string, name: string): string | null {
  let i = attrs.indexOf(name + "=");
  while (i >= 0) {
    const before = i === 0 ? 32 : attrs.charCodeAt(i - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = attrs.charAt(i + name.length + 1);
      const end = attrs.indexOf(q, i + name.length + 2);
      if (end < 0) return null;
      return attrs.slice(i + name.length + 2, end);
    }
    i = attrs.indexOf(name + "=", i + 1);
  }
  return null;
}

/** "AB12" → { row: 12, col: 28 }; null when not a cell reference. */
export function decodeRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  const row = Number(ref.slice(i).replace("$", ""));
  if (!col || !Number.isInteger(row) || row < 1) return null;
  return { row, col };
}

function decodeRange(ref: string): MergedArea | null {
  const [a, b] = ref.split(":");
  const p = a ? decodeRef(a) : null;
  const q = b ? decodeRef(b) : p;
  if (!p || !q) return null;
  return { top: Math.min(p.row, q.row), left: Math.min(p.col, q.col), bottom: Math.max(p.row, q.row), right: Math.max(p.col, q.col) };
}

const EPOCH_1970 = 25569;

function isoToSerial(s: string): number | null {
  const t = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(s) ? s : s + "Z");
  return Number.isNaN(t) ? null : t / 86400000 + EPOCH_1970;
}

interface SheetScan {
  path: string;
  handler: XmlHandler;
  stop: () => boolean;
  result: () => SparseSheet;
}

/** The scan of one sheet's XML: a handler to feed (synchronously or not) and the sheet it makes. */
function sheetScan(book: XlsxBook, index: number, maxRows?: number): SheetScan {
  const entry = book.sheets[index];
  if (!entry) throw new Error(`no sheet ${index}`);
  const rows = new Map<number, SparseRow>();
  const merges: MergedArea[] = [];
  const hiddenCols: number[] = [];
  let truncated = false;
  let row = 0;
  let col = 0;
  let type = "";
  let style: string | null = null;
  let raw = "";
  let capture = 0; // 1: <v>, 2: <t> of an inline string
  let inIs = false;
  let phonetic = 0;
  let hasValue = false;

  const put = (v: CellValue, fmt: string | null): void => {
    let r = rows.get(row);
    if (!r) rows.set(row, (r = { cols: [], values: [], formats: [] }));
    r.cols.push(col);
    r.values.push(v);
    r.formats.push(fmt);
  };

  const finishCell = (): void => {
    if (!hasValue) return;
    const fmtIndex = style === null ? 0 : Number(style);
    let fmt = book.styleFormats[fmtIndex] ?? null;
    const text = decodeXml(raw);
    let v: CellValue = null;
    switch (type) {
      case "s": {
        const s = book.sharedStrings[Number(text)];
        v = s === undefined || s === "" ? null : s;
        break;
      }
      case "inlineStr":
      case "str":
        v = text === "" ? null : decodeOoxmlEscapes(text);
        break;
      case "b":
        v = text.trim() === "1" || /^true$/i.test(text.trim());
        break;
      case "e":
        v = text.trim() || null;
        break;
      case "d": {
        v = isoToSerial(text.trim());
        if (v !== null && !fmt) fmt = "yyyy-mm-dd";
        break;
      }
      default: {
        const t = text.trim();
        if (t === "") break;
        const n = Number(t);
        v = Number.isFinite(n) ? n : t;
        if (typeof v === "number" && book.date1904 && fmt && /[yd]/i.test(fmt)) v += 1462;
      }
    }
    if (v !== null) put(v, fmt);
  };

  const handler: XmlHandler = {
    open(name, a, self) {
      switch (name) {
        case "row": {
          const r = fastAttr(a, "r");
          row = r ? Number(r) : row + 1;
          col = 0;
          if (maxRows !== undefined && row > maxRows) truncated = true;
          return;
        }
        case "c": {
          const r = fastAttr(a, "r");
          const p = r ? decodeRef(r) : null;
          if (p) {
            row = p.row;
            col = p.col;
          } else col++;
          type = fastAttr(a, "t") ?? "n";
          style = fastAttr(a, "s");
          raw = "";
          hasValue = false;
          inIs = false;
          if (self) return;
          return;
        }
        case "v":
          if (!self) {
            capture = 1;
            hasValue = true;
          }
          return;
        case "is":
          inIs = !self;
          return;
        case "rPh":
          if (!self) phonetic++;
          return;
        case "t":
          if (inIs && !phonetic && !self) {
            capture = 2;
            hasValue = true;
          }
          return;
        case "mergeCell": {
          const ref = fastAttr(a, "ref");
          const m = ref ? decodeRange(ref) : null;
          if (m && (m.bottom > m.top || m.right > m.left)) merges.push(m);
          return;
        }
        case "col": {
          const hidden = fastAttr(a, "hidden");
          const width = fastAttr(a, "width");
          if (hidden === "1" || hidden === "true" || (width !== null && Number(width) === 0)) {
            const min = Number(fastAttr(a, "min"));
            const max = Math.min(Number(fastAttr(a, "max")), min + 1000);
            for (let c = min; c <= max; c++) hiddenCols.push(c);
          }
          return;
        }
      }
    },
    close(name) {
      if (name === "v" || name === "t") capture = 0;
      else if (name === "c") finishCell();
      else if (name === "is") inIs = false;
      else if (name === "rPh") phonetic = Math.max(0, phonetic - 1);
    },
    text(t, cdata) {
      if (capture) raw += cdata ? t.replace(/&/g, "&amp;").replace(/</g, "&lt;") : t;
    },
  };
  const result = (): SparseSheet => {
    if (truncated && maxRows !== undefined) for (const k of [...rows.keys()]) if (k > maxRows) rows.delete(k);
    return { name: entry.name, rows, merges, hiddenCols, truncated };
  };
  return { path: entry.path, handler, stop: () => truncated, result };
}

/** Stream one sheet's cells. `maxRows` stops after that many rows (finding the header quickly). */
export function readSparseSheet(book: XlsxBook, index: number, maxRows?: number): SparseSheet {
  const scan = sheetScan(book, index, maxRows);
  scanBytes(scan.handler, (on) => book.zip.stream(scan.path, on), scan.stop);
  return scan.result();
}

/**
 * The same, inflated by the platform's DecompressionStream where there is one (natively, beside the main thread:
 * a table sheet of many MB), else as readSparseSheet.
 */
export async function readSparseSheetAsync(book: XlsxBook, index: number): Promise<SparseSheet> {
  const scan = sheetScan(book, index);
  await scanBytesAsync(scan.handler, (on) => book.zip.streamAsync(scan.path, on));
  return scan.result();
}
