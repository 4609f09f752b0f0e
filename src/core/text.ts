/** Small text helpers every parser shares. Pure; never throw. */

/** Full-width ASCII (０-９, Ａ-Ｚ, ：，；（） …) → half-width; U+3000 → space. Chinese punctuation 、。 stays. */
export function toHalfWidth(s: string): string {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 0x3000) out += " ";
    else if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - 0xfee0);
    else out += ch;
  }
  return out;
}

/** Every kind of white space (incl. U+3000, NBSP, line breaks) removed. */
export function removeSpaces(s: string): string {
  return s.replace(/[\s\u3000\u00a0\ufeff]+/g, "");
}

/** A UTF-16 code the trim below removes (\s, U+3000, NBSP, BOM): the fast path's test. */
function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0x3000 || c === 0xa0 || c === 0xfeff || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
}

/** Trim including full-width spaces and NBSP. */
export function trimAll(s: string): string {
  if (s === "" || (!isSpaceCode(s.charCodeAt(0)) && !isSpaceCode(s.charCodeAt(s.length - 1)))) return s;
  return s.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, "");
}

/** A cell value as text ("" for null). Numbers as Excel would show a general number. */
export function cellText(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

const EXCEL_ERRORS = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#PYTHON!",
]);

/** True for a cell value that is an Excel error as adapters hand it over ("#N/A", "#REF!" …). */
export function isExcelError(v: unknown): v is string {
  if (typeof v !== "string" || v.length > 40) return false;
  const s = v.trim();
  return s.charCodeAt(0) === 0x23 /* # */ && EXCEL_ERRORS.has(s.toUpperCase());
}
