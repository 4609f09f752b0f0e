/**
 * writePlan: the .xlsx WRITE half of processWorkbook (CLI `check -o`, the standalone page's worker). The input
 * zip is copied entry by entry, each entry's compressed bytes as they are, except the parts the plan changes:
 *   - the table sheet (table-sheet.ts: added columns as inline strings, widths, the plan's highlight rules);
 *   - styles.xml (styles.ts: the few fonts, formats, xfs and dxfs the additions need, appended and reused);
 *   - workbook.xml, its relationships, [Content_Types].xml (book.ts: generated sheets removed and added,
 *     calcChain.xml dropped);
 *   - the generated sheets, written directly as XML (new-sheet.ts) and deflated as they are made;
 *   - their charts (drawings.ts: drawing and chart parts added; those of the sheets a re-run removes, removed).
 * The plan is the only input besides the bytes (the Office.js adapter applies the same plan). Macros, charts,
 * pivot tables, pictures, protection … stay byte-identical; an .xlsm stays a macro-enabled package.
 * No Node APIs and no DOM: the page's worker runs the same code.
 */
import type { EditPlan } from "../../core/types";
import { strings, type Lang } from "../../strings";
import { WorkbookError } from "../errors";
import { entryData, rawData, zipEntries, type ZipEntry } from "../zip/read";
import { ZipWriter, type PendingEntry } from "../zip/write";
import { bookSheets, editBook, readRels, relsOf } from "./book";
import { drawingPartsOf, editCharts, withRelationship } from "./drawings";
import { CellCache, writeNewSheet } from "./new-sheet";
import { StyleBook } from "./styles";
import { sharedIndex } from "./shared";
import { sink } from "./sink";
import { COMMENTS_CT, commentsXml, sheetRelsXml, VML_CT, vmlXml, type CellNote } from "./comments";
import { patchTableSheet } from "./table-sheet";

const STYLES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const SHARED_TYPE = /\/sharedStrings$/;
const STYLES_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const OFFICE_DOC = /\/officeDocument$/;
/** The smallest styles part, for a package that has none. */
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

/** Content types with an override for `part` and a default for `ext` (when the package has none for it). */
function withContentTypes(types: string, part: string, partType: string, ext: string, extType: string): string {
  const close = /<\/(\w+:)?Types>/;
  const p = close.exec(types)?.[1] ?? "";
  let add = `<${p}Override PartName="/${part}" ContentType="${partType}"/>`;
  if (!new RegExp(`<(\\w+:)?Default\\b[^>]*Extension="${ext}"`, "i").test(types)) add = `<${p}Default Extension="${ext}" ContentType="${extType}"/>` + add;
  return types.replace(close, (m) => add + m);
}

/** A promise awaited later: marked handled now, so a failure meanwhile is not an unhandled rejection. */
function handled<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

function hasFormulas(plan: EditPlan): boolean {
  return plan.columns.some((c) => c.cells.some((x) => !!x.cell.formula)) || plan.sheets.some((s) => s.rows.some((r) => r.some((c) => !!c.formula)));
}

/** The package's parts the writer reads first: entries, workbook part, its relationships, content types, sheets. */
async function openPackage(input: Uint8Array, lang: Lang) {
  const t = strings(lang).outputs;
  const entries = zipEntries(input);
  if (!entries) throw new WorkbookError("corrupt", t.writeUnreadable);
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const text = async (name: string): Promise<string | null> => {
    const e = byName.get(name);
    const data = e ? await entryData(input, e) : null;
    return data ? new TextDecoder("utf-8").decode(data) : null;
  };
  const pkgRels = readRels((await text("_rels/.rels")) ?? "", "");
  const workbookPart = pkgRels.find((r) => OFFICE_DOC.test(r.type))?.part ?? "xl/workbook.xml";
  const relsPart = relsOf(workbookPart);
  const workbookXml = await text(workbookPart);
  const relsXml = await text(relsPart);
  const typesXml = await text("[Content_Types].xml");
  if (!workbookXml || !relsXml || !typesXml) throw new WorkbookError("corrupt", t.writeUnreadable);
  const rels = readRels(relsXml, workbookPart);
  return { entries, byName, text, workbookPart, relsPart, workbookXml, relsXml, typesXml, rels, sheets: bookSheets(workbookXml, rels) };
}

