/** Calendar arithmetic on plain numbers (no Date objects, no time zones). */
import { EXCEL_SERIAL_OF_1970 } from "../dates";

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** The years a deadline may name. Outside it a "year" is a misreading, not a plan. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Days since 1970-01-01 → [y, m, d] (proleptic Gregorian; Howard Hinnant's civil_from_days). */
export function civilFromDays(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

/** Days from 1970-01-01 to 1899-12-30, the day before Excel's serial 1 (after its 1900 leap-year bug). */
const EXCEL_EPOCH_DAYS = -EXCEL_SERIAL_OF_1970;

/**
 * An Excel (1900 date system) serial → ISO date, or null. Serial 1 is 1900-01-01; serial 60 is the
 * non-existent 1900-02-29 Excel keeps for Lotus compatibility (null); from 61 on, date = 1899-12-30 + serial.
 * A fraction (time of day) is ignored. Serials past 9999-12-31 (2958465) are not dates.
 */
export function isoFromExcelSerial(serial: number): string | null {
  if (typeof serial !== "number" || !Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465 || whole === 60) return null;
  const days = whole < 60 ? EXCEL_EPOCH_DAYS + whole + 1 : EXCEL_EPOCH_DAYS + whole;
  const [y, m, d] = civilFromDays(days);
  return isoDate(y, m, d);
}
