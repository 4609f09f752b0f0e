/**
 * The table sheet, rewritten once from its bytes: the plan's added columns go into their rows (sheet-rows.ts),
 * their widths into <cols> (a range split where needed), <dimension> grows to cover them, the plan's own
 * conditional-format rules of an earlier run are removed and the plan's rules added at the schema position of
 * <conditionalFormatting>, with priorities above every other rule of the sheet (x14 extension rules included,
 * which are left as they are). Everything else in the part is copied through unchanged.
 */
import type { EditPlan, PlannedColumn } from "../../core/types";
import { isOwnRule } from "../../core/plan";
import { cellXml } from "./cells";
import { RowStreamer, indexOfBytes, lastIndexOfBytes, type CellMaker, type PlannedAt, type RowCells } from "./sheet-rows";
import type { StyleBook } from "./styles";
import type { Sink } from "./sink";
import { attr, colLetters, colOfRef, elements, escAttr, escText, findElement, firstOf, prefixOf, setAttr, unescape } from "./xml";

/** <worksheet> children that come after <conditionalFormatting> (ECMA-376 18.3.1.99). */
const AFTER_CF = [
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

/** What the table sheet gets: the planned cells per row, in column order. */
function rowCells(p: string, plan: EditPlan, styles: StyleBook): Map<number, RowCells> {
  const rows = new Map<number, RowCells>();
  const put = (r: number, at: PlannedAt) => {
    const list = rows.get(r);
    if (!list) rows.set(r, [at]);
    else {
      const i = list.findIndex((x) => x.col >= at.col);
      if (i < 0) list.push(at);
      else list.splice(i, list[i].col === at.col ? 1 : 0, at);
    }
  };
  for (const c of plan.columns) addColumn(p, c, styles, put);
  return rows;
}

function addColumn(p: string, col: PlannedColumn, styles: StyleBook, put: (r: number, at: PlannedAt) => void): void {
  const letters = colLetters(col.col);
  const base = (styleOf: (c: number) => number) => (col.styleFromCol ? styleOf(col.styleFromCol) : -1);
  const header: CellMaker = (r, cell, styleOf) => cellXml(p, `${letters}${r}`, styles.derived(base(styleOf), undefined), cell);
  const body: CellMaker = (r, cell, styleOf) => cellXml(p, `${letters}${r}`, styles.derived(base(styleOf), col.numberFormat), cell);
  put(col.headerRow, { col: col.col, make: header, cell: { value: col.header } });
  const listed = new Set<number>();
  for (const c of col.cells) {
    listed.add(c.row);
    put(c.row, { col: col.col, make: body, cell: c.cell });
  }
  if (col.clear) for (let r = col.clear.from; r <= col.clear.to; r++) if (!listed.has(r)) put(r, { col: col.col, make: body, cell: null });
}

/** <cols> with the plan's widths for columns that have none. */
function withWidths(head: string, p: string, plan: EditPlan): string {
  for (const c of plan.columns) {
    if (!c.width) continue;
    const mine = `<${p}col min="${c.col}" max="${c.col}" width="${c.width}" customWidth="1"/>`;
    const f = findElement(head, p, "cols");
    if (!f) {
      head = `${head}<${p}cols>${mine}</${p}cols>`;
      continue;
    }
    const inner = f.selfClosed ? "" : head.slice(f.start + f.open.length, f.end - `</${p}cols>`.length);
    const list = elements(inner, p, "col");
    const at = list.findIndex((x) => Number(attr(x, "min")) <= c.col && c.col <= Number(attr(x, "max")));
    let next: string[];
    if (at < 0) {
      const before = list.filter((x) => Number(attr(x, "max")) < c.col);
      next = [...before, mine, ...list.slice(before.length)];
    } else {
      const x = list[at];
      if (attr(x, "width") !== null) continue;
      const min = Number(attr(x, "min"));
      const max = Number(attr(x, "max"));
      const parts: string[] = [];
      if (min < c.col) parts.push(setAttr(x, "max", String(c.col - 1)));
      parts.push(setAttr(setAttr(setAttr(setAttr(x, "min", String(c.col)), "max", String(c.col)), "width", String(c.width)), "customWidth", "1"));
      if (c.col < max) parts.push(setAttr(x, "min", String(c.col + 1)));
      next = [...list.slice(0, at), ...parts, ...list.slice(at + 1)];
    }
    head = head.slice(0, f.start) + `<${p}cols>${next.join("")}</${p}cols>` + head.slice(f.end);
  }
  return head;
}

/** <dimension> covering the added columns and rows. */
function withDimension(head: string, p: string, maxCol: number, maxRow: number): string {
  const f = findElement(head, p, "dimension");
  const ref = f ? attr(f.open, "ref") : null;
  if (!f || !ref) return head;
  const [a, b = a] = ref.split(":");
  const col2 = Math.max(colOfRef(b), maxCol);
  const row2 = Math.max(Number(/\d+/.exec(b)?.[0] ?? 0), maxRow);
  const next = `${a}:${colLetters(col2)}${row2}`;
  return head.slice(0, f.start) + setAttr(f.open, "ref", next) + head.slice(f.end);
}

/** The table sheet's view selected (it is the active tab after the sheets changed). */
function selectTab(head: string, p: string): string {
  const f = findElement(head, p, "sheetView");
  if (!f || attr(f.open, "tabSelected") === "1") return head;
  return head.slice(0, f.start) + setAttr(f.open, "tabSelected", "1") + head.slice(f.start + f.open.length);
}

/** The tail after </sheetData>: own rules out, the plan's rules in, at their place. */
function withRules(tail: string, p: string, plan: EditPlan, styles: StyleBook): string {
  const extAt = firstOf(tail, p, ["extLst"]);
  const limit = extAt < 0 ? tail.length : extAt;
  let main = tail.slice(0, limit);
  const ext = tail.slice(limit);
  if (plan.replaceOwnRules) {
    let out = "";
    let at = 0;
    for (let f = findElement(main, p, "conditionalFormatting"); f; f = findElement(main, p, "conditionalFormatting", at)) {
      out += main.slice(at, f.start);
      const block = main.slice(f.start, f.end);
      const rules = elements(block, p, "cfRule");
      const kept = rules.filter((r) => !elements(r, p, "formula").some((x) => isOwnRule(unescape(x.replace(/^<[^>]*>|<\/[^>]*>$/g, "")))));
      if (kept.length === rules.length) out += block;
      else if (kept.length) out += f.open + kept.join("") + `</${p}conditionalFormatting>`;
      at = f.end;
    }
    main = out + main.slice(at);
  }
  if (!plan.highlights.length) return main + ext;
  let priority = 0;
  for (const m of (main + ext).matchAll(/<(?:\w+:)?cfRule\b[^>]*?\spriority\s*=\s*"(\d+)"/g)) priority = Math.max(priority, Number(m[1]));
  const blocks = plan.highlights
    .map(
      (r) =>
        `<${p}conditionalFormatting sqref="${escAttr(r.range)}"><${p}cfRule type="expression" dxfId="${styles.dxf(r.fill, r.fontColor)}" priority="${++priority}">` +
        `<${p}formula>${escText(r.formula)}</${p}formula></${p}cfRule></${p}conditionalFormatting>`,
    )
    .join("");
  const close = `</${p}conditionalFormatting>`;
  const lastCf = main.lastIndexOf(close);
  let at = lastCf >= 0 ? lastCf + close.length : firstOf(main, p, AFTER_CF);
  if (at < 0) at = ext ? main.length : main.lastIndexOf(`</${p}worksheet>`);
  return main.slice(0, at) + blocks + main.slice(at) + ext;
}

/**
 * Rewrite the table sheet's XML (`xml`, the inflated part) for the plan, handing the new part out in chunks
 * (`out`). `select`: make its sheet view the selected one.
 */
export async function patchTableSheet(xml: Uint8Array, plan: EditPlan, styles: StyleBook, select: boolean, out: Sink): Promise<void> {
  const emit = (s: string) => out.emit(s);
  const dec = new TextDecoder("utf-8");
  const probe = dec.decode(xml.subarray(0, Math.min(xml.length, 4096)));
  const p = prefixOf(probe, "worksheet");
  const sdAt = indexOfBytes(xml, new TextEncoder().encode(`<${p}sheetData`));
  if (sdAt < 0) throw new Error("no sheetData");
  const sdOpenEnd = xml.indexOf(0x3e, sdAt) + 1;
  const selfClosed = xml[sdOpenEnd - 2] === 0x2f;
  const closeTag = new TextEncoder().encode(`</${p}sheetData>`);
  const sdClose = selfClosed ? sdOpenEnd : lastIndexOfBytes(xml, closeTag, sdOpenEnd);
  if (sdClose < 0) throw new Error("no </sheetData>");
  const tailAt = selfClosed ? sdOpenEnd : sdClose + closeTag.length;

  const rows = rowCells(p, plan, styles);
  let maxRow = 0;
  for (const r of rows.keys()) maxRow = Math.max(maxRow, r);
  const maxCol = Math.max(0, ...plan.columns.map((c) => c.col));

  let head = dec.decode(xml.subarray(0, sdAt));
  head = withDimension(withWidths(head, p, plan), p, maxCol, maxRow);
  if (select) head = selectTab(head, p);
  emit(head + `<${p}sheetData>`);
  const streamer = new RowStreamer(p, rows, out);
  if (!selfClosed) await streamer.body(xml.subarray(sdOpenEnd, sdClose), () => out.pause());
  streamer.finish();
  emit(`</${p}sheetData>`);
  emit(withRules(dec.decode(xml.subarray(tailAt)), p, plan, styles));
}
