import { parseChineseNumber } from "../../vocab/numerals";
import { RELATIVE_YEARS } from "../../vocab/words";
import type { YearRef } from "../tokens";

/** A numeral (Arabic or Chinese) within [min, max], else null. */
export function numberIn(text: string | undefined, min: number, max: number): number | null {
  if (text === undefined) return null;
  const n = parseChineseNumber(text);
  return n !== null && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** "2022" / "二〇二二" → {abs}; "明" / "次" → {rel}; null when neither. */
export function yearRef(digits: string | undefined, relative: string | undefined): YearRef | null {
  if (digits !== undefined) {
    const y = parseChineseNumber(digits);
    return y !== null && y >= 1900 && y <= 2199 ? { abs: y } : null;
  }
  const rel = relative !== undefined && relative in RELATIVE_YEARS ? RELATIVE_YEARS[relative] : undefined;
  if (rel !== undefined) return { rel };
  return null;
}
