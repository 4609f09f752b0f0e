/**
 * Generating hostile and large .xlsx files for the reading tests, from the committed seed 004 workbook or from
 * nothing: a stray value patched into a far cell, and big synthetic tables (for the memory figures).
 * Pure byte work with fflate — no Excel, no exceljs — so it runs in a few milliseconds per file.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";

export const WORKBOOKS = path.resolve(__dirname, "../../fixtures/workbooks");
export const SEED004_XLSX = path.join(WORKBOOKS, "seed004.xlsx");

/** Replace one part of a zip (the rest byte-for-byte as inflated). */
export function patchZip(bytes: Uint8Array, part: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const old = files[part];
  if (!old) throw new Error(`no ${part}`);
  files[part] = strToU8(edit(strFromU8(old)));
  return zipSync(files as Zippable);
}

const inline = (ref: string, text: string): string => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** seed 004 with one character in a far cell: "XFD1048576", "XFD3" (a new cell at the end of row 3) or "A1048576". */
export function withStrayCell(ref: string, text = "x"): Uint8Array {
  const seed = new Uint8Array(fs.readFileSync(SEED004_XLSX));
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error(ref);
  const row = Number(m[2]);
  return patchZip(seed, "xl/worksheets/sheet1.xml", (xml) => {
    const existing = new RegExp(`(<row r="${row}"[^>]*>)([\\s\\S]*?)(</row>)`).exec(xml);
    const out = existing
      ? xml.replace(existing[0], `${existing[1]}${existing[2]}${inline(ref, text)}${existing[3]}`)
      : xml.replace("</sheetData>", `<row r="${row}">${inline(ref, text)}</row></sheetData>`);
    // The dimension Excel writes then covers the stray cell too.
    return out.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${ref}"/>`);
  });
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WB = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="任务分解表" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WB_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`;

const UNITS = ["市发改委", "市财政局", "市教育局", "市公安局", "市民政局", "市司法局", "市人社局", "市住建局", "各区人民政府"];
const DEADLINES = ["3月底前", "6月底前", "9月底前", "年底前", "持续推进", "每季度", "2022年10月31日前"];

/**
 * A synthetic 任务分解表 of `rows` task rows (title, header, 序号 / 工作任务 / 工作要求 / 责任单位 / 时限 / 备注), in
 * shared strings like Excel writes it. Each requirement carries `noise` pseudo-random characters so the file
 * does not compress to nothing (a real table's text does not repeat).
 */
export function bigWorkbook(rows: number, noise = 60, level: 0 | 1 | 6 = 6): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const sst = (s: string): number => {
    let i = index.get(s);
    if (i === undefined) {
      i = strings.length;
      strings.push(s);
      index.set(s, i);
    }
    return i;
  };
  let seed = 12345;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const han = (n: number): string => {
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(0x4e00 + (rnd() % 0x5000));
    return s;
  };
  const parts: string[] = [];
  const c = (ref: string, v: number | string, style = 0): string =>
    typeof v === "number" ? `<c r="${ref}"${style ? ` s="${style}"` : ""}><v>${v}</v></c>` : `<c r="${ref}" t="s"><v>${sst(v)}</v></c>`;
  parts.push(`<row r="1">${c("A1", "2022年全市重点工作任务分解表")}</row>`);
  parts.push(`<row r="2">${["序号", "工作任务", "工作要求", "责任单位", "完成时限", "备注"].map((h, i) => c(`${"ABCDEF"[i]}2`, h)).join("")}</row>`);
  for (let i = 1; i <= rows; i++) {
    const r = i + 2;
    const cells = [
      c(`A${r}`, i),
      c(`B${r}`, `任务${i}：${han(8)}`),
      c(`C${r}`, `要求${i}：${han(noise)}`),
      c(`D${r}`, `${UNITS[i % UNITS.length]}牵头，${UNITS[(i + 3) % UNITS.length]}配合`),
      i % 5 === 0 ? c(`E${r}`, 44865 + (i % 300), 1) : c(`E${r}`, DEADLINES[i % DEADLINES.length] ?? "年底前"),
      c(`F${r}`, `备注${han(noise >> 2)}`),
    ];
    parts.push(`<row r="${r}">${cells.join("")}</row>`);
  }
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:F${rows + 2}"/><sheetData>${parts.join("")}</sheetData><mergeCells count="1"><mergeCell ref="A1:F1"/></mergeCells></worksheet>`;
  const ss = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`;
  return zipSync({
    "[Content_Types].xml": strToU8(CONTENT_TYPES),
    "_rels/.rels": strToU8(ROOT_RELS),
    "xl/workbook.xml": strToU8(WB),
    "xl/_rels/workbook.xml.rels": strToU8(WB_RELS),
    "xl/styles.xml": strToU8(STYLES),
    "xl/sharedStrings.xml": strToU8(ss),
    "xl/worksheets/sheet1.xml": strToU8(sheet),
  }, { level });
}
