/**
 * Word notices for the import tests, made with the `docx` package: a notice whose attachment is a 任务分解表 as
 * a Word table (from any SheetCells: merged areas become rowSpan / columnSpan, or are left as blank cells), and
 * prose with automatic numbering (numbering.xml) for its headings.
 */
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import type { SheetCells } from "../../../src/core/types";

const para = (text: string): Paragraph => new Paragraph({ children: [new TextRun(text)] });

/** A cell's text as Word paragraphs (one per line). */
const cellParas = (v: unknown): Paragraph[] => String(v ?? "").split("\n").map((l) => para(l));

/** A Word table from sheet cells; `merged` false: merged areas written as blank cells instead. */
export function wordTable(cells: SheetCells, merged: boolean): Table {
  const merges = merged ? (cells.merges ?? []) : [];
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r}:${c}`);
  const rows = cells.values.map((vals, i) => {
    const r = i + 1;
    const tcs: TableCell[] = [];
    vals.forEach((v, j) => {
      const c = j + 1;
      if (covered.has(`${r}:${c}`)) return;
      const m = merges.find((x) => x.top === r && x.left === c);
      tcs.push(
        new TableCell({
          children: cellParas(v),
          ...(m && m.right > m.left ? { columnSpan: m.right - m.left + 1 } : {}),
          ...(m && m.bottom > m.top ? { rowSpan: m.bottom - m.top + 1 } : {}),
        }),
      );
    });
    return new TableRow({ children: tcs });
  });
  return new Table({ rows });
}

/** A notice: title, two paragraphs of prose, "附件", then the table's title row and the table (header onwards). */
export async function noticeWithTable(cells: SheetCells, merged: boolean, title: string): Promise<Uint8Array> {
  const body: SheetCells = { ...cells, values: cells.values.slice(1), merges: (cells.merges ?? []).filter((m) => m.top > 1).map((m) => ({ ...m, top: m.top - 1, bottom: m.bottom - 1 })) };
  const doc = new Document({
    sections: [
      {
        children: [
          para("关于印发《2022年政务公开工作任务分解表》的通知"),
          para("各区人民政府，市直各有关部门："),
          para("现将《2022年政务公开工作任务分解表》印发给你们，请认真抓好落实。"),
          para("附件"),
          para(title),
          wordTable(body, merged),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** Prose whose 一、 / （一） headings are Word's automatic numbering, not typed. */
export async function numberedProse(items: { heading: string; paragraphs: { sub: string; text: string }[] }[], title: string): Promise<Uint8Array> {
  const children: Paragraph[] = [para(title)];
  for (const it of items) {
    children.push(new Paragraph({ children: [new TextRun(it.heading)], numbering: { reference: "cn", level: 0 } }));
    for (const p of it.paragraphs) {
      children.push(new Paragraph({ children: [new TextRun(p.sub)], numbering: { reference: "cn", level: 1 } }));
      children.push(para(p.text));
    }
  }
  const doc = new Document({
    numbering: {
      config: [
        {
          reference: "cn",
          levels: [
            { level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.CHINESE_COUNTING, text: "（%2）", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
