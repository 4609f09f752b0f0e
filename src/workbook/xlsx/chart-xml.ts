/**
 * DrawingML for the plan's bar charts (PlannedSheet.charts): one chart part per chart (c:chartSpace with a
 * clustered c:barChart, bars horizontal) and the sheet's drawing part anchoring them to its cells. The series'
 * name, categories and values are formulas to the sheet's own cells, with caches of the values the plan wrote, so
 * a viewer shows the bars without recalculating and Excel keeps them true when the cells change.
 */
import type { CellValue, PlannedChart, PlannedSheet } from "../../core/types";
import { colNumber } from "../../core/a1";
import { escAttr, escText } from "./xml";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CAT_AX = 500000001;
const VAL_AX = 500000002;

interface Span {
  col: number;
  top: number;
  bottom: number;
}

/** "O12:O23" (or "O11") → its column and rows, 1-based. */
function span(ref: string): Span {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, ""));
  if (!m) throw new Error(`not a one-column range: ${ref}`);
  return { col: colNumber(m[1]), top: Number(m[2]), bottom: Number(m[4] ?? m[2]) };
}

function absolute(sheet: string, ref: string): string {
  const s = span(ref);
  const col = /^[A-Z]+/.exec(ref)![0];
  const cell = (r: number) => `$${col}$${r}`;
  return `'${sheet.replace(/'/g, "''")}'!${s.top === s.bottom ? cell(s.top) : `${cell(s.top)}:${cell(s.bottom)}`}`;
}

/** The values the plan writes into a one-column range. */
function cells(sheet: PlannedSheet, ref: string): CellValue[] {
  const s = span(ref);
  const out: CellValue[] = [];
  for (let r = s.top; r <= s.bottom; r++) out.push(sheet.rows[r - 1]?.[s.col - 1]?.value ?? null);
  return out;
}

function strCache(values: CellValue[]): string {
  const pts = values.map((v, i) => (v === null || v === "" ? "" : `<c:pt idx="${i}"><c:v>${escText(String(v))}</c:v></c:pt>`)).join("");
  return `<c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache>`;
}

function numCache(values: CellValue[]): string {
  const pts = values.map((v, i) => (typeof v === "number" && Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : "")).join("");
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function rich(text: string, size: number, bold: boolean): string {
  const b = bold ? ' b="1"' : ' b="0"';
  return `<c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}"${b}/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}"${b}/><a:t>${escText(text)}</a:t></a:r></a:p></c:rich>`;
}

const NO_LINE = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";
const GRID = '<c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>';
const AXIS_LINE = '<c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="BFBFBF"/></a:solidFill></a:ln></c:spPr>';

/** One chart part: a clustered bar chart of one series over the sheet's cells. */
export function chartPartXml(sheet: PlannedSheet, c: PlannedChart): string {
  const color = c.color.replace(/^#/, "").toUpperCase();
  const name = cells(sheet, c.seriesName)[0];
  const scale = c.max !== undefined ? `<c:max val="${c.max}"/><c:min val="0"/>` : '<c:min val="0"/>';
  const ser =
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${escText(absolute(sheet.name, c.seriesName))}</c:f>${strCache([name ?? null])}</c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
    `<c:dLbls>${NO_LINE}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${escText(absolute(sheet.name, c.categories))}</c:f>${strCache(cells(sheet, c.categories))}</c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${escText(absolute(sheet.name, c.values))}</c:f>${numCache(cells(sheet, c.values))}</c:numRef></c:val></c:ser>`;
  // The first unit on top (categories from max to min); the value axis then crosses at the last one, below.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AX}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${AXIS_LINE}<c:crossAx val="${VAL_AX}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AX}"/><c:scaling><c:orientation val="minMax"/>${scale}</c:scaling><c:delete val="0"/><c:axPos val="b"/>${GRID}` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `${NO_LINE}<c:crossAx val="${CAT_AX}"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="${c.majorUnit}"/></c:valAx>`;
  return (
    `${DECL}<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx>${rich(c.title, 1200, true)}</c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/><c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${ser}` +
    `<c:gapWidth val="60"/><c:axId val="${CAT_AX}"/><c:axId val="${VAL_AX}"/></c:barChart>${catAx}${valAx}</c:plotArea>` +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:spPr><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="900"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr></c:chartSpace>'
  );
}

/** The sheet's drawing part: each chart anchored over its cells (`rids[i]` names chart i in the drawing's rels). */
export function drawingPartXml(charts: readonly PlannedChart[], rids: readonly string[]): string {
  const anchors = charts.map((c, i) => {
    const at = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
    return (
      `<xdr:twoCellAnchor><xdr:from>${at(c.from.col - 1, c.from.row - 1)}</xdr:from><xdr:to>${at(c.to.col, c.to.row)}</xdr:to>` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escAttr(`breakdown-${c.kind}`)}" descr="${escAttr(c.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" r:id="${rids[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return `${DECL}<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">${anchors.join("")}</xdr:wsDr>`;
}
