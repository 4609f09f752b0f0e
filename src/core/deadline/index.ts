// STUB — replaced by the deadline engine (issue 3). Signatures are the contract.
import type { Deadline, DeadlineOptions } from "../types";

/** Phrase → Deadline (DOMAIN.md section 2). Never throws; unknown phrases give kind "unknown". */
export function parseDeadline(text: string, opts: DeadlineOptions): Deadline {
  const t = text ?? "";
  void opts;
  return { text: t, kind: t.trim() === "" ? "empty" : "unknown", due: null, milestones: [], ongoing: false };
}

/** A cell Excel already holds as a date (serial number) → Deadline with that date. */
export function deadlineFromSerial(serial: number): Deadline {
  void serial;
  return { text: "", kind: "unknown", due: null, milestones: [], ongoing: false };
}

/** The plan year named in a title, workbook name or a document's first lines ("2022年…"), or null. */
export function detectYear(text: string): number | null {
  const m = /(20\d\d)\s*年/.exec(text ?? "");
  return m ? Number(m[1]) : null;
}
