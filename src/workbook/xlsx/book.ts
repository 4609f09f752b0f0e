/**
 * The package-level parts the writer changes: workbook.xml (sheets, defined names, the active tab), its
 * relationships and [Content_Types].xml. Earlier generated sheets are removed (their part, their relationships
 * part, their content type; defined names local to them go, later localSheetId values shift down), the plan's
 * sheets are added after the others, calcChain.xml is dropped (Excel rebuilds it; it would name cells of removed
 * sheets). Text-level, no DOM.
 */
import { attr, elements, escAttr, findElement, firstOf, prefixOf, setAttr } from "./xml";

export const WORKSHEET_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
export const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const CALC_CHAIN = /\/calcChain$/;

export interface BookSheet {
  name: string;
  /** The part, e.g. "xl/worksheets/sheet1.xml". */
  part: string | null;
  rid: string;
}

/** A relationships part: id → { type, target as a part name }. */
export interface Rel {
  id: string;
  type: string;
  part: string;
  xml: string;
}

/** The part a relationship target names, relative to the folder of the part that holds the relationships. */
export function resolvePart(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

/** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"). */
export function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export function readRels(xml: string, owner: string): Rel[] {
  const p = prefixOf(xml, "Relationships");
  return elements(xml, p, "Relationship").map((x) => ({
    id: attr(x, "Id") ?? "",
    type: attr(x, "Type") ?? "",
    part: attr(x, "TargetMode") === "External" ? "" : resolvePart(owner, attr(x, "Target") ?? ""),
    xml: x,
  }));
}

/** The sheets of workbook.xml in tab order, with their parts. */
export function bookSheets(workbookXml: string, rels: Rel[]): BookSheet[] {
  const p = prefixOf(workbookXml, "workbook");
  const f = findElement(workbookXml, p, "sheets");
  if (!f) return [];
  return elements(workbookXml.slice(f.start, f.end), p, "sheet").map((x) => {
    const rid = /\s(?:\w+:)?id\s*=\s*"([^"]*)"/.exec(x)?.[1] ?? "";
    const rel = rels.find((r) => r.id === rid);
    return { name: attr(x, "name") ?? "", part: rel && rel.type === WORKSHEET_TYPE ? rel.part : null, rid };
  });
}

export interface BookEdit {
  workbookPart: string;
  workbookXml: string;
  relsXml: string;
  typesXml: string;
  /** Every part name in the package (to pick unused names). */
  names: ReadonlySet<string>;
  /** Sheets to remove, by name. */
  remove: readonly string[];
  /** Sheets to add, by name, in order. */
  add: readonly string[];
  /** The table sheet's name: the active tab when the active one is removed. */
  table: string;
  /** Set fullCalcOnLoad (the plan wrote formulas without cached values). */
  fullCalc: boolean;
}

export interface BookResult {
  workbookXml: string;
  relsXml: string;
  typesXml: string;
  /** Parts to leave out of the output. */
  drop: Set<string>;
  /** The new sheets' parts, in the order of `add`. */
  added: string[];
  /** True when the table sheet is now the active tab. */
  tableActive: boolean;
}

function remove(xml: string, piece: string): string {
  const i = xml.indexOf(piece);
  return i < 0 ? xml : xml.slice(0, i) + xml.slice(i + piece.length);
}

