/**
 * Helpers for the writer's tests: a small .xlsx package from hand-written parts, the top-level element order
 * of a part (to hold written sheets to the schema's order), and xmllint over written parts.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { utf8, zip } from "./fidelity-corpus";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const RNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface PkgSheet {
  name: string;
  xml: string;
  rels?: string;
}

/** A package with the given sheets (xl/worksheets/sheetN.xml), styles and workbook body. */
export function pkg(opts: { sheets: PkgSheet[]; styles?: string | null; sharedStrings?: string; workbookExtra?: { beforeSheets?: string; afterSheets?: string } }): Uint8Array {
  const files: { name: string; data: Uint8Array }[] = [];
  const add = (name: string, s: string) => files.push({ name, data: utf8(s) });
  const overrides = opts.sheets.map((_s, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
  add(
    "[Content_Types].xml",
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      (opts.styles !== null ? `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` : "") +
      (opts.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "") +
      `${overrides.join("")}</Types>`,
  );
  add("_rels/.rels", `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetEls = opts.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("");
  add(
    "xl/workbook.xml",
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${RNS}">${opts.workbookExtra?.beforeSheets ?? ""}<sheets>${sheetEls}</sheets>${opts.workbookExtra?.afterSheets ?? ""}</workbook>`,
  );
  const rels = opts.sheets.map((_s, i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (opts.styles !== null) rels.push(`<Relationship Id="rIdS" Type="${RNS}/styles" Target="styles.xml"/>`);
  if (opts.sharedStrings) rels.push(`<Relationship Id="rIdSST" Type="${RNS}/sharedStrings" Target="sharedStrings.xml"/>`);
  add("xl/_rels/workbook.xml.rels", `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  if (opts.styles !== null) add("xl/styles.xml", opts.styles ?? DEFAULT_STYLES);
  if (opts.sharedStrings) add("xl/sharedStrings.xml", opts.sharedStrings);
  opts.sheets.forEach((s, i) => {
    add(`xl/worksheets/sheet${i + 1}.xml`, s.xml);
    if (s.rels) add(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, s.rels);
  });
  return zip(files);
}

export const DEFAULT_STYLES =
  `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>` +
  `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
  `<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders>` +
  `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/></cellXfs>` +
  `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><tableStyles count="0"/></styleSheet>`;

/** The local names of the root element's children, in order. */
export function children(xml: string): string[] {
  const out: string[] = [];
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)([\w:.-]+)[^>]*?(\/?)>/g)) {
    const [, close, name, self] = m;
    const local = name!.replace(/^[\w.-]+:/, "");
    if (close) depth--;
    else {
      if (depth === 1) out.push(local);
      if (!self) depth++;
    }
  }
  return out;
}

/** <worksheet> children in the schema's order (ECMA-376 Part 1, CT_Worksheet). */
export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
  "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
  "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
  "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
  "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** <styleSheet> children in the schema's order. */
export const STYLES_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/** True when the names appear in the order's sequence (repeats allowed, AlternateContent ignored). */
export function inOrder(names: string[], order: string[]): boolean {
  let at = 0;
  for (const n of names) {
    if (n === "AlternateContent") continue;
    const i = order.indexOf(n);
    if (i < at) return false;
    at = i;
  }
  return true;
}

/** xmllint --noout over parts; returns its complaints ("" when every part is well-formed). */
export function xmllint(parts: Map<string, Uint8Array>, names: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xmllint-"));
  try {
    const files = names.map((n, i) => {
      const f = path.join(dir, `${i}.xml`);
      fs.writeFileSync(f, parts.get(n)!);
      return f;
    });
    try {
      execFileSync("xmllint", ["--noout", ...files], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 30000 });
      return "";
    } catch (e) {
      return String((e as { stderr?: string }).stderr ?? e);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
