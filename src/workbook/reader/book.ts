/**
 * The parts of an .xlsx every sheet read needs: the sheet list (names, visibility, part paths), the shared
 * strings, the number format of each cell style and the date system. Read with a streaming scan, never a DOM,
 * so workbooks exceljs refuses (openpyxl tables, comments, charts; Strict OOXML prefixes) still read.
 */
import { ZipArchive } from "../zip/stream";
import { attr, attrExact, decodeOoxmlEscapes, decodeXml, scanBytes, type XmlHandler } from "./xml-scan";

export interface SheetEntry {
  name: string;
  /** "visible", "hidden" or "veryHidden". */
  state: string;
  /** The sheet's XML part inside the zip ("xl/worksheets/sheet1.xml"). */
  path: string;
}

export interface XlsxBook {
  zip: ZipArchive;
  sheets: SheetEntry[];
  /** Chart sheets and dialog sheets are not listed in `sheets`. */
  sharedStrings: string[];
  /** Number format code of each cell style index (cellXfs order); null for General. */
  styleFormats: (string | null)[];
  date1904: boolean;
}

/** Excel's built-in number formats that matter here (dates; the rest only need to be "not General"). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00", 12: "# ?/?", 13: "# ??/??",
  14: "yyyy/m/d", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM", 19: "h:mm:ss AM/PM", 20: "h:mm",
  21: "h:mm:ss", 22: "yyyy/m/d h:mm", 27: "yyyy\"年\"m\"月\"", 28: "m\"月\"d\"日\"", 29: "m\"月\"d\"日\"", 30: "m-d-yy",
  31: "yyyy\"年\"m\"月\"d\"日\"", 32: "h\"时\"mm\"分\"", 33: "h\"时\"mm\"分\"ss\"秒\"", 34: "上午/下午h\"时\"mm\"分\"",
  35: "上午/下午h\"时\"mm\"分\"ss\"秒\"", 36: "yyyy\"年\"m\"月\"", 37: "#,##0 ;(#,##0)", 38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss", 46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0",
  49: "@", 50: "yyyy\"年\"m\"月\"", 51: "m\"月\"d\"日\"", 52: "yyyy\"年\"m\"月\"", 53: "m\"月\"d\"日\"", 54: "m\"月\"d\"日\"",
  55: "上午/下午h\"时\"mm\"分\"", 56: "上午/下午h\"时\"mm\"分\"ss\"秒\"", 57: "yyyy\"年\"m\"月\"", 58: "m\"月\"d\"日\"",
};

function scanPart(zip: ZipArchive, path: string, h: XmlHandler): boolean {
  if (!zip.has(path)) return false;
  scanBytes(h, (on) => zip.stream(path, on));
  return true;
}

/** A relationship target → a path inside the zip, relative to the part that names it. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships of a part: id → { target path, type }. */
export function readRels(zip: ZipArchive, part: string): Map<string, { path: string; type: string; external: boolean }> {
  const dir = part.split("/").slice(0, -1).join("/");
  const file = part.split("/").pop() ?? "";
  const relsPath = `${dir ? dir + "/" : ""}_rels/${file}.rels`;
  const out = new Map<string, { path: string; type: string; external: boolean }>();
  scanPart(zip, relsPath, {
    open(name, a) {
      if (name !== "Relationship") return;
      const id = attr(a, "Id");
      const target = attr(a, "Target");
      if (!id || target === null) return;
      const external = attr(a, "TargetMode") === "External";
      out.set(id, { path: external ? target : resolveTarget(part, target), type: attr(a, "Type") ?? "", external });
    },
    close() {},
  });
  return out;
}

/** The main part (xl/workbook.xml unless the package says otherwise). */
function workbookPath(zip: ZipArchive): string | null {
  const root = readRels(zip, "");
  for (const r of root.values()) if (/\/officeDocument$/.test(r.type)) return r.path;
  return zip.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
}

function readSharedStrings(zip: ZipArchive, path: string | null): string[] {
  const out: string[] = [];
  if (!path) return out;
  let inSi = false;
  let inT = false;
  let skip = 0; // inside <rPh> (phonetic guide) or <phoneticPr>
  let raw = "";
  scanPart(zip, path, {
    open(name, _a, self) {
      if (name === "si") {
        inSi = !self;
        raw = "";
        if (self) out.push("");
      } else if (name === "rPh") {
        if (!self) skip++;
      } else if (name === "t" && inSi && !skip && !self) inT = true;
    },
    close(name) {
      if (name === "si") {
        inSi = false;
        out.push(decodeOoxmlEscapes(decodeXml(raw)));
      } else if (name === "rPh") skip = Math.max(0, skip - 1);
      else if (name === "t") inT = false;
    },
    text(t, cdata) {
      if (inT) raw += cdata ? t.replace(/&/g, "&amp;").replace(/</g, "&lt;") : t;
    },
  });
  return out;
}

function readStyles(zip: ZipArchive, path: string | null): (string | null)[] {
  if (!path) return [];
  const custom = new Map<number, string>();
  const xfs: (string | null)[] = [];
  let inCellXfs = false;
  scanPart(zip, path, {
    open(name, a, self) {
      if (name === "numFmt") {
        const id = Number(attr(a, "numFmtId"));
        const code = attr(a, "formatCode");
        if (Number.isFinite(id) && code !== null) custom.set(id, code);
      } else if (name === "cellXfs") inCellXfs = !self;
      else if (name === "xf" && inCellXfs) {
        const id = Number(attr(a, "numFmtId") ?? "0");
        xfs.push(id === 0 ? null : (custom.get(id) ?? BUILTIN_FORMATS[id] ?? "0"));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
  });
  return xfs;
}

/** Read the workbook's parts (not its sheets' cells). Throws on a zip that is not a spreadsheet. */
export function openXlsx(zip: ZipArchive): XlsxBook | null {
  const wbPath = workbookPath(zip);
  if (!wbPath || !zip.has(wbPath)) return null;
  const rels = readRels(zip, wbPath);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  scanPart(zip, wbPath, {
    open(name, a) {
      if (name === "workbookPr") date1904 = /^(1|true)$/i.test(attr(a, "date1904") ?? "");
      if (name !== "sheet") return;
      const id = attrExact(a, "r:id") ?? attr(a, "id");
      const rel = id ? rels.get(id) : undefined;
      if (!rel || !/\/worksheet$/.test(rel.type)) return;
      sheets.push({ name: attr(a, "name") ?? "", state: attr(a, "state") ?? "visible", path: rel.path });
    },
    close() {},
  });
  let ssPath: string | null = null;
  let stylesPath: string | null = null;
  for (const r of rels.values()) {
    if (/\/sharedStrings$/.test(r.type)) ssPath = r.path;
    if (/\/styles$/.test(r.type)) stylesPath = r.path;
  }
  return { zip, sheets, sharedStrings: readSharedStrings(zip, ssPath), styleFormats: readStyles(zip, stylesPath), date1904 };
}
