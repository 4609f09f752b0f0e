/**
 * What the written workbook could not carry over from the input. Since the .xlsx writer patches the input zip
 * (src/workbook/xlsx: every part it does not change is copied byte for byte; only calcChain.xml is dropped, which
 * Excel rebuilds and which is no content of the user's), nothing is lost and processWorkbook reports no such part.
 * The types and the note stay for hosts that show it (the standalone page keeps the last run's note), should a
 * writer ever need to say so again; tests/workbook/fidelity.test.ts holds the writer to "nothing is lost".
 */
import type { Finding } from "../core/types";
import { finding } from "../core/validate";
import { strings, type Lang } from "../strings";

/** What the output cannot carry over, by kind (the order is the order the message names them in). */
export type DroppedKind =
  | "chart"
  | "chartsheet"
  | "shape"
  | "pivot"
  | "slicer"
  | "timeline"
  | "vba"
  | "control"
  | "ole"
  | "sparkline"
  | "ext-rule"
  | "ext-validation"
  | "external-link"
  | "connection"
  | "threaded-comment"
  | "custom-xml";

export const DROPPED_KINDS: readonly DroppedKind[] = [
  "chart",
  "chartsheet",
  "shape",
  "pivot",
  "slicer",
  "timeline",
  "vba",
  "control",
  "ole",
  "sparkline",
  "ext-rule",
  "ext-validation",
  "external-link",
  "connection",
  "threaded-comment",
  "custom-xml",
];

export interface DroppedPart {
  kind: DroppedKind;
  /** How many (charts, pivot tables …); 1 for a kind that is one thing (the macros). */
  count: number;
}

/**
 * The note for the user (plan.notes, code "output-drops-content", a warning): what the result file cannot carry
 * over, and to keep the original. Null when nothing is dropped.
 */
export function droppedNote(parts: readonly DroppedPart[], lang: Lang = "zh-CN"): Finding | null {
  if (parts.length === 0) return null;
  const t = strings(lang).outputs;
  const items = parts.map((p) => t.droppedItem(t.droppedKind[p.kind], p.count));
  return finding("output-drops-content", null, null, t.outputDrops(items));
}