/** Every sheet's name in tab order (chart sheets too: a new sheet's name must differ from all of them). */
export async function packageSheetNames(input: Uint8Array, lang: Lang = "zh-CN"): Promise<string[]> {
  return (await openPackage(input, lang)).sheets.map((s) => s.name);
}

/** The input .xlsx with the plan applied, as new .xlsx bytes. Throws WorkbookError when it cannot be done. */
export async function writePlan(input: Uint8Array, plan: EditPlan, lang: Lang = "zh-CN"): Promise<Uint8Array> {
  const t = strings(lang).outputs;
  const { entries, byName, text, workbookPart, relsPart, workbookXml, typesXml: types0, relsXml: rels0, rels, sheets } = await openPackage(input, lang);
  let relsXml = rels0;
  let typesXml = types0;
  // plan.sheet "" : no table sheet is touched (从文稿导入 adds its sheet to a workbook, or to a new one).
  const table = plan.sheet === "" ? null : (sheets.find((s) => s.name === plan.sheet) ?? sheets.find((s) => s.name.toUpperCase() === plan.sheet.toUpperCase()));
  if (table !== null && (!table?.part || !byName.has(table.part))) throw new WorkbookError("sheet-not-found", t.writeNoSheet(plan.sheet));
  const tablePart = table?.part ?? null;
  const removed = new Set(plan.replaceSheets.filter((n) => n !== table?.name));
  const kept = sheets.filter((s) => !removed.has(s.name)).map((s) => s.name.toUpperCase());
  for (const s of plan.sheets) if (kept.includes(s.name.toUpperCase())) throw new WorkbookError("corrupt", t.writeSheetClash(s.name));

  // styles.xml (created when the package has none).
  let stylesPart = rels.find((r) => r.type === STYLES_TYPE)?.part ?? null;
  let stylesXml = stylesPart ? await text(stylesPart) : null;
  if (!stylesPart || !stylesXml) {
    stylesPart = "xl/styles.xml";
    stylesXml = EMPTY_STYLES;
    relsXml = relsXml.replace(/<\/(\w+:)?Relationships>/, (m) => `<Relationship Id="rIdBreakdownStyles" Type="${STYLES_TYPE}" Target="/${stylesPart!}"/>${m}`);
    typesXml = typesXml.replace(/<\/(\w+:)?Types>/, (m) => `<Override PartName="/${stylesPart!}" ContentType="${STYLES_CT}"/>${m}`);
  }
  const styles = new StyleBook(stylesXml);

  const removedParts = sheets.filter((s) => removed.has(s.name) && s.name !== table?.name && s.part).map((s) => s.part!);
  const oldDrawings = await drawingPartsOf(removedParts, text);
  const sheetsChange = plan.sheets.length > 0 || removed.size > 0;
  const book = editBook({
    workbookPart,
    workbookXml,
    relsXml,
    typesXml,
    names: new Set(byName.keys()),
    remove: [...removed],
    add: plan.sheets.map((s) => s.name),
    table: table?.name ?? "",
    fullCalc: hasFormulas(plan),
  });
  const charts = editCharts({ sheets: plan.sheets, sheetParts: book.added, names: new Set(byName.keys()), drop: book.drop, typesXml: book.typesXml, remove: oldDrawings });

  // The table sheet, when the plan touches it.
  // Each part's compression finishes beside the writing of the next (ends awaited together below).
  let tableEnd: Promise<PendingEntry> | null = null;
  if (tablePart && (plan.columns.length || plan.highlights.length || plan.replaceOwnRules || (sheetsChange && book.tableActive))) {
    const xml = await entryData(input, byName.get(tablePart)!);
    if (!xml) throw new WorkbookError("corrupt", t.writeUnreadable);
    const out = sink(tablePart);
    try {
      await patchTableSheet(xml, plan, styles, sheetsChange && book.tableActive, out);
    } catch {
      throw new WorkbookError("corrupt", t.writeUnreadable);
    }
    tableEnd = handled(out.end());
  }
  const ends: Promise<PendingEntry>[] = [];
  // Generated cells whose text is one of the workbook's shared strings point at it (shared.ts).
  const sharedPart = rels.find((r) => SHARED_TYPE.test(r.type))?.part;
  const cache = new CellCache(styles, sharedIndex(sharedPart ? await text(sharedPart) : null));
  const extra = new Map<string, string>();
  let typesXmlOut = charts.typesXml;
  const used = new Set(byName.keys());
  const free = (make: (n: number) => string): string => {
    let n = 1;
    while (used.has(make(n))) n++;
    used.add(make(n));
    return make(n);
  };
  // The largest sheets first: each one's compression then finishes while the smaller ones are written, instead
  // of one large sheet's being left to wait for at the end (a sheet is one compression stream, done in order).
  const order = plan.sheets.map((_s, i) => i).sort((a, b) => plan.sheets[b].rows.length - plan.sheets[a].rows.length);
  const written: CellNote[][] = [];
  for (const i of order) {
    const out = sink(book.added[i]);
    written[i] = await writeNewSheet(plan.sheets[i], out, cache, charts.drawingRids[i]);
    ends[i] = handled(out.end());
  }
  for (const [i, notes] of written.entries()) {
    const part = book.added[i];
    if (notes.length) {
      // The sheet's notes: comments + VML parts beside it, named by its own relationships part.
      const comments = free((n) => `xl/comments${n}.xml`);
      const vml = free((n) => `xl/drawings/vmlDrawing${n}.vml`);
      extra.set(comments, commentsXml(notes, strings(lang).ui.productName));
      extra.set(vml, vmlXml(notes, 100 + i));
      extra.set(relsOf(part), withRelationship(sheetRelsXml(comments, vml), charts.drawingRels[i]));
      typesXmlOut = withContentTypes(typesXmlOut, comments, COMMENTS_CT, "vml", VML_CT);
    } else if (charts.drawingRels[i]) extra.set(relsOf(part), withRelationship(null, charts.drawingRels[i]));
  }
  const [tableEntry, ...added] = await Promise.all([tableEnd, ...ends]);
  const stylesOut = styles.result();

  const zip = new ZipWriter();
  const enc = new TextEncoder();
  const replaced = new Map<string, string | null>([
    [workbookPart, book.workbookXml],
    [relsPart, book.relsXml],
    ["[Content_Types].xml", typesXmlOut],
    [stylesPart, stylesOut ?? (byName.has(stylesPart) ? null : stylesXml)],
  ]);
  let lastSheet = -1;
  entries.forEach((e, i) => {
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name) && !book.drop.has(e.name)) lastSheet = i;
  });
  const putAdded = () => added.splice(0).forEach((a) => zip.put(a));
  for (const [i, e] of entries.entries()) {
    if (!book.drop.has(e.name) && !book.added.includes(e.name) && !extra.has(e.name)) {
      const text = replaced.get(e.name);
      if (e.name === tablePart && tableEntry) zip.put(tableEntry);
      else if (typeof text === "string") await zip.add(e.name, enc.encode(text));
      else {
        const raw = rawData(input, e);
        if (!raw) throw new WorkbookError("corrupt", t.writeUnreadable);
        zip.copy(e, raw);
      }
    }
    if (i === lastSheet) putAdded();
  }
  putAdded();
  for (const p of charts.parts) await zip.add(p.name, enc.encode(p.xml));
  for (const [name, xml] of extra) await zip.add(name, enc.encode(xml));
  if (!byName.has(stylesPart)) await zip.add(stylesPart, enc.encode(stylesOut ?? stylesXml));
  return zip.finish();
}
