/**
 * 从文稿导入 into a file: the imported 任务分解表 (src/core/import planImportSheet, an ordinary PlannedSheet) is
 * added as a new sheet by the same zip-patching writer as every other output (src/workbook/xlsx writePlan, with
 * no table sheet touched): into the workbook open on the page — every part of it copied byte for byte — or into
 * a new workbook made from an empty package (`breakdown import -o`). Bytes only, no Node APIs, no exceljs.
 */
import { importSheetName, planImportSheet } from "../core/import/sheet";
import type { ImportResult } from "../core/import/types";
import type { EditPlan } from "../core/types";
import type { Lang } from "../strings";
import { packageSheetNames, writePlan } from "./xlsx/write";
import { ZipWriter } from "./zip/write";

export interface ImportedFile {
  bytes: Uint8Array;
  /** The new sheet's name. */
  sheet: string;
  /** All sheet names of the workbook afterwards. */
  sheets: string[];
}

const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A workbook package with no sheet yet (not a file to hand anyone: the writer adds the first sheet, and its
 * styles part, the one it creates for a package without styles).
 */
async function emptyPackage(): Promise<Uint8Array> {
  const zip = new ZipWriter();
  const enc = new TextEncoder();
  const parts: [string, string][] = [
    [
      "[Content_Types].xml",
      `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
    ],
    ["_rels/.rels", `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
    ["xl/workbook.xml", `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>`],
    ["xl/_rels/workbook.xml.rels", `${HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`],
  ];
  for (const [name, xml] of parts) await zip.add(name, enc.encode(xml));
  return zip.finish();
}

/** Adds the imported table as a new sheet (任务分解表, or 任务分解表(2) … when taken) to `current`, or to a new workbook. */
export async function addImportedSheet(current: Uint8Array | null, result: ImportResult, lang: Lang = "zh-CN"): Promise<ImportedFile> {
  const input = current ?? (await emptyPackage());
  const before = current ? await packageSheetNames(current, lang) : [];
  const sheet = planImportSheet(result, { name: importSheetName(before, lang), lang });
  const plan: EditPlan = { sheet: "", columns: [], highlights: [], sheets: [sheet], replaceSheets: [], notes: [] };
  const bytes = await writePlan(input, plan, lang);
  return { bytes, sheet: sheet.name, sheets: [...before, sheet.name] };
}

/** A new workbook holding only the imported table, as .xlsx bytes. */
export async function importToXlsx(result: ImportResult, opts: { lang?: Lang } = {}): Promise<Uint8Array> {
  return (await addImportedSheet(null, result, opts.lang)).bytes;
}
