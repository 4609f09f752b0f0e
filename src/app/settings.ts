/**
 * The one settings validator: the pane's settings form, the import view's year field, the CLI's --year /
 * --as-of / --due-soon and the settings stored with a workbook all read values through these functions, so they
 * accept exactly the same things.
 *
 * The bounds (documented in README "Settings"):
 * - plan year: four digits, 1990 to 2100 (a trailing 年 is allowed in forms);
 * - due-soon days: a whole number from 0 to 366 (a leap year's worth);
 * - as-of date: a real calendar date written yyyy-mm-dd.
 * Full-width digits (０–９) count as digits everywhere; spaces around a value are ignored.
 */
import { isIsoDate } from "../core/dates";
import { DEFAULT_SETTINGS, type HostSettings } from "./host";

export const SETTINGS_BOUNDS = {
  year: { min: 1990, max: 2100 },
  dueSoonDays: { min: 0, max: 366 },
} as const;

/** Full-width digits → ASCII digits, spaces around trimmed. */
export function halfWidthDigits(text: string): string {
  return text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).trim();
}

/** A plan year as typed ("2022", "２０２２年" with `allowNian`), or null when it is not one within the bounds. */
export function readYear(value: unknown, opts: { allowNian?: boolean } = {}): number | null {
  if (typeof value === "number") return isYear(value) ? value : null;
  if (typeof value !== "string") return null;
  let t = halfWidthDigits(value);
  if (opts.allowNian) t = t.replace(/年$/, "");
  if (!/^\d{4}$/.test(t)) return null;
  const y = Number(t);
  return isYear(y) ? y : null;
}

export function isYear(y: number): boolean {
  return Number.isInteger(y) && y >= SETTINGS_BOUNDS.year.min && y <= SETTINGS_BOUNDS.year.max;
}

/** Due-soon days as typed ("15", "３０"), or null when not a whole number within the bounds. */
export function readDueSoonDays(value: unknown): number | null {
  if (typeof value === "number") return isDueSoonDays(value) ? value : null;
  if (typeof value !== "string") return null;
  const t = halfWidthDigits(value);
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return isDueSoonDays(n) ? n : null;
}

export function isDueSoonDays(n: number): boolean {
  return Number.isInteger(n) && n >= SETTINGS_BOUNDS.dueSoonDays.min && n <= SETTINGS_BOUNDS.dueSoonDays.max;
}

/** An as-of date as typed ("2022-11-01", full-width digits allowed), or null when not a real yyyy-mm-dd date. */
export function readAsOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const t = halfWidthDigits(value);
  return isIsoDate(t) ? t : null;
}

/** Settings stored with a workbook (JSON from an earlier version, or edited by hand) → the fields that are valid. */
export function parseStoredSettings(raw: unknown): Partial<HostSettings> {
  const out: Partial<HostSettings> = {};
  if (!raw || typeof raw !== "object") return out;
  const r = raw as Record<string, unknown>;
  if (r.year === null) out.year = null;
  else if (typeof r.year === "number" && isYear(r.year)) out.year = r.year;
  if (r.asOf === null) out.asOf = null;
  else if (typeof r.asOf === "string" && isIsoDate(r.asOf)) out.asOf = r.asOf;
  if (typeof r.dueSoonDays === "number" && isDueSoonDays(r.dueSoonDays)) out.dueSoonDays = r.dueSoonDays;
  if (r.sheet === null || (typeof r.sheet === "string" && r.sheet.trim() !== "")) out.sheet = r.sheet;
  if (r.outputLang === "table" || r.outputLang === "zh-CN" || r.outputLang === "en-US") out.outputLang = r.outputLang;
  return out;
}

/** Stored settings over the defaults. */
export function storedSettings(raw: unknown): HostSettings {
  return { ...DEFAULT_SETTINGS, ...parseStoredSettings(raw) };
}