/** Apply the sheet changes to the workbook's package parts. */
export function editBook(e: BookEdit): BookResult {
  let wb = e.workbookXml;
  let relsXml = e.relsXml;
  let types = e.typesXml;
  const p = prefixOf(wb, "workbook");
  const rels = readRels(relsXml, e.workbookPart);
  const sheets = bookSheets(wb, rels);
  const drop = new Set<string>();
  const typeP = prefixOf(types, "Types");
  const overrides = elements(types, typeP, "Override");
  const dropType = (part: string) => {
    for (const o of overrides) if (attr(o, "PartName") === `/${part}`) types = remove(types, o);
  };

  // The active tab, by name, before the tabs move.
  const view = findElement(wb, p, "workbookView");
  const gone = new Set(e.remove);
  const freed = new Set<string>();
  // A removed sheet (even one added again under the same name) is not the one the user looked at.
  const stays = (name: string | undefined) => (name !== undefined && !gone.has(name) ? name : null);
  const activeName = stays(sheets[Number((view && attr(view.open, "activeTab")) ?? 0)]?.name) ?? e.table;
  const firstName = stays(sheets[Number((view && attr(view.open, "firstSheet")) ?? 0)]?.name);
  const sheetEls = elements(wb.slice(findElement(wb, p, "sheets")?.start ?? 0), p, "sheet");
  // Remove from the last so localSheetId shifts stay right.
  for (let i = sheets.length - 1; i >= 0; i--) {
    const s = sheets[i];
    if (!gone.has(s.name) || s.name === e.table) continue;
    const el = sheetEls[i];
    if (el) wb = remove(wb, el);
    const rel = rels.find((r) => r.id === s.rid);
    if (rel) {
      relsXml = remove(relsXml, rel.xml);
      freed.add(rel.id);
    }
    if (s.part) {
      drop.add(s.part);
      drop.add(relsOf(s.part));
      dropType(s.part);
    }
    wb = shiftNames(wb, p, i);
  }
  for (const r of rels) {
    if (!CALC_CHAIN.test(r.type)) continue;
    relsXml = remove(relsXml, r.xml);
    freed.add(r.id);
    drop.add(r.part);
    dropType(r.part);
  }

  // New sheets: unused sheet ids, relationship ids, part names.
  let sheetId = Math.max(0, ...elements(wb, p, "sheet").map((x) => Number(attr(x, "sheetId") ?? 0)));
  const rids = new Set(rels.map((r) => r.id).filter((id) => !freed.has(id)));
  let ridN = 0;
  let partN = 0;
  const added: string[] = [];
  const rp = prefixOf(relsXml, "Relationships");
  const rAttr = /\sxmlns:(\w+)\s*=\s*"http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(wb)?.[1];
  let sheetsXml = "";
  let relsAdd = "";
  let typesAdd = "";
  for (const name of e.add) {
    do ridN++;
    while (rids.has(`rId${ridN}`));
    do partN++;
    while (e.names.has(`xl/worksheets/sheet${partN}.xml`) && !drop.has(`xl/worksheets/sheet${partN}.xml`));
    const part = `xl/worksheets/sheet${partN}.xml`;
    drop.delete(part);
    added.push(part);
    const rid = `rId${ridN}`;
    rids.add(rid);
    const idAttr = rAttr ? `${rAttr}:id="${rid}"` : `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${rid}"`;
    sheetsXml += `<${p}sheet name="${escAttr(name)}" sheetId="${++sheetId}" ${idAttr}/>`;
    relsAdd += `<${rp}Relationship Id="${rid}" Type="${WORKSHEET_TYPE}" Target="${relativeTarget(e.workbookPart, part)}"/>`;
    typesAdd += `<${typeP}Override PartName="/${part}" ContentType="${WORKSHEET_CT}"/>`;
  }
  if (sheetsXml) wb = wb.replace(`</${p}sheets>`, `${sheetsXml}</${p}sheets>`);
  if (relsAdd) relsXml = relsXml.replace(`</${rp}Relationships>`, `${relsAdd}</${rp}Relationships>`);
  if (typesAdd) types = types.replace(`</${typeP}Types>`, `${typesAdd}</${typeP}Types>`);

  // The active tab: the same sheet as before when it is still there, else the table.
  const names = elements(wb.slice(findElement(wb, p, "sheets")?.start ?? 0), p, "sheet").map((x) => attr(x, "name") ?? "");
  let activeIdx = names.indexOf(activeName);
  if (activeIdx < 0) activeIdx = Math.max(0, names.indexOf(e.table));
  const firstIdx = Math.max(0, firstName === null ? 0 : names.indexOf(firstName));
  const v = findElement(wb, p, "workbookView");
  if (v && (e.remove.length || e.add.length)) {
    let tag = v.open;
    if (attr(tag, "activeTab") !== null || activeIdx > 0) tag = setAttr(tag, "activeTab", String(activeIdx));
    if (attr(tag, "firstSheet") !== null || firstIdx > 0) tag = setAttr(tag, "firstSheet", String(firstIdx));
    wb = wb.slice(0, v.start) + tag + wb.slice(v.start + v.open.length);
  }
  if (e.fullCalc) wb = withFullCalc(wb, p);
  return { workbookXml: wb, relsXml, typesXml: types, drop, added, tableActive: names[activeIdx] === e.table };
}

/** Defined names after removing the sheet at `index`: its local names go, later ones shift down. */
function shiftNames(wb: string, p: string, index: number): string {
  return wb.replace(new RegExp(`<${p}definedName\\b[^>]*?(?:/>|>[\\s\\S]*?</${p}definedName>)`, "g"), (el) => {
    const open = /^<[^>]*>/.exec(el)![0];
    const id = attr(open, "localSheetId");
    if (id === null) return el;
    const n = Number(id);
    if (n === index) return "";
    if (n > index) return setAttr(open, "localSheetId", String(n - 1)) + el.slice(open.length);
    return el;
  });
}

function withFullCalc(wb: string, p: string): string {
  const f = findElement(wb, p, "calcPr");
  if (f) return wb.slice(0, f.start) + setAttr(f.open, "fullCalcOnLoad", "1") + wb.slice(f.start + f.open.length);
  let at = firstOf(wb, p, ["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);
  if (at < 0) at = wb.lastIndexOf(`</${p}workbook>`);
  return `${wb.slice(0, at)}<${p}calcPr fullCalcOnLoad="1"/>${wb.slice(at)}`;
}

function relativeTarget(owner: string, part: string): string {
  const dir = owner.slice(0, owner.lastIndexOf("/") + 1);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}
