/**
 * Other spreadsheet formats offices have — .xls (Excel 97–2003) and WPS .et (both BIFF in an OLE file), .ods,
 * .xlsb, .csv / .txt — turned into .xlsx bytes first (cells, merges, number formats), so the normal .xlsx path
 * reads them and the result is written as .xlsx. SheetJS (@e965/xlsx, 0.20.3: the advisories of the old `xlsx`
 * package are fixed there) is loaded lazily, only for these formats; .csv needs no library.
 */
import type { Finding } from "../../core/types";
import { finding } from "../../core/validate";
import { strings, type Lang } from "../../strings";
import { corruptError } from "../errors";
import { decodeText, guessSeparator, parseCsv, type TextEncoding } from "./text";

export type InputFormat = "xlsx" | "xls" | "et" | "ods" | "xlsb" | "csv";

export interface ConvertedInput {
  bytes: Uint8Array;
  /** The format the user's file was in ("xlsx": unchanged). */
  from: InputFormat;
  encoding?: TextEncoding;
}

function ext(name: string | undefined): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(name ?? "");
  return (m?.[1] ?? "").toLowerCase();
}

const isOle = (b: Uint8Array): boolean => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

function zipHas(bytes: Uint8Array, name: string): boolean {
  // The file names of a zip are stored as plain bytes in its headers.
  const pat = new TextEncoder().encode(name);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** Which format these bytes are (by content first, the name's extension only to tell text from nothing). */
export function inputFormat(bytes: Uint8Array, fileName?: string): InputFormat | null {
  const e = ext(fileName);
  if (isOle(bytes)) {
    // An encrypted .xlsx (or an OLE file without a workbook stream): the .xlsx path explains it.
    if (zipHasUtf16(bytes, "EncryptionInfo") || !(zipHasUtf16(bytes, "Workbook") || zipHasUtf16(bytes, "Book"))) return null;
    return e === "et" ? "et" : "xls";
  }
  if (isZip(bytes)) {
    if (zipHas(bytes, "content.xml") && zipHas(bytes, "mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) return "ods";
    if (zipHas(bytes, "xl/workbook.bin")) return "xlsb";
    return "xlsx";
  }
  if (e === "csv" || e === "txt" || e === "tsv") return "csv";
  return null;
}

function zipHasUtf16(bytes: Uint8Array, name: string): boolean {
  const pat: number[] = [];
  for (const ch of name) pat.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + pat.length <= bytes.length; i++) {
    for (let j = 0; j < pat.length; j++) if (bytes[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

/** A number as text in a .csv becomes a number (序号, dates stay text: the deadline parser reads them). */
function csvValue(s: string): string | number | null {
  const t = s.trim();
  if (t === "") return null;
  if (/^-?\d{1,15}(\.\d+)?$/.test(t) && !/^0\d/.test(t)) return Number(t);
  return s;
}

/** The input as .xlsx bytes (unchanged when it already is one). Throws WorkbookError-like messages via the caller. */
export async function toXlsx(input: Uint8Array, fileName?: string): Promise<ConvertedInput> {
  const from = inputFormat(input, fileName);
  if (from === null || from === "xlsx") return { bytes: input, from: "xlsx" };
  const XLSX = await import("@e965/xlsx");
  if (from === "csv") {
    const { text, encoding } = decodeText(input);
    const rows = parseCsv(text, guessSeparator(text)).map((r) => r.map(csvValue));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), sheetName(fileName));
    return { bytes: new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx" }) as ArrayBuffer), from, encoding };
  }
  try {
    const wb = quietly(() => XLSX.read(input, { type: "array", cellNF: true, cellDates: false, cellStyles: true, dense: true }));
    return { bytes: new Uint8Array(XLSX.write(wb, { type: "array", bookType: "xlsx", cellStyles: true }) as ArrayBuffer), from };
  } catch {
    throw corruptError();
  }
}

/** SheetJS prints warnings about number formats it cannot map (ODS) on the console: not for the user's eyes. */
function quietly<T>(fn: () => T): T {
  const { warn, error } = console;
  console.warn = () => undefined;
  console.error = () => undefined;
  try {
    return fn();
  } finally {
    console.warn = warn;
    console.error = error;
  }
}

/** A sheet name from the file's name (31 characters, none of : \ / ? * [ ]). */
function sheetName(fileName?: string): string {
  const base = (fileName ?? "").split(/[\\/]/).pop()?.replace(/\.[^.]*$/, "") ?? "";
  const clean = base.replace(/[:\\/?*[\]]/g, "").slice(0, 31).trim();
  return clean || "Sheet1";
}

/** What the user is told: the input was read from another format and the result is .xlsx. */
export function convertedNote(from: InputFormat, lang: Lang = "zh-CN"): Finding | null {
  if (from === "xlsx") return null;
  const s = strings(lang).findings;
  return finding("converted-input", null, null, s.convertedInput(s.formatNames[from] ?? from));
}
