/**
 * Notes (legacy comments) on a generated sheet's cells — e.g. the imported table's "时限由上文推断" — as the
 * parts Excel, WPS and LibreOffice all read: xl/commentsN.xml (the texts) and a VML drawing (the yellow boxes,
 * hidden until the cell is pointed at), both named by the sheet's relationships; the sheet itself names the VML
 * drawing in <legacyDrawing>. Part names are picked free in the package; nothing of the user's is touched.
 */
import { colLetters, escAttr, escText } from "./xml";

export interface CellNote {
  /** 1-based. */
  row: number;
  col: number;
  text: string;
}

export const COMMENTS_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
export const VML_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing";
export const COMMENTS_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml";
export const VML_CT = "application/vnd.openxmlformats-officedocument.vmlDrawing";
/** The relationship id the sheet's <legacyDrawing> names (the sheet's rels part is ours alone). */
export const VML_RID = "rIdBreakdownVml";
const COMMENTS_RID = "rIdBreakdownComments";

export function commentsXml(notes: readonly CellNote[], author: string): string {
  const list = notes
    .map((n) => `<comment ref="${colLetters(n.col)}${n.row}" authorId="0"><text><r><t xml:space="preserve">${escText(n.text)}</t></r></text></comment>`)
    .join("");
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>${escText(author)}</author></authors>` +
    `<commentList>${list}</commentList></comments>`
  );
}

/**
 * The VML boxes. `block` numbers the drawing's shape ids (block × 1024 + n): pick one no VML part of the
 * workbook uses (the product uses 100 and up; Excel numbers its own from 1).
 */
export function vmlXml(notes: readonly CellNote[], block: number): string {
  const shapes = notes
    .map((n, i) => {
      const r = n.row - 1;
      const c = n.col - 1;
      // Anchor: left col, dx, top row, dy, right col, dx, bottom row, dy — a box to the right of the cell.
      const anchor = `${c + 1}, 15, ${Math.max(0, r - 1)}, 10, ${c + 3}, 15, ${r + 3}, 4`;
      return (
        `<v:shape id="_x0000_s${block * 1024 + i + 1}" type="#_x0000_t202" style="position:absolute;margin-left:80pt;margin-top:2pt;width:150pt;height:60pt;z-index:${i + 1};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
        '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
        '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
        `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${r}</x:Row><x:Column>${c}</x:Column></x:ClientData></v:shape>`
      );
    })
    .join("");
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>` +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    `${shapes}</xml>`
  );
}

/** The sheet's relationships: its comments and its VML drawing (targets relative to xl/worksheets/). */
export function sheetRelsXml(commentsPart: string, vmlPart: string): string {
  const rel = (id: string, type: string, part: string) => `<Relationship Id="${id}" Type="${type}" Target="${escAttr(`../${part.replace(/^xl\//, "")}`)}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    rel(COMMENTS_RID, COMMENTS_TYPE, commentsPart) +
    rel(VML_RID, VML_TYPE, vmlPart) +
    "</Relationships>"
  );
}
