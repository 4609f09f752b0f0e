/** File names and bytes of the standalone page's workbooks: what a file looks like and what a result is called. */
import type { Strings } from "../strings";

type Ui = Strings["ui"];

/** The download name for a processed workbook: "总表.xlsx" → "总表-处理结果.xlsx". */
export function resultFileName(name: string, ui: Ui): string {
  // .xls / .et / .ods / .xlsb / .csv inputs are written as .xlsx too (src/workbook/convert).
  const base = name.replace(/\.(xlsx|xlsm|xls|et|ods|xlsb|csv|txt)$/i, "") || "workbook";
  const suffix = ui.standalone.resultSuffix;
  return (base.endsWith(suffix) ? base : base + suffix) + ".xlsx";
}

/** Does the file name look like an .xlsx workbook? */
export function isXlsxName(name: string): boolean {
  return /\.xlsx$/i.test(name.trim());
}

/** The first bytes of an .xlsx are a zip header ("PK\x03\x04"). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}
