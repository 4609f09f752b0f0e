/** A1 addresses and Excel dates for the Office.js adapter. Pure. */
import type { MergedArea } from "../core/types";
import { colLetters, colNumber } from "../core/a1";

/** 1-based rectangle → "A1:C3" (or "A1"). */
export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  const a = `${colLetters(left)}${top}`;
  return top === bottom && left === right ? a : `${a}:${colLetters(right)}${bottom}`;
}

/** A whole column, e.g. "G:G". */
export function columnA1(col: number): string {
  const l = colLetters(col);
  return `${l}:${l}`;
}

/**
 * The address list of a RangeAreas ("Sheet1!A1:B2, 'My, sheet'!C3:D4" or without sheet names) → merged areas.
 * Commas inside a quoted sheet name are not separators. Unreadable parts are skipped.
 */
export function parseAreas(address: string): MergedArea[] {
  const parts: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      parts.push(cur);
      cur = "";
    } else cur += ch;
  }
  parts.push(cur);
  const out: MergedArea[] = [];
  for (const raw of parts) {
    const p = raw.trim();
    const local = p.slice(p.lastIndexOf("!") + 1).replace(/\$/g, "");
    const m = /^([A-Za-z]{1,3})(\d+)(?::([A-Za-z]{1,3})(\d+))?$/.exec(local);
    if (!m) continue;
    const left = colNumber(m[1].toUpperCase());
    const top = Number(m[2]);
    const right = m[3] ? colNumber(m[3].toUpperCase()) : left;
    const bottom = m[4] ? Number(m[4]) : top;
    out.push({ top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) });
  }
  return out;
}

/** ISO date → Excel serial: the core's (src/core/dates.ts), the one place that knows the epoch. */
export { isoToSerial } from "../core/dates";

/** exceljs-style column width (characters) → Office.js points (Calibri 11: 7 px a character + 5 px padding). */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** The workbook's file name from Office.context.document.url ("" when unknown). */
export function fileNameFromUrl(url: string | undefined | null): string {
  if (!url) return "";
  const last = url.split(/[\\/]/).pop() ?? "";
  const clean = last.split(/[?#]/)[0];
  try {
    return decodeURIComponent(clean);
  } catch {
    return clean;
  }
}
