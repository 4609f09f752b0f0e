/**
 * A generated sheet (overview, unit sheets) written directly as worksheet XML, row by row, in the schema's
 * element order: sheetPr (tab colour), dimension, sheetViews (frozen header), sheetFormatPr, cols, sheetData,
 * autoFilter, pageMargins, drawing (its charts: drawings.ts). Cells as cells.ts writes them; their looks (font, fill, date, wrap) from the shared StyleBook.
 */
import type { PlannedCell, PlannedSheet } from "../../core/types";
import { cellTail } from "./cells";
import { VML_RID, type CellNote } from "./comments";
import { lookKey, type CellLook, type StyleBook } from "./styles";
import type { Sink } from "./sink";
import { colLetters } from "./xml";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * `tails`: each planned cell's XML after its reference and style (cells.ts cellTail), kept across the sheets of
 * one write: the plan lists a task's cells once for every unit sheet it is on. `drawingRid`: the sheet's
 * relationship to its drawing (its charts), written after pageMargins as the schema orders.
 */
export async function writeNewSheet(s: PlannedSheet, styles: StyleBook, out: Sink, tails = new Map<PlannedCell, string>(), drawingRid?: string): Promise<CellNote[]> {
  const emit = out.emit;
  const wrap = new Set(s.wrapColumns ?? []);
  const width = Math.max(1, ...s.rows.map((r) => r.length));
  const tab = s.tabColor ? `<sheetPr><tabColor rgb="FF${s.tabColor.replace(/^#/, "").toUpperCase()}"/></sheetPr>` : "";
  const f = s.freezeRows ?? 0;
  const view = f
    ? `<sheetView workbookViewId="0"><pane ySplit="${f}" topLeftCell="A${f + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${f + 1}" sqref="A${f + 1}"/></sheetView>`
    : '<sheetView workbookViewId="0"/>';
  const cols = (s.columnWidths ?? [])
    .map((w, i) => (w ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  emit(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${tab}` +
      `<dimension ref="A1:${colLetters(width)}${Math.max(1, s.rows.length)}"/><sheetViews>${view}</sheetViews>` +
      `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>`,
  );
  // Per column: its letters; per look: its cell format — looked up, not rebuilt. Plain cells (the most) skip the key.
  const letters: string[] = [];
  for (let j = 1; j <= width; j++) letters.push(colLetters(j));
  const lookIds = new Map<string, number>();
  const styleOf = (p: PlannedCell, col: number): number => {
    const w = wrap.has(col) || !!p.wrap;
    if (!p.bold && !p.link && !p.date && !w && !p.italic && !p.size && !p.color && !p.fill) return 0;
    const look: CellLook = { bold: p.bold, link: !!p.link, date: p.date, wrap: w, italic: p.italic, size: p.size, color: p.color, fill: p.fill };
    const key = lookKey(look);
    let id = lookIds.get(key);
    if (id === undefined) lookIds.set(key, (id = styles.look(look)));
    return id;
  };
  let buf = "";
  const notes: CellNote[] = [];
  for (const [i, cells] of s.rows.entries()) {
    const r = i + 1;
    let row = "";
    for (let j = 0; j < cells.length; j++) {
      const p = cells[j];
      let tail = tails.get(p);
      if (tail === undefined) tails.set(p, (tail = p ? cellTail("", p) : ""));
      const st = styleOf(p, j + 1);
      if (tail || st) row += `<c r="${letters[j]}${r}"${st ? ` s="${st}"` : ""}${tail || "/>"}`;
      if (p?.note) notes.push({ row: r, col: j + 1, text: p.note });
    }
    if (row) buf += `<row r="${r}">${row}</row>`;
    if (buf.length > 1 << 20) {
      emit(buf);
      buf = "";
      await out.pause();
    }
  }
  const af = s.autoFilterRow ? `<autoFilter ref="A${s.autoFilterRow}:${colLetters(width)}${s.autoFilterRow}"/>` : "";
  // Notes: the comments and VML parts are written beside the sheet (comments.ts); the sheet names the drawing.
  // Charts: the drawing part (drawings.ts), named before the notes' drawing as the schema orders.
  const drawing = drawingRid ? `<drawing r:id="${drawingRid}"/>` : "";
  const legacy = notes.length ? `<legacyDrawing r:id="${VML_RID}"/>` : "";
  emit(`${buf}</sheetData>${af}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${drawing}${legacy}</worksheet>`);
  return notes;
}
