/**
 * What a round trip through exceljs 4.4 would drop: the CLI's `check -o` and the page's 下载结果 write a NEW
 * workbook from exceljs's model, and exceljs does not carry every part a workbook can hold. This module looks
 * at the INPUT bytes (an .xlsx is a zip) and names the parts that are present and would be lost, so the user is
 * told to keep the original file.
 *
 * Every kind listed here was checked by a round trip through processWorkbook (tests/workbook/fidelity.test.ts):
 * the part is in the input and is gone from the output. Parts exceljs does keep (pictures, notes, tables, data
 * validations written in the sheet itself, data bars / icon sets in x14 extensions) are not reported.
 *
 * No Node APIs and no JSZip (not a direct dependency): the zip's central directory is read here; an entry's
 * text, when needed, is inflated with the platform's DecompressionStream (browsers, Node ≥ 18).
 */
import type ExcelJS from "exceljs";
import type { Finding } from "../core/types";
import { finding } from "../core/validate";
import { strings, type Lang } from "../strings";
import { entryBytes, zipEntries, type ZipEntry } from "./zip";

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

/** Kinds found by part name alone: the pattern counts one per matching entry. */
const BY_NAME: ReadonlyArray<readonly [DroppedKind, RegExp]> = [
  ["chart", /^xl\/charts\/chart\d*\.xml$/i],
  ["chartsheet", /^xl\/chartsheets\/sheet\d*\.xml$/i],
  ["pivot", /^xl\/pivotTables\/pivotTable\d*\.xml$/i],
  ["slicer", /^xl\/slicers\/slicer\d*\.xml$/i],
  ["timeline", /^xl\/timelines\/timeline\d*\.xml$/i],
  ["vba", /^xl\/vbaProject\.bin$/i],
  ["control", /^xl\/(ctrlProps\/ctrlProp|activeX\/activeX)\d*\.xml$/i],
  ["ole", /^xl\/embeddings\/[^/]+$/i],
  ["external-link", /^xl\/externalLinks\/externalLink\d*\.xml$/i],
  ["connection", /^xl\/connections\.xml$/i],
  ["threaded-comment", /^xl\/threadedComments\/threadedComment\d*\.xml$/i],
  ["custom-xml", /^customXml\/item\d*\.xml$/i],
];

/** Content types that name a kind even when the part lives elsewhere (the part name is the owner's choice). */
const BY_CONTENT_TYPE: ReadonlyArray<readonly [DroppedKind, string]> = [
  ["chart", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
  ["chartsheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"],
  ["pivot", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml"],
  ["slicer", "application/vnd.ms-excel.slicer+xml"],
  ["timeline", "application/vnd.ms-excel.timeline+xml"],
  ["vba", "application/vnd.ms-office.vbaProject"],
  ["external-link", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"],
  ["threaded-comment", "application/vnd.ms-excel.threadedcomments+xml"],
];

const WORKSHEET = /^xl\/worksheets\/sheet[^/]*\.xml$/i;
const DRAWING = /^xl\/drawings\/drawing[^/]*\.xml$/i;

function count(text: string, re: RegExp): number {
  return (text.match(re) ?? []).length;
}

/** The parts of `[Content_Types].xml`'s Override elements: part name → content type. */
export function contentTypeOverrides(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?Override\b([^>]*)\/?>/g)) {
    const attrs = m[1] ?? "";
    const part = /\bPartName\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    const type = /\bContentType\s*=\s*"([^"]*)"/.exec(attrs)?.[1];
    if (part && type) out.set(part.replace(/^\//, ""), type);
  }
  return out;
}

/**
 * The parts of an .xlsx that a round trip through exceljs would drop, with counts; [] for a plain workbook or
 * bytes that are not a readable zip (reading the workbook reports those). Never throws.
 */
export async function droppedParts(input: Uint8Array | ArrayBuffer): Promise<DroppedPart[]> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const entries = zipEntries(bytes);
  if (!entries) return [];
  const counts = new Map<DroppedKind, number>();
  const add = (kind: DroppedKind, n: number) => {
    if (n > 0) counts.set(kind, (counts.get(kind) ?? 0) + n);
  };
  const named = new Set<string>();
  for (const e of entries) {
    for (const [kind, re] of BY_NAME) {
      if (re.test(e.name)) {
        add(kind, 1);
        named.add(e.name);
        break;
      }
    }
  }
  const text = async (e: ZipEntry): Promise<string | null> => {
    const b = await entryBytes(bytes, e);
    return b ? new TextDecoder("utf-8").decode(b) : null;
  };
  for (const e of entries) {
    if (e.name === "[Content_Types].xml") {
      const xml = await text(e);
      if (!xml) continue;
      for (const [part, type] of contentTypeOverrides(xml)) {
        if (named.has(part)) continue;
        const hit = BY_CONTENT_TYPE.find(([, t]) => t === type.trim());
        if (hit && entries.some((x) => x.name === part)) add(hit[0], 1);
      }
    } else if (WORKSHEET.test(e.name)) {
      // The sheet's x14 extension: exceljs reads only the data bars and icon sets among its conditional formats;
      // sparklines, the other rules (a formula that looks at another sheet …) and the data validations written
      // there (a drop-down list drawn from another sheet) are lost.
      const whole = await text(e);
      // x14 content only lives in an extLst (the sheet's, or a data bar rule's): look from the first one on.
      const at = whole ? whole.indexOf("extLst") : -1;
      if (!whole || at < 0) continue;
      const xml = whole.slice(at);
      add("sparkline", count(xml, /<(?:\w+:)?sparklineGroup\b/g));
      add("ext-rule", count(xml, /<\w+:cfRule\b[^>]*\btype="(?!dataBar"|iconSet")/g));
      add("ext-validation", count(xml, /<\w+:dataValidation\b/g));
    } else if (DRAWING.test(e.name)) {
      // exceljs keeps the pictures of a drawing; shapes, text boxes and connectors are lost.
      const xml = await text(e);
      if (xml) add("shape", count(xml, /<(?:\w+:)?(?:sp|cxnSp)\b[\s>]/g));
    }
  }
  return DROPPED_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
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

/** exceljs keeps a sheet's conditional formats in `conditionalFormattings` (not in its typings). */
interface WithCf {
  conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[];
}

/**
 * Removes, from every sheet, the conditional-format rules exceljs read from an x14 extension without their
 * content (any type but a data bar or icon set: it keeps only the type and id). exceljs cannot write such a rule
 * — writeBuffer throws — and it is lost either way; droppedParts counts it ("ext-rule") for the user.
 * Returns how many went.
 */
export function pruneUnwritableRules(wb: ExcelJS.Workbook): number {
  let removed = 0;
  for (const ws of wb.worksheets) {
    const holder = ws as unknown as WithCf;
    const list = holder.conditionalFormattings;
    if (!Array.isArray(list)) continue;
    const kept: ExcelJS.ConditionalFormattingOptions[] = [];
    for (const cf of list) {
      const rules = cf.rules.filter((r) => {
        const ext = typeof (r as { x14Id?: unknown }).x14Id === "string";
        const bad = ext && r.type !== "dataBar" && r.type !== "iconSet";
        if (bad) removed++;
        return !bad;
      });
      if (rules.length) kept.push(rules.length === cf.rules.length ? cf : { ...cf, rules });
    }
    holder.conditionalFormattings = kept;
  }
  return removed;
}
