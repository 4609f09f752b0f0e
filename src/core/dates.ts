/**
 * ISO calendar dates (yyyy-mm-dd) as the user types and reads them (the as-of date of the pane and the CLI), and
 * the one place that knows Excel's date epoch.
 */

/** Excel's serial (1900 date system) of 1970-01-01: serials count days from 1899-12-30. */
export const EXCEL_SERIAL_OF_1970 = 25569;

const DAY_MS = 86400000;

/** A time (ms since 1970-01-01 UTC; exceljs gives dates as UTC midnight) → Excel serial. */
export function serialFromTime(ms: number): number {
  return ms / DAY_MS + EXCEL_SERIAL_OF_1970;
}

/** ISO date (yyyy-mm-dd) → Excel date serial (1900 date system); null when not a date. */
export function isoToSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isNaN(t) ? null : serialFromTime(t);
}

/**
 * A cell's date as ISO yyyy-mm-dd: a serial (as adapters read date cells) or text that starts with an ISO date;
 * null otherwise. The records the product writes in its own sheets are read back with it.
 */
export function isoFromCell(v: unknown): string | null {
  if (typeof v === "number" && Number.isFinite(v)) return new Date(Math.round((v - EXCEL_SERIAL_OF_1970) * DAY_MS)).toISOString().slice(0, 10);
  if (typeof v === "string" && /^\d{4}-\d{2}-\d{2}/.test(v.trim())) return v.trim().slice(0, 10);
  return null;
}

/** A real calendar date in ISO form? ("2022-02-29" is not.) */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

/** The text, trimmed, when it is a real ISO date (as split and collect take --as-of); else null. */
export function isoDate(text: string): string | null {
  const v = text.trim();
  return isIsoDate(v) ? v : null;
}

/** The date of `now` as ISO yyyy-mm-dd in the local time zone (what the user's calendar shows). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/** Local time as "yyyy-mm-ddTHH:MM:SS" (no zone: the overview shows the user's clock). */
export function localTimestamp(d: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${todayIso(d)}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}
