/**
 * One planned cell as sheet XML. Strings are inline strings (sharedStrings.xml stays as it is), or references to
 * the workbook's own shared strings where a generated sheet repeats one (shared.ts), and always text:
 * a string starting with = + - @ is never a formula. An in-workbook link is a HYPERLINK("#'Sheet'!A1", shown)
 * formula with its shown value cached (the same cells the exceljs path wrote, so every reader shows the value
 * without recalculating). Dates are serials (the cell's format shows them).
 */
import type { PlannedCell } from "../../core/types";
import { escText } from "./xml";

const EXCEL_EPOCH_OFFSET = 25569;

/** Serials by ISO date: a table's deadlines repeat (月底, 年底) over thousands of cells. */
const serials = new Map<string, number>();

/** ISO date → Excel serial (1900 date system). */
export function isoToSerial(iso: string): number {
  let n = serials.get(iso);
  if (n === undefined) {
    const [y, m, d] = iso.split("-").map(Number);
    n = Date.UTC(y, m - 1, d) / 86400000 + EXCEL_EPOCH_OFFSET;
    if (serials.size < 4096) serials.set(iso, n);
  }
  return n;
}

/** An Excel string literal. */
function lit(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : "0";
}

/** Does the text need xml:space="preserve" (white space at either end, or a line break)? */
export function keepsSpace(s: string): boolean {
  if (s.length === 0) return false;
  const a = s.charCodeAt(0);
  const z = s.charCodeAt(s.length - 1);
  return a <= 32 || z <= 32 || a === 0x3000 || z === 0x3000 || s.includes("\n");
}

function inline(p: string, s: string): string {
  const space = keepsSpace(s) ? ' xml:space="preserve"' : "";
  return ` t="inlineStr"><${p}is><${p}t${space}>${escText(s)}</${p}t></${p}is>`;
}

/**
 * `<c r="G5" s="3" …>…</c>` for a planned cell (null: a styled empty cell, or nothing when it has no style).
 * `p` is the sheet's SpreadsheetML prefix ("" or "x:").
 */
export function cellXml(p: string, ref: string, s: number, cell: PlannedCell | null): string {
  const head = `<${p}c r="${ref}"${s ? ` s="${s}"` : ""}`;
  const tail = cell ? cellTail(p, cell) : "";
  return tail ? head + tail : s ? `${head}/>` : "";
}

/**
 * What follows `<c r=… s=…` for a cell with something in it (its type, formula, value and `</c>`), "" for an
 * empty one: the same for every place the cell goes, so a writer may keep it per cell (new-sheet.ts does).
 * `shared`: the workbook's shared strings by text (shared.ts); a string found there is written as a reference.
 */
export function cellTail(p: string, cell: PlannedCell, shared?: ReadonlyMap<string, number>): string {
  const v = cell.value;
  if (cell.link) {
    const shown = v === null ? "" : v;
    const friendly = typeof shown === "number" ? num(shown) : lit(String(shown));
    const f = `<${p}f>${escText(`HYPERLINK(${lit(`#${cell.link}`)},${friendly})`)}</${p}f>`;
    return typeof shown === "number" ? `>${f}<${p}v>${num(shown)}</${p}v></${p}c>` : ` t="str">${f}<${p}v>${escText(String(shown))}</${p}v></${p}c>`;
  }
  if (cell.formula) return `><${p}f>${escText(cell.formula.replace(/^=/, ""))}</${p}f></${p}c>`;
  if (cell.date && typeof v === "string") return `><${p}v>${isoToSerial(v)}</${p}v></${p}c>`;
  if (v === null) return "";
  if (typeof v === "number") return `><${p}v>${num(v)}</${p}v></${p}c>`;
  if (typeof v === "boolean") return ` t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  const i = shared?.get(v);
  if (i !== undefined) return ` t="s"><${p}v>${i}</${p}v></${p}c>`;
  return `${inline(p, v)}</${p}c>`;
}
