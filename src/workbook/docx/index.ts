/**
 * Reading a .docx for `import` (no DOM, no Node APIs; mammoth is not needed): word/document.xml scanned once for
 *  - its paragraphs in order, each with the label its automatic numbering displays ("一、" from numbering.xml),
 *    so headings typed by Word's list feature keep their numbers;
 *  - its tables as cells (a cell's paragraphs joined by line breaks), gridSpan and vMerge turned into merged
 *    areas like a sheet's, so core/table reads them with the sheet's header and carry-down rules.
 */
import type { CellValue, MergedArea, SheetCells } from "../../core/types";
import { ZipArchive } from "../zip/stream";
import { attr, decodeXml, scanBytes } from "../reader/xml-scan";
import { readNumbering } from "./numbering";
import { strings } from "../../strings";

export interface DocxTable {
  cells: SheetCells;
  /** The last paragraph before the table (often its title), or null. */
  before: string | null;
}

export interface DocxContent {
  /** Every paragraph's text in document order (table cells included), numbering labels in front. */
  paragraphs: string[];
  tables: DocxTable[];
}

/** Paragraph styles that carry numbering (a heading style with a list). */
function styleNumbering(zip: ZipArchive): Map<string, { numId: string; ilvl: number }> {
  const out = new Map<string, { numId: string; ilvl: number }>();
  if (!zip.has("word/styles.xml")) return out;
  let style: string | null = null;
  let numId: string | null = null;
  let ilvl = 0;
  scanBytes(
    {
      open(name, a) {
        if (name === "style") {
          style = attr(a, "styleId");
          numId = null;
          ilvl = 0;
        } else if (style && name === "numId") numId = attr(a, "val");
        else if (style && name === "ilvl") ilvl = Number(attr(a, "val") ?? 0);
      },
      close(name) {
        if (name === "style" && style && numId && numId !== "0") out.set(style, { numId, ilvl });
        if (name === "style") style = null;
      },
    },
    (on) => zip.stream("word/styles.xml", on),
  );
  return out;
}

interface TableBuild {
  rows: { text: string; span: number; vMerge: "restart" | "continue" | null }[][];
  cell: { text: string[]; span: number; vMerge: "restart" | "continue" | null } | null;
  row: { text: string; span: number; vMerge: "restart" | "continue" | null }[] | null;
  before: string | null;
}

function toCells(t: TableBuild, index: number): SheetCells {
  const values: CellValue[][] = [];
  const merges: MergedArea[] = [];
  const open = new Map<number, MergedArea>(); // column → the vertical merge running down it
  t.rows.forEach((cells, r) => {
    const rowVals: CellValue[] = [];
    let col = 1;
    for (const c of cells) {
      const top = open.get(col);
      if (c.vMerge === "continue" && top && top.right === col + c.span - 1) {
        top.bottom = r + 1;
        for (let k = 0; k < c.span; k++) rowVals.push(null);
      } else {
        if (top) open.delete(col);
        rowVals.push(c.text === "" ? null : c.text);
        for (let k = 1; k < c.span; k++) rowVals.push(null);
        const m: MergedArea = { top: r + 1, left: col, bottom: r + 1, right: col + c.span - 1 };
        if (c.vMerge === "restart" || c.vMerge === "continue") open.set(col, m);
        merges.push(m);
      }
      col += c.span;
    }
    values.push(rowVals);
  });
  const width = Math.max(0, ...values.map((r) => r.length));
  for (const r of values) while (r.length < width) r.push(null);
  return { sheet: strings().workbook.wordTable(index + 1), firstRow: 1, firstCol: 1, values, merges: merges.filter((m) => m.bottom > m.top || m.right > m.left) };
}

