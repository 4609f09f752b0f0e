/**
 * The deadline engine (DOMAIN.md section 2), structured like chrono-node's zh locale: small parsers
 * (./parsers), refiners that combine their tokens (./refiners), one vocabulary (../vocab).
 */
import type { Deadline, DeadlineOptions } from "../types";
import { isoFromExcelSerial } from "./calendar";
import { detectPlanYear } from "./detectYear";
import { parsePhrase } from "./engine";

/** Phrase → Deadline (DOMAIN.md section 2). Never throws; unknown phrases give kind "unknown". */
export function parseDeadline(text: string, opts: DeadlineOptions): Deadline {
  const t = typeof text === "string" ? text : text === null || text === undefined ? "" : String(text);
  try {
    const year = opts && Number.isInteger(opts.year) ? opts.year : NaN;
    return parsePhrase(t, year);
  } catch {
    // Defensive: the engine is written not to throw; a phrase it cannot handle is "not understood".
    return { text: t, kind: "unknown", due: null, milestones: [], ongoing: false };
  }
}

/** A cell Excel already holds as a date (serial number) → Deadline with that date; `text` is the ISO date. */
export function deadlineFromSerial(serial: number): Deadline {
  const iso = isoFromExcelSerial(serial);
  if (iso === null) return { text: String(serial), kind: "unknown", due: null, milestones: [], ongoing: false };
  return { text: iso, kind: "date", due: iso, milestones: [iso], ongoing: false };
}

/** The plan year named in a title, workbook name or a document's first lines ("2022年…"), or null. */
export function detectYear(text: string): number | null {
  return detectPlanYear(text);
}

export { isoFromExcelSerial } from "./calendar";
