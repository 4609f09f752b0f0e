/**
 * The package side of the plan's charts: the drawing and chart parts of the generated sheets a run removes go
 * with them (found through the sheets' relationships: drawings, their charts, the charts' style, colour and
 * shape parts; never the user's own, which hang off kept sheets), and the new sheets' charts are added under part
 * names nothing else uses: xl/drawings/drawingN.xml, xl/charts/chartN.xml, their relationships, the sheet's
 * relationship to its drawing (written by write.ts into the sheet's relationships part, beside its notes'), and
 * their content types. Text-level, no DOM.
 */
import type { PlannedSheet } from "../../core/types";
import { readRels, relsOf } from "./book";
import { chartPartXml, drawingPartXml } from "./chart-xml";
import { attr, elements, prefixOf } from "./xml";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_TYPE = `${REL}/drawing`;
const CHART_TYPE = `${REL}/chart`;
const DRAWING_CT = "application/vnd.openxmlformats-officedocument.drawing+xml";
const CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const PKG_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Relationships followed from a removed sheet: what belongs to its drawing and nothing else. */
const FOLLOW = /\/(drawing|chart|chartUserShapes|chartStyle|chartColorStyle)$/;
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** The drawing parts hanging off `sheetParts` (drawings, their charts and the charts' parts), not the sheets. */
export async function drawingPartsOf(sheetParts: readonly string[], text: (name: string) => Promise<string | null>): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set(sheetParts);
  const queue = [...sheetParts];
  while (queue.length) {
    const part = queue.shift()!;
    const xml = await text(relsOf(part));
    if (!xml) continue;
    for (const r of readRels(xml, part)) {
      if (!r.part || !FOLLOW.test(r.type) || seen.has(r.part)) continue;
      seen.add(r.part);
      out.push(r.part);
      queue.push(r.part);
    }
  }
  return out;
}

export interface ChartsEdit {
  sheets: readonly PlannedSheet[];
  /** The new sheets' parts, in the order of `sheets`. */
  sheetParts: readonly string[];
  /** Every part name in the input package. */
  names: ReadonlySet<string>;
  /** Parts left out of the output (the writer's; drawing parts removed here are added to it). */
  drop: Set<string>;
  typesXml: string;
  /** Drawing parts of the removed sheets (drawingPartsOf). */
  remove: readonly string[];
}

export interface ChartsResult {
  /** New parts, written as they are (the drawings, their relationships, the charts). */
  parts: { name: string; xml: string }[];
  /** For each new sheet: the r:id of its drawing (undefined: no charts)… */
  drawingRids: (string | undefined)[];
  /** …and that relationship, for the sheet's relationships part (withRelationship; the notes' may share it). */
  drawingRels: (string | undefined)[];
  typesXml: string;
}

/** The sheet's drawing relationship id (the sheet's relationships part is the product's alone). */
export const DRAWING_RID = "rIdBreakdownDrawing";

/** A relationships part with `rel` (a Relationship element) added; a new part when `xml` is null. */
export function withRelationship(xml: string | null, rel: string | undefined): string {
  const base = xml ?? rels([]);
  return rel ? base.replace(/<\/Relationships>\s*$/, `${rel}</Relationships>`) : base;
}

function rels(items: { id: string; type: string; target: string }[]): string {
  return `${DECL}<Relationships xmlns="${PKG_RELS}">${items.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("")}</Relationships>`;
}

export function editCharts(e: ChartsEdit): ChartsResult {
  let types = e.typesXml;
  const tp = prefixOf(types, "Types");
  const overrides = elements(types, tp, "Override");
  for (const part of e.remove) {
    e.drop.add(part);
    e.drop.add(relsOf(part));
    for (const o of overrides) if (attr(o, "PartName") === `/${part}`) types = types.replace(o, "");
  }
  const taken = new Set<string>();
  const pick = (make: (n: number) => string): string => {
    for (let n = 1; ; n++) {
      const name = make(n);
      if (taken.has(name) || (e.names.has(name) && !e.drop.has(name))) continue;
      taken.add(name);
      return name;
    }
  };
  const parts: ChartsResult["parts"] = [];
  const drawingRids: ChartsResult["drawingRids"] = [];
  const drawingRels: ChartsResult["drawingRels"] = [];
  let typesAdd = "";
  e.sheets.forEach((s, i) => {
    const sheetPart = e.sheetParts[i];
    if (!s.charts?.length || !sheetPart) {
      drawingRids.push(undefined);
      drawingRels.push(undefined);
      return;
    }
    const drawing = pick((n) => `xl/drawings/drawing${n}.xml`);
    const charts = s.charts.map(() => pick((n) => `xl/charts/chart${n}.xml`));
    const rids = charts.map((_, j) => `rId${j + 1}`);
    parts.push({ name: drawing, xml: drawingPartXml(s.charts, rids) });
    parts.push({ name: relsOf(drawing), xml: rels(charts.map((c, j) => ({ id: rids[j], type: CHART_TYPE, target: `../charts/${c.split("/").pop()!}` }))) });
    s.charts.forEach((c, j) => parts.push({ name: charts[j], xml: chartPartXml(s, c) }));
    typesAdd += `<${tp}Override PartName="/${drawing}" ContentType="${DRAWING_CT}"/>`;
    for (const c of charts) typesAdd += `<${tp}Override PartName="/${c}" ContentType="${CHART_CT}"/>`;
    drawingRids.push(DRAWING_RID);
    drawingRels.push(`<Relationship Id="${DRAWING_RID}" Type="${DRAWING_TYPE}" Target="../drawings/${drawing.split("/").pop()!}"/>`);
  });
  // An input entry under a new part's name (a removed sheet's part, or a stray one) is left out: the new one replaces it.
  for (const p of parts) if (e.names.has(p.name)) e.drop.add(p.name);
  if (typesAdd) types = types.replace(`</${tp}Types>`, `${typesAdd}</${tp}Types>`);
  return { parts, drawingRids, drawingRels, typesXml: types };
}
