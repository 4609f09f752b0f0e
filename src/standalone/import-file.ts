/**
 * 从文稿导入 on the standalone page: the imported 任务分解表 goes into the open workbook as a new sheet (or,
 * with no workbook open, into a new one). Loaded with import() by the file host: it pulls exceljs, which the
 * pane inside Excel never downloads.
 */
import type { ImportResult } from "../core/import/types";
import { strings, type Lang } from "../strings";
import { loadWorkbook } from "../workbook/read";
import { writeImportedTable } from "../workbook/import-sheet";
import ExcelJS from "exceljs";

export interface ImportedFile {
  bytes: Uint8Array;
  /** The new sheet's name. */
  sheet: string;
  /** All sheet names of the workbook afterwards. */
  sheets: string[];
}

export async function addImportedTable(current: Uint8Array | null, result: ImportResult, lang: Lang): Promise<ImportedFile> {
  let wb: ExcelJS.Workbook;
  if (current) {
    wb = await loadWorkbook(current);
  } else {
    wb = new ExcelJS.Workbook();
    wb.creator = strings().ui.productName;
  }
  const sheet = writeImportedTable(wb, result, { lang });
  const buf = await wb.xlsx.writeBuffer();
  // Node gives a Buffer (a Uint8Array, copied here), the browser an ArrayBuffer.
  const bytes = new Uint8Array(buf);
  return { bytes, sheet, sheets: wb.worksheets.map((w) => w.name) };
}
