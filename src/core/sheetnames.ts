/**
 * Excel's rules for sheet names (DOMAIN.md section 6), as Excel, LibreOffice and WPS enforce them:
 * - 1 to 31 characters (UTF-16 code units, as Excel counts them);
 * - none of [ ] : * ? / \ ;
 * - may not begin or end with an apostrophe;
 * - "History" is reserved (any case);
 * - unique in the workbook, ignoring case.
 * Pure; never throws.
 */

export const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[[\]:*?/\\]/g;

/** The key two names are compared by (Excel compares sheet names case-insensitively). */
export function sheetNameKey(name: string): string {
  return name.toUpperCase();
}

function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) < 0x20) return true;
  return false;
}

/** True when Excel accepts `name` as a sheet name (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  if (name.length < 1 || name.length > MAX_SHEET_NAME) return false;
  if (/[[\]:*?/\\]/.test(name)) return false;
  if (name.startsWith("'") || name.endsWith("'")) return false;
  if (name.toLowerCase() === "history") return false;
  // Control characters are refused by Excel too.
  if (hasControl(name)) return false;
  return true;
}

/** Cut to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  let out = s.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/**
 * Any text → a valid sheet name: forbidden characters become "_", white space runs become one space,
 * leading/trailing apostrophes and spaces go, the rest is cut to 31 characters. `fallback` when nothing is left.
 */
export function sanitizeSheetName(text: string, fallback = "Sheet"): string {
  let s = text
    .split("")
    .map((ch) => (ch.charCodeAt(0) < 0x20 ? " " : ch))
    .join("")
    .replace(FORBIDDEN, "_")
    .replace(/[\s\u3000\u00a0]+/g, " ")
    .trim();
  s = s.replace(/^'+|'+$/g, "").trim();
  s = cut(s, MAX_SHEET_NAME).replace(/'+$/g, "").trim();
  if (!s) s = fallback;
  if (s.toLowerCase() === "history") s = `${s}_`;
  return s;
}

/**
 * A valid name, based on `wanted`, that is not in `taken` (compared by sheetNameKey). Adds " (2)", " (3)" …
 * shortening the base so the whole stays within 31 characters. Adds the chosen name to `taken`.
 */
export function uniqueSheetName(wanted: string, taken: Set<string>, fallback = "Sheet"): string {
  const base = sanitizeSheetName(wanted, fallback);
  let name = base;
  for (let n = 2; taken.has(sheetNameKey(name)); n++) {
    const suffix = `(${n})`;
    const head = cut(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/g, "");
    name = `${head}${suffix}`;
  }
  taken.add(sheetNameKey(name));
  return name;
}