export function readDocx(bytes: Uint8Array): DocxContent | null {
  let zip: ZipArchive;
  try {
    zip = new ZipArchive(bytes);
  } catch {
    return null;
  }
  if (!zip.has("word/document.xml")) return null;
  const numbering = readNumbering(zip);
  const styles = styleNumbering(zip);
  const paragraphs: string[] = [];
  const tables: DocxTable[] = [];
  const stack: TableBuild[] = []; // nested tables: the innermost is read into its outer cell as text
  let para: string[] | null = null;
  let inT = false;
  let raw = "";
  let numId: string | null = null;
  let ilvl = 0;
  let pStyle: string | null = null;
  let inPPr = false;
  let lastPara: string | null = null;

  const endParagraph = (): void => {
    if (!para) return;
    let label = "";
    const n = numId ?? (pStyle ? styles.get(pStyle)?.numId : undefined);
    const l = numId ? ilvl : pStyle ? (styles.get(pStyle)?.ilvl ?? 0) : 0;
    if (n && n !== "0") label = numbering.label(n, l);
    const text = label + para.join("");
    paragraphs.push(text);
    const t = stack[stack.length - 1];
    if (t?.cell) t.cell.text.push(text);
    else if (text.trim()) lastPara = text.trim();
    para = null;
  };

  scanBytes(
    {
      open(name, a, self) {
        switch (name) {
          case "p":
            para = [];
            numId = null;
            ilvl = 0;
            pStyle = null;
            if (self) endParagraph();
            return;
          case "pPr":
            inPPr = !self;
            return;
          case "pStyle":
            if (inPPr) pStyle = attr(a, "val");
            return;
          case "numId":
            if (inPPr) numId = attr(a, "val");
            return;
          case "ilvl":
            if (inPPr) ilvl = Number(attr(a, "val") ?? 0);
            return;
          case "t":
            if (!self) {
              inT = true;
              raw = "";
            }
            return;
          case "tab":
            if (para && !inPPr) para.push("\t");
            return;
          case "br":
          case "cr":
            if (para) para.push("\n");
            return;
          case "tbl":
            stack.push({ rows: [], cell: null, row: null, before: lastPara });
            return;
          case "tr": {
            const t = stack[stack.length - 1];
            if (t) t.row = [];
            return;
          }
          case "tc": {
            const t = stack[stack.length - 1];
            if (t) t.cell = { text: [], span: 1, vMerge: null };
            return;
          }
          case "gridSpan": {
            const c = stack[stack.length - 1]?.cell;
            if (c) c.span = Math.max(1, Number(attr(a, "val") ?? 1));
            return;
          }
          case "vMerge": {
            const c = stack[stack.length - 1]?.cell;
            if (c) c.vMerge = attr(a, "val") === "restart" ? "restart" : "continue";
            return;
          }
        }
      },
      close(name) {
        switch (name) {
          case "t":
            if (inT && para) para.push(decodeXml(raw));
            inT = false;
            return;
          case "pPr":
            inPPr = false;
            return;
          case "p":
            endParagraph();
            return;
          case "tc": {
            const t = stack[stack.length - 1];
            if (t?.cell && t.row) t.row.push({ text: t.cell.text.join("\n").trim(), span: t.cell.span, vMerge: t.cell.vMerge });
            if (t) t.cell = null;
            return;
          }
          case "tr": {
            const t = stack[stack.length - 1];
            if (t?.row) t.rows.push(t.row);
            if (t) t.row = null;
            return;
          }
          case "tbl": {
            const t = stack.pop();
            if (!t) return;
            const outer = stack[stack.length - 1];
            if (outer?.cell) outer.cell.text.push(t.rows.map((r) => r.map((c) => c.text).join("\t")).join("\n"));
            else tables.push({ cells: toCells(t, tables.length), before: t.before });
            return;
          }
        }
      },
      text(t, cdata) {
        if (inT) raw += cdata ? t.replace(/&/g, "&amp;").replace(/</g, "&lt;") : t;
      },
    },
    (on) => zip.stream("word/document.xml", on),
  );
  return { paragraphs, tables };
}
