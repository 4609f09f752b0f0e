/**
 * The one settings validator: the pane's settings form, the import view's year field, the CLI's --year /
 * --as-of / --due-soon and the settings stored with a workbook all read values through these functions, so they
 * accept exactly the same things.
 *
 * The bounds (documented in README "Settings"):
 * - plan year: four digits, 1990 to 2100 (a trailing 年 is allowed in forms);
 * - due-soon days: a whole number from 0 to 366 (a leap year's worth);
 * - long-overdue days (挂牌, 深红): a whole number from 1 to 366;
 * - as-of date: a real calendar date written yyyy-mm-dd.
 * Full-width digits (０–９) count as digits everywhere; spaces around a value are ignored.
 */
import { isIsoDate } from "../core/dates";
import { DEFAULT_SETTINGS, type HostSettings } from "./host";

export const SETTINGS_BOUNDS = {
  year: { min: 1990, max: 2100 },
  dueSoonDays: { min: 0, max: 366 },
  longOverdueDays: { min: 1, max: 366 },
} as const;

/** The 督办 fields' bounds. */
export const CYCLE_BOUNDS = {
  /** 报送时限 (分发): a date or a short phrase, at most this many characters. */
  reportBy: { maxLength: 40 },
  /** Sheet protection password of the unit workbooks: Excel takes at most 255 characters. */
  password: { maxLength: 255 },
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

/** Long-overdue (挂牌) days as typed ("30", "６０"), or null when not a whole number within the bounds. */
export function readLongOverdueDays(value: unknown): number | null {
  if (typeof value === "number") return isLongOverdueDays(value) ? value : null;
  if (typeof value !== "string") return null;
  const t = halfWidthDigits(value);
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return isLongOverdueDays(n) ? n : null;
}

export function isLongOverdueDays(n: number): boolean {
  return Number.isInteger(n) && n >= SETTINGS_BOUNDS.longOverdueDays.min && n <= SETTINGS_BOUNDS.longOverdueDays.max;
}

/** An as-of date as typed ("2022-11-01", full-width digits allowed), or null when not a real yyyy-mm-dd date. */
export function readAsOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const t = halfWidthDigits(value);
  return isIsoDate(t) ? t : null;
}

/**
 * 报送时限 as typed: a real yyyy-mm-dd date (full-width digits allowed) comes back normalised, any other short
 * phrase (10月底前, 每月5日前) as written; "" means none (null). Undefined when too long or on several lines.
 */
export function readReportBy(value: unknown): string | null | undefined {
  if (value === null || value === undefined) return null;
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  if (t === "") return null;
  if (/[\r\n]/.test(t) || [...t].length > CYCLE_BOUNDS.reportBy.maxLength) return undefined;
  const iso = readAsOf(t);
  return iso ?? t;
}

/** The unit workbooks' protection password as typed: "" means none (null); undefined when too long or with line breaks. */
export function readCyclePassword(value: unknown): string | null | undefined {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value !== "string") return undefined;
  if (/[\r\n]/.test(value) || value.length > CYCLE_BOUNDS.password.maxLength) return undefined;
  return value;
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
  if (typeof r.longOverdueDays === "number" && isLongOverdueDays(r.longOverdueDays)) out.longOverdueDays = r.longOverdueDays;
  if (r.sheet === null || (typeof r.sheet === "string" && r.sheet.trim() !== "")) out.sheet = r.sheet;
  if (r.outputLang === "table" || r.outputLang === "zh-CN" || r.outputLang === "en-US") out.outputLang = r.outputLang;
  return out;
}

/** Stored settings over the defaults. */
export function storedSettings(raw: unknown): HostSettings {
  return { ...DEFAULT_SETTINGS, ...parseStoredSettings(raw) };
}
